#pragma once

#include "charts/chartdata.h"
#include "workspace/chartquery.h"

#include <QWidget>

class QComboBox;

namespace lathe {

class ChartPane;

// A metric (pass rate, mean score or cost per 1,000 cases) of one prompt across the runs that
// used it, one line per model over the runs' created time. The runs are read on a pool thread
// through its own read-only connection, so the GUI thread never waits on SQLite; answers to
// superseded requests are dropped. A hidden chart reads when it is shown.
class TrendChart final : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    // The workspace file to read ("" clears the chart).
    void setWorkspacePath(const QString &path);
    // The prompts to choose from (a picker shows when there are several); selects the first
    // and reads its runs.
    void setPrompts(const QStringList &promptNames);
    // Reads the runs of `promptName` ("" clears).
    void setPrompt(const QString &promptName);
    QString prompt() const { return m_prompt; }
    void reload();

    void setMetric(TrendMetric metric);
    TrendMetric metric() const { return m_metric; }

    // Shows run columns read elsewhere, without a read (what the background read ends with).
    void setColumns(const QString &promptName, const QList<ChartColumnFacts> &columns);
    const TrendData &data() const { return m_data; }

    ChartPane *pane() const { return m_pane; }
    QComboBox *metricCombo() const { return m_metricBox; }
    QComboBox *promptCombo() const { return m_promptBox; }

Q_SIGNALS:
    // A read finished and the chart shows its result (or the error).
    void loaded();
    // The pane shows a new chart or empty state (read, metric, prompt or theme changed).
    void chartChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    QComboBox *m_promptBox;
    QComboBox *m_metricBox;
    ChartPane *m_pane;
    QString m_path;
    QString m_prompt;
    TrendMetric m_metric = TrendMetric::PassRate;
    QList<ChartColumnFacts> m_columns;
    TrendData m_data;
    QString m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = false;              // a read waits for the chart to be shown
};

} // namespace lathe
