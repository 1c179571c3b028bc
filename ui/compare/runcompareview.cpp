#include "runcompareview.h"

#include "comparisonverdictdelegate.h"

#include "diff/diffview.h"

#include "compare/comparedcasesmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lathe {

namespace {

using namespace Qt::StringLiterals;

// Tab order: what a reviewer looks at first.
const QList<CaseChange> kChanges{CaseChange::Regressed, CaseChange::Improved, CaseChange::Unchanged,
                                 CaseChange::NotJudged};

// "p = 0.123" or "p < 0.001".
QString pValueText(double p)
{
    return p < 0.001 ? u"p < 0.001"_s : u"p = "_s + QString::number(p, 'f', 3);
}

} // namespace

RunCompareView::RunCompareView(QWidget *parent)
    : QWidget(parent)
    , m_baselineRun(new QComboBox(this))
    , m_baselineColumn(new QComboBox(this))
    , m_candidateRun(new QComboBox(this))
    , m_candidateColumn(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_input(new QLabel(this))
    , m_outputs(new DiffView(this))
    , m_openBaseline(new QPushButton(tr("Open Baseline Case"), this))
    , m_openCandidate(new QPushButton(tr("Open Candidate Case"), this))
{
    for (QComboBox *box : {m_baselineRun, m_candidateRun})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baselineRun->setMinimumContentsLength(40);
    m_candidateRun->setMinimumContentsLength(40);
    m_baselineRun->setAccessibleName(tr("Baseline run"));
    m_candidateRun->setAccessibleName(tr("Candidate run"));
    auto *pickers = new QFormLayout;
    auto *baselineRow = new QHBoxLayout;
    baselineRow->addWidget(m_baselineRun, 3);
    baselineRow->addWidget(m_baselineColumn, 2);
    auto *candidateRow = new QHBoxLayout;
    candidateRow->addWidget(m_candidateRun, 3);
    candidateRow->addWidget(m_candidateColumn, 2);
    auto *baselineLabel = new QLabel(tr("&Baseline:"), this);
    baselineLabel->setBuddy(m_baselineRun);
    auto *candidateLabel = new QLabel(tr("&Candidate:"), this);
    candidateLabel->setBuddy(m_candidateRun);
    pickers->addRow(baselineLabel, baselineRow);
    pickers->addRow(candidateLabel, candidateRow);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const CaseChange change : kChanges) {
        auto *model = new ComparedCasesModel(change, this);
        auto *list = new QTreeView(this);
        list->setModel(model);
        list->setRootIsDecorated(false);
        list->setUniformRowHeights(true);
        list->setAlternatingRowColors(true);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(ComparedCasesModel::InputColumn, QHeaderView::Stretch);
        auto *verdicts = new ComparisonVerdictDelegate(list);
        list->setItemDelegateForColumn(ComparedCasesModel::BaselineColumn, verdicts);
        list->setItemDelegateForColumn(ComparedCasesModel::CandidateColumn, verdicts);
        connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { showCase(current); });
        connect(list, &QTreeView::doubleClicked, this, [this] { openCase(true); });
        m_models.append(model);
        m_lists.append(list);
        m_tabs->addTab(list, QString());
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showCase(m_lists.value(m_tabs->currentIndex())->currentIndex());
    });

    m_input->setWordWrap(true);
    m_input->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_input);
    detailLayout->addWidget(m_outputs, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openBaseline);
    buttons->addWidget(m_openCandidate);
    detailLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_baselineRun, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillColumns(m_baselineColumn, m_baselineRun->currentData().toLongLong());
        fillCandidates(m_candidateRun->currentData().toLongLong());
        requestComparison();
    });
    connect(m_candidateRun, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillColumns(m_candidateColumn, m_candidateRun->currentData().toLongLong());
        requestComparison();
    });
    for (QComboBox *box : {m_baselineColumn, m_candidateColumn}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                requestComparison();
        });
    }
    connect(m_openBaseline, &QPushButton::clicked, this, [this] { openCase(false); });
    connect(m_openCandidate, &QPushButton::clicked, this, [this] { openCase(true); });
    connect(&m_runsWatcher, &QFutureWatcher<RunCompareRuns>::finished, this, &RunCompareView::onRunsLoaded);
    connect(&m_compareWatcher, &QFutureWatcher<RunCompareData>::finished, this, &RunCompareView::onCompared);
    refresh();   // the empty state
}

RunCompareView::~RunCompareView() = default;

void RunCompareView::setWorkspacePath(const QString &workspacePath)
{
    m_path = workspacePath;
    m_runs = {};
    m_filling = true;
    m_baselineRun->clear();
    m_candidateRun->clear();
    m_baselineColumn->clear();
    m_candidateColumn->clear();
    m_filling = false;
    m_data = {};
    ++m_pathGeneration;
    refresh();
    if (m_path.isEmpty())
        return;
    m_runsFor = m_pathGeneration;
    m_runsWatcher.setFuture(QtConcurrent::run([path = m_path] { return RunCompareLoader::loadRuns(path); }));
}

