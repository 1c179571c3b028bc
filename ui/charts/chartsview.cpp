#include "chartsview.h"

#include "chartpane.h"
#include "trendchart.h"

#include "charts/chartbuilder.h"
#include "workspace/chartquery.h"
#include "workspace/database.h"
#include "workspace/sqlerror.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

struct RunRead
{
    RunCharts charts;
    QString error;
};

// On a pool thread: its own read-only connection, closed when done.
RunRead readRun(const QString &path, qint64 runId)
{
    RunRead out;
    try {
        Database db;
        db.open(path, Database::Mode::ReadOnly);
        out.charts = ChartBuilder::build(ChartQuery(db).run(runId));
    } catch (const SqlError &e) {
        out.error = e.message();
    }
    return out;
}

QComboBox *combo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    return box;
}

} // namespace

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
    , m_kindBox(combo(this, u"chartKind"_s, tr("Chart")))
    , m_scorerBox(combo(this, u"chartScorer"_s, tr("Scorer")))
    , m_modeBox(combo(this, u"chartMode"_s, tr("Distribution as")))
    , m_costBox(combo(this, u"chartCostAxis"_s, tr("Cost axis")))
    , m_qualityBox(combo(this, u"chartQualityAxis"_s, tr("Quality axis")))
    , m_reload(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_pane(new ChartPane(this))
    , m_trend(new TrendChart(this))
{
    setObjectName(u"chartsView"_s);
    m_stack->addWidget(m_pane);
    m_stack->addWidget(m_trend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buildToolBar());
    layout->addWidget(m_stack, 1);
    connect(m_pane, &ChartPane::paletteChanged, this, &ChartsView::rebuild);
    connect(m_trend, &TrendChart::chartChanged, this, [this] { m_export->setEnabled(!currentPane()->isEmpty()); });
    updateControls();
    rebuild();
}

ChartsView::~ChartsView() = default;

QHBoxLayout *ChartsView::buildToolBar()
{
    m_kindBox->addItem(tr("Pass rate"), int(Kind::PassRate));
    m_kindBox->addItem(tr("Score distribution"), int(Kind::Scores));
    m_kindBox->addItem(tr("Latency"), int(Kind::Latency));
    m_kindBox->addItem(tr("Cost vs quality"), int(Kind::CostQuality));
    m_kindBox->addItem(tr("Trend across runs"), int(Kind::Trend));
    m_modeBox->addItems({tr("Histogram"), tr("Box plot")});
    m_costBox->addItem(tr("Cost per 1,000 cases"), int(ChartFactory::CostAxis::Per1000));
    m_costBox->addItem(tr("Total cost"), int(ChartFactory::CostAxis::Total));
    m_qualityBox->addItem(tr("Pass rate"), int(ChartFactory::QualityAxis::PassRate));
    m_qualityBox->addItem(tr("Mean score"), int(ChartFactory::QualityAxis::MeanScore));

    m_reload->setObjectName(u"chartReload"_s);
    m_reload->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Read the run again, with the results and scores stored since"));
    m_reload->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setObjectName(u"chartExport"_s);
    m_export->setIcon(QIcon::fromTheme(u"document-export"_s));
    m_export->setText(tr("&Export"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("As &PNG Image…"), this, [this] { exportWithDialog(false); });
    menu->addAction(tr("As &SVG Drawing…"), this, [this] { exportWithDialog(true); });
    m_export->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Chart:"), this);
    label->setBuddy(m_kindBox);
    bar->addWidget(label);
    for (QComboBox *box : {m_kindBox, m_scorerBox, m_modeBox, m_costBox, m_qualityBox})
        bar->addWidget(box);
    bar->addStretch();
    bar->addWidget(m_reload);
    bar->addWidget(m_export);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this,
            [this] { showKind(Kind(m_kindBox->currentData().toInt())); });
    connect(m_scorerBox, &QComboBox::currentTextChanged, this, [this](const QString &name) { setScorer(name); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this](int index) { setBoxPlot(index == 1); });
    connect(m_costBox, &QComboBox::currentIndexChanged, this,
            [this] { setCostAxis(ChartFactory::CostAxis(m_costBox->currentData().toInt())); });
    connect(m_qualityBox, &QComboBox::currentIndexChanged, this,
            [this] { setQualityAxis(ChartFactory::QualityAxis(m_qualityBox->currentData().toInt())); });
    connect(m_reload, &QToolButton::clicked, this, &ChartsView::reload);
    return bar;
}

void ChartsView::setWorkspacePath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_trend->setWorkspacePath(path);
    reload();
}

