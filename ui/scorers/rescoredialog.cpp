#include "rescoredialog.h"

#include "rescorejob.h"
#include "scorerpanel.h"

#include "workspace/database.h"
#include "workspace/scorestore.h"
#include "workspace/sqlerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lathe {

RescoreDialog::RescoreDialog(const QString &workspacePath, qint64 runId, QWidget *parent)
    : QDialog(parent)
    , m_path(workspacePath)
    , m_runId(runId)
    , m_panel(new ScorerPanel(this))
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_rescore(new QPushButton(tr("&Re-score"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_job(new RescoreJob(this))
{
    setObjectName(u"rescoreDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Re-score Run %1").arg(runId) + u"[*]"_s);
    m_intro->setObjectName(u"rescoreIntro"_s);
    m_intro->setWordWrap(true);
    m_progress->setObjectName(u"rescoreProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(u"rescoreStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rescore->setObjectName(u"rescoreStart"_s);
    m_rescore->setDefault(true);
    m_rescore->setToolTip(tr("Save these scorers as the run's and score every stored output again; no model is called"));
    m_buttons->addButton(m_rescore, QDialogButtonBox::ActionRole);
    m_panel->setAllowListThreshold(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 580);

    connect(m_rescore, &QPushButton::clicked, this, &RescoreDialog::startRescore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RescoreDialog::reject);
    connect(m_panel, &ScorerPanel::stateChanged, this, &RescoreDialog::updateButtons);
    connect(m_job, &RescoreJob::progress, this, [this](qint64 done, qint64 total) {
        // QProgressBar holds ints: scale when a run has more cases than that.
        const double scale = total > 1'000'000'000 ? 1'000'000'000.0 / double(total) : 1.0;
        m_progress->setRange(0, int(double(total) * scale));
        m_progress->setValue(int(double(done) * scale));
        const QLocale locale;
        m_status->setText(tr("Scored %1 of %2 cases…").arg(locale.toString(done), locale.toString(total)));
    });
    connect(m_job, &RescoreJob::finished, this, &RescoreDialog::onFinished);
    load();
    updateButtons();
}

RescoreDialog::~RescoreDialog() = default;

void RescoreDialog::load()
{
    try {
        Database db;
        db.open(m_path, Database::Mode::ReadOnly);
        ScoreStore store(db);
        StoreError error;
        const std::optional<RunScoringContext> ctx = store.context(m_runId, &error);
        if (!ctx) {
            m_status->setText(error.message);
            m_panel->setReadOnly(true);
            return;
        }
        QString listError;
        const std::optional<ScorerSet> defaults = ScorerSet::fromJson(ctx->datasetScorers, &listError);
        const qint64 rowsWithOwn = store.rowsWithScorers(ctx->datasetVersionId);
        QString intro = tr("Run %1 has %Ln case(s). Each is scored from its stored output, with the dataset's "
                           "default scorers (%2), the rows' own", nullptr, int(ctx->caseCount))
                            .arg(m_runId)
                            .arg(defaults ? QString::number(defaults->specs.size()) : tr("invalid"));
        intro += rowsWithOwn > 0 ? tr(" (%n row(s) have some)", nullptr, int(rowsWithOwn)) : QString();
        intro += tr(" and the run's scorers below. No model is called.");
        m_intro->setText(intro);
        if (const std::optional<ScorerSet> own = ScorerSet::fromJson(ctx->runScorers, &listError))
            m_panel->setScorers(*own);
        else
            m_panel->setStoredValue(ctx->runScorers);
        m_loaded = true;
    } catch (const SqlError &e) {
        m_status->setText(tr("Cannot read the run: %1").arg(e.message()));
        m_panel->setReadOnly(true);
    }
}

QString RescoreDialog::statusText() const
{
    return m_status->text();
}

bool RescoreDialog::isRescoring() const
{
    return m_active;
}

void RescoreDialog::updateButtons()
{
    const bool running = m_active;
    m_rescore->setEnabled(m_loaded && !running && m_panel->isValid());
    m_panel->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("&Cancel Re-scoring") : tr("&Close"));
    setWindowModified(m_panel->isModified());
}

bool RescoreDialog::startRescore()
{
    m_panel->checkNow();
    const std::optional<ScorerSet> set = m_panel->scorers();
    if (!m_loaded || !set || m_active) {
        if (!set)
            m_status->setText(tr("Fix the problems listed before re-scoring."));
        return false;
    }
    m_progress->setRange(0, 0);   // busy until the first batch reports
    m_status->setText(tr("Re-scoring…"));
    m_active = m_job->start(m_path, m_runId, true, set->toJson());
    updateButtons();
    return true;
}

void RescoreDialog::onFinished(const RunScoreReport &report, const QString &error)
{
    m_active = false;
    if (m_job->scorersSaved())
        m_panel->markSaved();   // the panel was disabled meanwhile: its text is what was stored
    const QLocale locale;
    if (!error.isEmpty()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Re-scoring failed: %1").arg(error));
    } else {
        const qint64 done = report.scored + report.modelErrors + report.unanswered;
        m_progress->setRange(0, int(std::min<qint64>(report.cases, 1'000'000'000)));
        m_progress->setValue(int(std::min<qint64>(report.cases, 1'000'000'000)));
        QString text = report.cancelled
            ? tr("Cancelled after %1 cases; their new scores are kept, the rest keep their old ones.")
                  .arg(locale.toString(done))
            : tr("Re-scored %1 of %2 cases: %3 scores written.")
                  .arg(locale.toString(report.scored), locale.toString(report.cases), locale.toString(report.written));
        if (report.modelErrors > 0)
            text += u' ' + tr("%n model error(s) not scored.", nullptr, int(report.modelErrors));
        if (report.unanswered > 0)
            text += u' ' + tr("%n case(s) without a result.", nullptr, int(report.unanswered));
        if (report.scorerErrors > 0 || report.skipped > 0)
            text += u' ' + tr("%1 scorer error(s), %2 skipped.").arg(report.scorerErrors).arg(report.skipped);
        if (!report.problems.isEmpty())
            text += u"\n"_s + report.problems.mid(0, 3).join(u"\n"_s);
        m_status->setText(text);
        Q_EMIT rescored(m_runId, report);
    }
    updateButtons();
}

void RescoreDialog::reject()
{
    if (m_active) {
        m_status->setText(tr("Cancelling after the batch in progress…"));
        m_job->cancel();
        return;
    }
    if (!m_panel->isModified() || m_panel->isReadOnly()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Scorers"),
                                tr("The run's scorer list has changes that were not used. Discard them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"unsavedScorers"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Discard)
            QDialog::reject();
    });
    box->open();
}

} // namespace lathe
