#include "rundialog.h"

#include "modelpicker.h"
#include "promptversionpicker.h"

#include "scorers/scorerpanel.h"

#include "core/appsettings.h"

#include "run/runplan.h"
#include "workspace/promptdatasetlink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lathe {

using namespace Qt::StringLiterals;

RunDialog::RunDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_promptStore(db)
    , m_providerStore(db)
    , m_datasetStore(db)
    , m_name(new QLineEdit(this))
    , m_versions(new PromptVersionPicker(this))
    , m_models(new ModelPicker(this))
    , m_dataset(new QComboBox(this))
    , m_datasetVersion(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_repeats(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_cache(new QCheckBox(tr("Answer repeated requests from the response &cache"), this))
    , m_stream(new QCheckBox(tr("&Stream replies (measures time to first token)"), this))
    , m_extraScorers(new QGroupBox(tr("E&xtra scorers for this run"), this))
    , m_scorerPanel(new ScorerPanel(m_extraScorers))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"runDialog"_s);
    setWindowTitle(tr("New Run"));
    m_name->setObjectName(u"runName"_s);
    m_dataset->setObjectName(u"dataset"_s);
    m_datasetVersion->setObjectName(u"datasetVersion"_s);
    m_tag->setObjectName(u"tagFilter"_s);
    m_repeats->setObjectName(u"repeats"_s);
    m_repeats->setRange(1, 100);
    m_repeats->setToolTip(tr("Send every case this many times, e.g. to measure how stable answers are"));
    m_concurrency->setObjectName(u"concurrency"_s);
    m_concurrency->setRange(0, 1024);
    m_concurrency->setSpecialValueText(tr("Provider limits"));
    m_concurrency->setToolTip(tr("Calls in flight at once across the run"));
    m_concurrency->setValue(AppSettings().defaultConcurrency());   // Settings > Runs
    m_cache->setObjectName(u"useCache"_s);
    m_cache->setChecked(true);
    m_stream->setObjectName(u"stream"_s);
    m_summary->setObjectName(u"plannedCases"_s);
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Run"));

    auto *columns = new QGroupBox(tr("Columns: prompt versions × models"), this);
    auto *columnsLayout = new QHBoxLayout(columns);
    columnsLayout->addWidget(m_versions, 3);
    columnsLayout->addWidget(m_models, 2);

    auto *data = new QGroupBox(tr("Rows"), this);
    auto *dataForm = new QFormLayout(data);
    dataForm->addRow(tr("&Dataset:"), m_dataset);
    dataForm->addRow(tr("&Version:"), m_datasetVersion);
    dataForm->addRow(tr("Only rows &tagged:"), m_tag);
    dataForm->addRow(tr("&Repeats:"), m_repeats);

    auto *execution = new QGroupBox(tr("Execution"), this);
    auto *execForm = new QFormLayout(execution);
    execForm->addRow(tr("&Name:"), m_name);
    execForm->addRow(tr("C&oncurrency:"), m_concurrency);
    execForm->addRow(m_cache);
    execForm->addRow(m_stream);

    m_extraScorers->setObjectName(u"extraScorers"_s);
    m_extraScorers->setCheckable(true);
    m_extraScorers->setChecked(false);
    m_extraScorers->setToolTip(tr("Scorers added to the dataset's default scorers and the rows' own, for this run only"));
    m_scorerPanel->setAllowListThreshold(true);
    m_scorerPanel->setShowModified(false);
    m_scorerPanel->setVisible(false);
    m_scorerPanel->setMinimumHeight(220);
    auto *scorersLayout = new QVBoxLayout(m_extraScorers);
    scorersLayout->addWidget(m_scorerPanel);

    auto *lower = new QHBoxLayout;
    lower->addWidget(data, 1);
    lower->addWidget(execution, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns, 1);
    layout->addLayout(lower);
    layout->addWidget(m_extraScorers);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(900, 620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunDialog::reject);
    connect(m_versions, &PromptVersionPicker::checkedChanged, this, [this] {
        // Follow the first chosen prompt's linked dataset until the user picks one.
        const QList<PromptVersion> chosen = m_versions->checkedVersions();
        if (!m_datasetTouched && !chosen.isEmpty()) {
            if (const qint64 linked = PromptDatasetLink(m_db).linkedDataset(chosen.first().promptId); linked > 0) {
                selectDataset(linked);
                m_datasetTouched = false;
            }
        }
        updateSummary();
    });
    connect(m_models, &ModelPicker::checkedChanged, this, &RunDialog::updateSummary);
    connect(m_dataset, &QComboBox::activated, this, [this] { m_datasetTouched = true; });
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &RunDialog::onDatasetChanged);
    connect(m_datasetVersion, &QComboBox::currentIndexChanged, this, &RunDialog::onVersionChanged);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &RunDialog::updateSummary);
    connect(m_repeats, &QSpinBox::valueChanged, this, &RunDialog::updateSummary);
    connect(m_extraScorers, &QGroupBox::toggled, this, [this](bool on) {
        m_scorerPanel->setVisible(on);
        updateSummary();
    });
    connect(m_scorerPanel, &ScorerPanel::stateChanged, this, &RunDialog::updateSummary);

    m_versions->load(m_promptStore);
    m_models->load(m_providerStore);
    loadDatasets();
    updateSummary();
}

RunDialog::~RunDialog() = default;

void RunDialog::loadDatasets()
{
    const QSignalBlocker block(m_dataset);
    m_dataset->clear();
    for (const DatasetInfo &d : m_datasetStore.list())
        m_dataset->addItem(d.name, d.id);
    if (m_dataset->count() == 0)
        m_dataset->setPlaceholderText(tr("No datasets; import one first"));
    onDatasetChanged();
}

