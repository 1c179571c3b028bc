#include "trendchart.h"

#include "chartfactory.h"
#include "chartpane.h"

#include "charts/chartbuilder.h"
#include "workspace/database.h"
#include "workspace/sqlerror.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

struct TrendRead
{
    QList<ChartColumnFacts> columns;
    QString error;
};

// On a pool thread: its own read-only connection, closed when done.
TrendRead readTrend(const QString &path, const QString &prompt)
{
    TrendRead out;
    try {
        Database db;
        db.open(path, Database::Mode::ReadOnly);
        out.columns = ChartQuery(db).promptColumns(prompt);
    } catch (const SqlError &e) {
        out.error = e.message();
    }
    return out;
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , m_promptBox(new QComboBox(this))
    , m_metricBox(new QComboBox(this))
    , m_pane(new ChartPane(this))
{
    m_promptBox->setObjectName(u"trendPrompt"_s);
    m_promptBox->setToolTip(tr("The prompt whose runs the trend follows"));
    m_promptBox->setAccessibleName(tr("Prompt"));
    m_promptBox->setVisible(false);
    m_metricBox->setObjectName(u"trendMetric"_s);
    for (const TrendMetric m : {TrendMetric::PassRate, TrendMetric::MeanScore, TrendMetric::CostPer1000})
        m_metricBox->addItem(ChartFactory::metricName(m), int(m));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_promptBox);
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricBox);
    bar->addWidget(metricLabel);
    bar->addWidget(m_metricBox);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pane, 1);

    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this] {
        setMetric(TrendMetric(m_metricBox->currentData().toInt()));
    });
    connect(m_promptBox, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (name != m_prompt)
            setPrompt(name);
    });
    connect(m_pane, &ChartPane::paletteChanged, this, &TrendChart::rebuild);
    rebuild();
}

TrendChart::~TrendChart() = default;

void TrendChart::setWorkspacePath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    reload();
}

void TrendChart::setPrompts(const QStringList &promptNames)
{
    {
        const QSignalBlocker block(m_promptBox);
        m_promptBox->clear();
        m_promptBox->addItems(promptNames);
        m_promptBox->setVisible(promptNames.size() > 1);
    }
    setPrompt(promptNames.value(0));
}

void TrendChart::setPrompt(const QString &promptName)
{
    m_prompt = promptName;
    {
        const QSignalBlocker block(m_promptBox);
        m_promptBox->setCurrentText(promptName);
    }
    reload();
}

void TrendChart::reload()
{
    const quint64 generation = ++m_generation;
    m_columns.clear();
    m_error.clear();
    if (m_path.isEmpty() || m_prompt.isEmpty()) {
        m_loading = false;
        m_stale = false;
        rebuild();
        return;
    }
    m_loading = true;
    m_stale = !isVisible();
    rebuild();
    if (m_stale)
        return;
    auto *watcher = new QFutureWatcher<TrendRead>(this);
    connect(watcher, &QFutureWatcher<TrendRead>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const TrendRead read = watcher->result();
        m_loading = false;
        m_error = read.error;
        m_columns = read.columns;
        rebuild();
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(readTrend, m_path, m_prompt));
}

void TrendChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TrendChart::setMetric(TrendMetric metric)
{
    m_metric = metric;
    {
        const QSignalBlocker block(m_metricBox);
        m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
    }
    rebuild();
}

void TrendChart::setColumns(const QString &promptName, const QList<ChartColumnFacts> &columns)
{
    ++m_generation;   // a read still running is superseded
    m_stale = false;
    m_prompt = promptName;
    m_columns = columns;
    m_error.clear();
    m_loading = false;
    rebuild();
}

void TrendChart::rebuild()
{
    m_data = ChartBuilder::trend(m_prompt, m_columns, m_metric);
    if (!m_error.isEmpty()) {
        m_pane->showEmpty(tr("Could not read the runs: %1").arg(m_error));
    } else if (m_prompt.isEmpty()) {
        m_pane->showEmpty(tr("Pick a prompt to see how its runs compare over time."));
    } else if (m_loading) {
        m_pane->showEmpty(tr("Reading the runs of “%1”…").arg(m_prompt));
    } else if (m_data.runs == 0) {
        m_pane->showEmpty(tr("“%1” has not been run yet. Start a run with Run > New Run; each run adds a "
                             "point here.").arg(m_prompt));
    } else if (m_data.isEmpty()) {
        const QString hint = m_metric == TrendMetric::CostPer1000
            ? tr("Store prices for the models (lathe-cli run pricing) to follow the cost.")
            : tr("Add scorers to the dataset (Scorers… on its toolbar) and score the runs.");
        m_pane->showEmpty(tr("None of the %n run(s) of “%1” has a %2 yet. %3", nullptr, int(m_data.runs))
                              .arg(m_prompt, ChartFactory::metricName(m_metric).toLower(), hint));
    } else {
        const ChartFactory factory(m_pane->palette(), [pane = m_pane](const QString &tip) { pane->showTip(tip); });
        m_pane->setChart(factory.trend(m_data));
    }
    Q_EMIT chartChanged();
}

} // namespace lathe