void RunCompareView::selectRuns(qint64 baselineRun, qint64 candidateRun, qint64 baselineColumn, qint64 candidateColumn)
{
    m_pending = Pending{baselineRun, candidateRun, baselineColumn, candidateColumn};
    if (!m_runs.runs.isEmpty())
        listRuns();
}

void RunCompareView::onRunsLoaded()
{
    const QFuture<RunCompareRuns> future = m_runsWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || m_runsFor != m_pathGeneration)
        return;
    m_runs = future.result();
    listRuns();
}

void RunCompareView::listRuns()
{
    m_filling = true;
    m_baselineRun->clear();
    for (const ComparableRun &r : std::as_const(m_runs.runs)) {
        const QString name = r.name.isEmpty() ? tr("Run %1").arg(r.id) : tr("Run %1: %2").arg(r.id).arg(r.name);
        m_baselineRun->addItem(tr("%1 (%2 v%3, %4 cases)").arg(name, r.datasetName).arg(r.datasetVersion).arg(r.cases), r.id);
    }
    // Default: the newest run as the candidate, the newest older run of its dataset as the baseline.
    qint64 wantedCandidate = m_runs.runs.isEmpty() ? 0 : m_runs.runs.constFirst().id;
    int baseline = 0;
    for (qsizetype i = 1; i < m_runs.runs.size(); ++i) {
        if (m_runs.runs[i].datasetId == m_runs.runs.constFirst().datasetId) {
            baseline = int(i);
            break;
        }
    }
    if (m_pending) {
        baseline = std::max(0, m_baselineRun->findData(m_pending->baselineRun));
        wantedCandidate = m_pending->candidateRun;
    }
    m_baselineRun->setCurrentIndex(m_runs.runs.isEmpty() ? -1 : baseline);
    fillColumns(m_baselineColumn, m_baselineRun->currentData().toLongLong());
    m_filling = false;
    fillCandidates(wantedCandidate);
    if (m_pending) {
        m_filling = true;
        m_baselineColumn->setCurrentIndex(std::max(0, m_baselineColumn->findData(m_pending->baselineColumn)));
        m_candidateColumn->setCurrentIndex(std::max(0, m_candidateColumn->findData(m_pending->candidateColumn)));
        m_filling = false;
        m_pending.reset();
    }
    if (m_runs.runs.isEmpty())
        m_summary->setText(m_runs.error.isEmpty() ? tr("The workspace has no runs to compare yet.") : m_runs.error);
    else
        requestComparison();
    Q_EMIT runsLoaded();
}

void RunCompareView::fillCandidates(qint64 wanted)
{
    const qint64 baselineId = m_baselineRun->currentData().toLongLong();
    qint64 dataset = 0;
    for (const ComparableRun &r : std::as_const(m_runs.runs))
        dataset = r.id == baselineId ? r.datasetId : dataset;
    const bool wasFilling = m_filling;
    m_filling = true;
    m_candidateRun->clear();
    int preferred = -1;
    for (int i = 0; i < m_baselineRun->count(); ++i) {
        const ComparableRun &r = m_runs.runs[i];
        if (r.datasetId != dataset || dataset == 0)
            continue;
        m_candidateRun->addItem(m_baselineRun->itemText(i), r.id);
        if (preferred < 0 && r.id != baselineId)
            preferred = m_candidateRun->count() - 1;   // the newest other run
    }
    int index = m_candidateRun->findData(wanted);
    if (index < 0)
        index = preferred >= 0 ? preferred : 0;
    m_candidateRun->setCurrentIndex(m_candidateRun->count() ? index : -1);
    fillColumns(m_candidateColumn, m_candidateRun->currentData().toLongLong());
    m_filling = wasFilling;
}

void RunCompareView::fillColumns(QComboBox *box, qint64 runId)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    box->clear();
    box->addItem(tr("Matching column"), qint64(0));
    for (const RunColumnInfo &c : m_runs.columns.value(runId))
        box->addItem(u"%1@%2 · %3"_s.arg(c.promptName).arg(c.promptVersion).arg(c.model), c.id);
    m_filling = wasFilling;
}

void RunCompareView::requestComparison()
{
    const ColumnRef baseline{m_baselineRun->currentData().toLongLong(), m_baselineColumn->currentData().toLongLong()};
    const ColumnRef candidate{m_candidateRun->currentData().toLongLong(), m_candidateColumn->currentData().toLongLong()};
    if (m_path.isEmpty() || !baseline.runId || !candidate.runId)
        return;
    m_summary->setText(tr("Comparing…"));
    m_requestedFor = m_pathGeneration;
    m_compareWatcher.setFuture(QtConcurrent::run([path = m_path, baseline, candidate] {
        return RunCompareLoader::compare(path, baseline, candidate);
    }));
}