void RunDialog::onDatasetChanged()
{
    const QSignalBlocker block(m_datasetVersion);
    m_datasetVersion->clear();
    const qint64 datasetId = m_dataset->currentData().toLongLong();
    if (datasetId > 0) {
        for (const DatasetVersionInfo &v : m_datasetStore.versions(datasetId))
            m_datasetVersion->addItem(tr("v%1 (%n row(s))", nullptr, int(v.rowCount)).arg(v.number), v.id);
        // Newest first.
        int newest = 0;
        for (int i = 1; i < m_datasetVersion->count(); ++i) {
            if (m_datasetVersion->itemData(i).toLongLong() > m_datasetVersion->itemData(newest).toLongLong())
                newest = i;
        }
        m_datasetVersion->setCurrentIndex(newest);
    }
    onVersionChanged();
}

void RunDialog::onVersionChanged()
{
    const QSignalBlocker block(m_tag);
    const QString previous = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("All rows"), QString());
    const qint64 versionId = m_datasetVersion->currentData().toLongLong();
    if (versionId > 0) {
        for (const QString &t : m_datasetStore.tags(versionId))
            m_tag->addItem(t, t);
    }
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(previous)));
    updateSummary();
}

bool RunDialog::selectDataset(qint64 datasetId, int number, const QString &tag)
{
    const int d = m_dataset->findData(datasetId);
    if (d < 0)
        return false;
    m_datasetTouched = true;
    m_dataset->setCurrentIndex(d);
    if (number > 0) {
        const auto v = m_datasetStore.version(datasetId, number);
        if (!v || m_datasetVersion->findData(v->id) < 0)
            return false;
        m_datasetVersion->setCurrentIndex(m_datasetVersion->findData(v->id));
    }
    const int t = m_tag->findData(tag);
    if (t < 0)
        return false;
    m_tag->setCurrentIndex(t);
    return true;
}

qint64 RunDialog::plannedCases(qint64 versions, qint64 models, qint64 rows, qint64 repeats)
{
    return versions * models * rows * repeats;
}

qint64 RunDialog::plannedCases() const
{
    return plannedCases(m_versions->checkedVersions().size(), m_models->checkedModels().size(), m_rowCount,
                        m_repeats->value());
}

QString RunDialog::summaryText() const
{
    return m_summary->text();
}

void RunDialog::updateSummary()
{
    const qint64 versionId = m_datasetVersion->currentData().toLongLong();
    const QString tag = m_tag->currentData().toString();
    const QString key = u"%1/%2"_s.arg(versionId).arg(tag);
    if (versionId <= 0)
        m_rowCount = 0;
    else if (const auto it = m_rowCounts.constFind(key); it != m_rowCounts.cend())
        m_rowCount = *it;
    else
        m_rowCount = *m_rowCounts.insert(key, m_datasetStore.rowCount(versionId, tag));

    const QLocale locale;
    const qint64 versions = m_versions->checkedVersions().size();
    const qint64 models = m_models->checkedModels().size();
    const qint64 cases = plannedCases();
    m_summary->setText(tr("%1 prompt version(s) × %2 model(s) × %3 row(s) × %4 repeat(s) = <b>%5 cases</b>")
                           .arg(versions).arg(models).arg(locale.toString(m_rowCount)).arg(m_repeats->value())
                           .arg(locale.toString(cases)));
    const bool scorersOk = !m_extraScorers->isChecked() || m_scorerPanel->isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(cases > 0 && scorersOk);
    m_name->setPlaceholderText(defaultName());
}

QString RunDialog::defaultName() const
{
    const QList<PromptVersion> versions = m_versions->checkedVersions();
    const auto models = m_models->checkedModels();
    if (versions.size() == 1 && models.size() == 1)
        return u"%1@%2 × %3"_s.arg(versions.first().promptName).arg(versions.first().number).arg(models.first().second);
    return tr("Run of %1").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s));
}

RunSpec RunDialog::spec() const
{
    RunSpec s;
    s.name = m_name->text().trimmed().isEmpty() ? defaultName() : m_name->text().trimmed();
    s.datasetVersionId = m_datasetVersion->currentData().toLongLong();
    s.tag = m_tag->currentData().toString();
    s.repeats = m_repeats->value();
    s.useCache = m_cache->isChecked();
    const auto models = m_models->checkedModels();
    for (const PromptVersion &v : m_versions->checkedVersions()) {
        for (const auto &[provider, model] : models)
            s.columns.append(RunPlan::columnSpec(v, provider, model));
    }
    s.config.insert(u"concurrency"_s, m_concurrency->value());
    s.config.insert(u"stream"_s, m_stream->isChecked());
    if (m_extraScorers->isChecked()) {
        if (const std::optional<ScorerSet> extra = m_scorerPanel->scorers(); extra && !extra->isEmpty())
            s.config.insert(u"scorers"_s, extra->toJson());
    }
    return s;
}

RunOptions RunDialog::options() const
{
    RunOptions o;
    o.concurrency = m_concurrency->value();
    o.stream = m_stream->isChecked();
    return o;
}

void RunDialog::accept()
{
    if (plannedCases() <= 0)
        return;
    if (m_extraScorers->isChecked()) {
        m_scorerPanel->checkNow();
        if (!m_scorerPanel->isValid()) {
            m_scorerPanel->jumpToProblem(0);
            return;
        }
    }
    QDialog::accept();
}

} // namespace lathe