void ChartsView::setRun(qint64 runId)
{
    m_runId = runId;
    reload();
}

void ChartsView::setRun(const QString &workspacePath, qint64 runId)
{
    m_path = workspacePath;
    m_trend->setWorkspacePath(workspacePath);
    setRun(runId);
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ChartsView::reload()
{
    const quint64 generation = ++m_generation;
    m_error.clear();
    if (m_path.isEmpty() || m_runId <= 0) {
        m_loading = false;
        m_stale = false;
        m_data = {};
        updateControls();
        rebuild();
        m_prompts.clear();
        m_trend->setPrompts({});
        return;
    }
    m_loading = true;
    m_stale = !isVisible();
    rebuild();
    if (m_stale)
        return;
    auto *watcher = new QFutureWatcher<RunRead>(this);
    connect(watcher, &QFutureWatcher<RunRead>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const RunRead read = watcher->result();
        m_loading = false;
        m_error = read.error;
        setData(read.charts);
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(readRun, m_path, m_runId));
}

void ChartsView::setData(const RunCharts &charts)
{
    m_data = charts;
    if (charts.runId > 0)
        m_runId = charts.runId;
    {
        const QSignalBlocker block(m_scorerBox);
        m_scorerBox->clear();
        for (const DistributionChart &d : charts.scores)
            m_scorerBox->addItem(d.name);
        const int keep = m_scorerBox->findText(m_scorer);
        m_scorerBox->setCurrentIndex(std::max(0, keep));
        m_scorer = m_scorerBox->currentText();
    }
    if (charts.prompts != m_prompts) {
        m_prompts = charts.prompts;
        m_trend->setPrompts(m_prompts);
    } else {
        m_trend->reload();
    }
    updateControls();
    rebuild();
}

void ChartsView::showKind(Kind kind)
{
    m_kind = kind;
    {
        const QSignalBlocker block(m_kindBox);
        m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    }
    m_stack->setCurrentWidget(kind == Kind::Trend ? static_cast<QWidget *>(m_trend) : m_pane);
    updateControls();
    rebuild();
}

void ChartsView::setScorer(const QString &name)
{
    m_scorer = name;
    {
        const QSignalBlocker block(m_scorerBox);
        m_scorerBox->setCurrentText(name);
    }
    rebuild();
}

void ChartsView::setBoxPlot(bool box)
{
    m_box = box;
    {
        const QSignalBlocker block(m_modeBox);
        m_modeBox->setCurrentIndex(box ? 1 : 0);
    }
    rebuild();
}

void ChartsView::setCostAxis(ChartFactory::CostAxis axis)
{
    m_costAxis = axis;
    {
        const QSignalBlocker block(m_costBox);
        m_costBox->setCurrentIndex(m_costBox->findData(int(axis)));
    }
    rebuild();
}

void ChartsView::setQualityAxis(ChartFactory::QualityAxis axis)
{
    m_qualityAxis = axis;
    {
        const QSignalBlocker block(m_qualityBox);
        m_qualityBox->setCurrentIndex(m_qualityBox->findData(int(axis)));
    }
    rebuild();
}

ChartPane *ChartsView::currentPane() const
{
    return m_kind == Kind::Trend ? m_trend->pane() : m_pane;
}

QChart *ChartsView::currentChart() const
{
    return currentPane()->chart();
}

bool ChartsView::exportPng(const QString &path, QString *error) const
{
    return currentPane()->exportPng(path, error);
}

bool ChartsView::exportSvg(const QString &path, QString *error) const
{
    return currentPane()->exportSvg(path, error);
}

void ChartsView::updateControls()
{
    m_scorerBox->setVisible(m_kind == Kind::Scores && m_scorerBox->count() > 0);
    m_modeBox->setVisible(m_kind == Kind::Scores || m_kind == Kind::Latency);
    m_costBox->setVisible(m_kind == Kind::CostQuality);
    m_qualityBox->setVisible(m_kind == Kind::CostQuality);
    m_reload->setEnabled(!m_path.isEmpty() && m_runId > 0);
}

QString ChartsView::emptyText() const
{
    if (!m_error.isEmpty())
        return tr("Could not read the run: %1").arg(m_error);
    if (m_path.isEmpty() || m_runId <= 0)
        return tr("No run is open. Open a run from the Runs dock to see its charts.");
    if (m_loading)
        return tr("Reading run %1…").arg(m_runId);
    if (m_data.runId == 0)
        return tr("Run %1 is not in this workspace.").arg(m_runId);
    if (m_data.answered == 0)
        return tr("“%1” has no results yet. Resume it from the Runs dock, then press Reload to chart what "
                  "has arrived.").arg(m_data.runName.isEmpty() ? tr("Run %1").arg(m_data.runId) : m_data.runName);
    const QString scoreHint = tr("Add scorers to the dataset (Scorers… on its toolbar), score the run, then "
                                 "press Reload.");
    switch (m_kind) {
    case Kind::PassRate:
        return m_data.hasVerdicts() ? QString() : tr("No pass/fail verdicts yet. %1").arg(scoreHint);
    case Kind::Scores: {
        if (m_data.scores.isEmpty())
            return tr("No scores yet. %1").arg(scoreHint);
        for (const DistributionChart &d : m_data.scores) {
            if (d.name == m_scorer && d.isEmpty())
                return tr("Every “%1” score was skipped, so there is nothing to show. Pick another scorer.").arg(d.name);
        }
        return {};
    }
    case Kind::Latency:
        return m_data.latency.isEmpty() ? tr("No latency measurements: every answer was an error or came from the "
                                             "response cache. Run without the cache to measure latency.")
                                        : QString();
    case Kind::CostQuality: {
        bool priced = false;
        bool judged = false;
        for (const CostQualityPoint &p : m_data.costQuality) {
            const bool x = m_costAxis == ChartFactory::CostAxis::Total ? p.cost.has_value() : p.costPer1000.has_value();
            const bool y = m_qualityAxis == ChartFactory::QualityAxis::PassRate ? p.passRate.has_value()
                                                                               : p.meanScore.has_value();
            if (x && y)
                return {};
            priced = priced || x;
            judged = judged || y;
        }
        if (!priced)
            return tr("No costs were recorded: the models had no price when the run was made. Store prices "
                      "(lathe-cli run pricing) before the next run to compare cost with quality.");
        return tr("No verdicts to compare the costs with. %1").arg(scoreHint);
    }
    case Kind::Trend:
        return {};
    }
    return {};
}

void ChartsView::rebuild()
{
    rebuildChart();
    m_export->setEnabled(!currentPane()->isEmpty());
}

void ChartsView::rebuildChart()
{
    if (m_kind == Kind::Trend)
        return;   // TrendChart draws itself
    if (const QString empty = emptyText(); !empty.isEmpty()) {
        m_pane->showEmpty(empty);
        return;
    }
    const ChartFactory factory(m_pane->palette(), [pane = m_pane](const QString &tip) { pane->showTip(tip); });
    switch (m_kind) {
    case Kind::PassRate:
        m_pane->setChart(factory.passRates(m_data.passRates));
        break;
    case Kind::Scores:
        for (const DistributionChart &d : m_data.scores) {
            if (d.name == m_scorer) {
                m_pane->setChart(m_box ? factory.boxPlot(d, ChartFactory::Unit::Score)
                                       : factory.histogram(d, ChartFactory::Unit::Score));
            }
        }
        break;
    case Kind::Latency:
        m_pane->setChart(m_box ? factory.boxPlot(m_data.latency, ChartFactory::Unit::Milliseconds)
                               : factory.histogram(m_data.latency, ChartFactory::Unit::Milliseconds));
        break;
    case Kind::CostQuality:
        m_pane->setChart(factory.costQuality(m_data.costQuality, m_costAxis, m_qualityAxis));
        break;
    case Kind::Trend:
        break;
    }
}

void ChartsView::exportWithDialog(bool svg)
{
    static const char *const kinds[] = {"pass-rate", "scores", "latency", "cost-quality", "trend"};
    currentPane()->exportWithDialog(svg, u"run-%1-%2"_s.arg(m_runId).arg(QLatin1StringView(kinds[int(m_kind)])));
}

} // namespace lathe