void RunCompareView::onCompared()
{
    const QFuture<RunCompareData> future = m_compareWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || m_requestedFor != m_pathGeneration)
        return;   // stale: the workspace changed since it was asked for
    m_data = future.result();
    refresh();
    Q_EMIT comparisonFinished();
}

void RunCompareView::refresh()
{
    for (qsizetype i = 0; i < kChanges.size(); ++i) {
        const CaseChange change = kChanges[i];
        if (m_data.result)
            m_models[i]->setResult(*m_data.result, m_data.rowValues);
        else
            m_models[i]->clear();
        const qint64 n = m_data.result ? m_data.result->count(change) : 0;
        static const char *const names[] = {QT_TR_NOOP("Improved (%1)"), QT_TR_NOOP("Regressed (%1)"),
                                            QT_TR_NOOP("Unchanged (%1)"), QT_TR_NOOP("Not judged (%1)")};
        m_tabs->setTabText(int(i), tr(names[int(change)]).arg(n));
        m_lists[i]->resizeColumnToContents(ComparedCasesModel::RowColumn);
    }
    m_summary->setText(summaryText());
    showCase({});
}

QString RunCompareView::summaryText() const
{
    if (!m_data.result)
        return m_data.error.isEmpty() ? tr("Choose two runs of the same dataset.") : m_data.error;
    const RunComparisonResult &r = *m_data.result;
    QString text = tr("%1 paired cases: %2 improved, %3 regressed, %4 unchanged")
                       .arg(r.cases.size()).arg(r.improved).arg(r.regressed).arg(r.unchanged);
    if (r.notJudged)
        text += tr(", %1 not judged").arg(r.notJudged);
    text += u". "_s;
    text += tr("McNemar %1 (%2 passed only in the baseline, %3 only in the candidate).")
                .arg(pValueText(r.mcnemar.pValue)).arg(r.mcnemar.b).arg(r.mcnemar.c);
    if (r.score.interval.isValid())
        text += u" "_s + tr("Mean score %1%2, 95% interval [%3, %4].")
                             .arg(r.score.difference >= 0 ? u"+"_s : QString())
                             .arg(QString::number(r.score.difference, 'f', 3))
                             .arg(QString::number(r.score.interval.low, 'f', 3), QString::number(r.score.interval.high, 'f', 3));
    if (r.isSignificantRegression())
        text += u" "_s + tr("Significant regression.");
    if (r.onlyBaseline || r.onlyCandidate)
        text += u" "_s + tr("Unpaired: %1 baseline, %2 candidate cases.").arg(r.onlyBaseline).arg(r.onlyCandidate);
    return text;
}

QTreeView *RunCompareView::list(CaseChange change) const
{
    return m_lists.value(kChanges.indexOf(change));
}

ComparedCasesModel *RunCompareView::model(CaseChange change) const
{
    return m_models.value(kChanges.indexOf(change));
}

const ComparedCase *RunCompareView::currentCase() const
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0)
        return nullptr;
    const QModelIndex index = m_lists[tab]->currentIndex();
    return index.isValid() ? m_models[tab]->caseAt(index.row()) : nullptr;
}

void RunCompareView::showCase(const QModelIndex &index)
{
    const ComparedCase *c = index.isValid() ? currentCase() : nullptr;
    m_openBaseline->setEnabled(c);
    m_openCandidate->setEnabled(c);
    if (!c) {
        m_input->setText(tr("Select a case to see both outputs."));
        m_outputs->setTexts(tr("Baseline"), QString(), tr("Candidate"), QString());
        return;
    }
    m_input->setText(tr("Row %1: %2").arg(c->rowPosition).arg(ComparedCasesModel::inputText(m_data.rowValues.value(c->rowId))));
    const auto text = [](const ComparableCase &side) {
        return side.state == ComparableCase::State::Error ? side.error : side.output;
    };
    // Both outputs side by side with their word-level differences.
    m_outputs->setTexts(tr("Baseline (run %1): %2").arg(m_data.baseline.runId).arg(ComparedCasesModel::verdictText(c->baseline)),
                        text(c->baseline),
                        tr("Candidate (run %1): %2").arg(m_data.candidate.runId).arg(ComparedCasesModel::verdictText(c->candidate)),
                        text(c->candidate));
}

void RunCompareView::openCase(bool candidate)
{
    if (const ComparedCase *c = currentCase())
        Q_EMIT caseOpenRequested(candidate ? m_data.candidate.runId : m_data.baseline.runId,
                                 candidate ? c->candidate.caseId : c->baseline.caseId);
}

} // namespace lathe
