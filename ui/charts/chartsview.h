#pragma once

#include "chartfactory.h"

#include "charts/chartdata.h"

#include <QWidget>

class QChart;
class QComboBox;
class QHBoxLayout;
class QStackedWidget;
class QToolButton;

namespace lathe {

class ChartPane;
class TrendChart;

// The charts of one run, one at a time from a picker: pass rate per column with interval error
// bars, the distribution of a scorer's values and of latency (histogram or box plot), cost vs
// quality, and the trend of the run's prompt across runs. Hovering shows exact values; the
// charts follow the application's light or dark palette; Export writes the chart shown as PNG
// or SVG. The run is read on a pool thread through its own read-only connection, so the GUI
// thread never waits on SQLite; answers to superseded requests are dropped.
//
// Like RunsDock it is given the workspace file's path, not a connection.
class ChartsView final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { PassRate, Scores, Latency, CostQuality, Trend };
    Q_ENUM(Kind)

    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    // The workspace file to read ("" clears the charts).
    void setWorkspacePath(const QString &path);
    // Reads and shows run `runId` (0 clears); loaded() follows. A hidden view (e.g. a tab not
    // shown) reads when it is shown, so runs nobody charts cost nothing.
    void setRun(qint64 runId);
    // Both at once, with one read (as ResultsPage::setRun takes them).
    void setRun(const QString &workspacePath, qint64 runId);
    qint64 runId() const { return m_runId; }
    // Reads the run again, e.g. after more results or scores were stored.
    void reload();

    // Shows chart data computed elsewhere, without a read (what the background read ends with).
    void setData(const RunCharts &charts);
    const RunCharts &data() const { return m_data; }

    void showKind(Kind kind);
    Kind kind() const { return m_kind; }
    // The scorer whose distribution the Scores chart shows.
    void setScorer(const QString &name);
    void setBoxPlot(bool box);        // Scores and Latency: box plot instead of histogram
    void setCostAxis(ChartFactory::CostAxis axis);
    void setQualityAxis(ChartFactory::QualityAxis axis);

    // The pane of the chart shown (the trend's own pane for Kind::Trend).
    ChartPane *currentPane() const;
    QChart *currentChart() const;
    TrendChart *trendChart() const { return m_trend; }
    QComboBox *kindCombo() const { return m_kindBox; }

    // Writes the chart shown; false (and `error`) when there is none or the file fails.
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;

Q_SIGNALS:
    // A read started by setRun() or reload() finished and the charts show its result.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *buildToolBar();
    // Redraws the chart shown (or its empty state) and what depends on it.
    void rebuild();
    void rebuildChart();
    void updateControls();
    void exportWithDialog(bool svg);
    QString emptyText() const;

    QComboBox *m_kindBox;
    QComboBox *m_scorerBox;
    QComboBox *m_modeBox;
    QComboBox *m_costBox;
    QComboBox *m_qualityBox;
    QToolButton *m_reload;
    QToolButton *m_export;
    QStackedWidget *m_stack;
    ChartPane *m_pane;
    TrendChart *m_trend;

    QString m_path;
    qint64 m_runId = 0;
    RunCharts m_data;
    QStringList m_prompts;             // the trend's prompt choices
    QString m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = false;              // a read waits for the view to be shown
    Kind m_kind = Kind::PassRate;
    QString m_scorer;
    bool m_box = false;
    ChartFactory::CostAxis m_costAxis = ChartFactory::CostAxis::Per1000;
    ChartFactory::QualityAxis m_qualityAxis = ChartFactory::QualityAxis::PassRate;
};

} // namespace lathe
