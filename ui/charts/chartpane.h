#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace lathe {

// One chart or, when there is nothing to draw, a sentence saying what to do next. Shows hover
// tooltips for the chart's series (showTip), exports what it shows as PNG (at twice the
// widget's size) or SVG, and emits paletteChanged() when the application's theme changes so
// the owner rebuilds the chart in the new colours.
class ChartPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPane(QWidget *parent = nullptr);

    // Shows `chart` (the pane takes ownership; the previous chart is deleted).
    void setChart(QChart *chart);
    // Deletes the chart and shows `text` instead.
    void showEmpty(const QString &text);

    QChart *chart() const;               // nullptr while empty
    QChartView *chartView() const { return m_view; }
    QString emptyText() const;
    bool isEmpty() const;

    // The tooltip for a hovered value; an empty text hides it. Remembered for tests.
    void showTip(const QString &text);
    QString lastTip() const { return m_tip; }

    // Writes the chart; false (and `error`) when there is no chart or the file cannot be written.
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;
    // Asks where to save (a window-modal file dialog, no nested event loop), then exports;
    // a failure is reported in a message box. `baseName` is the suggested name, no suffix.
    void exportWithDialog(bool svg, const QString &baseName);

Q_SIGNALS:
    void paletteChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QChartView *m_view;
    QString m_tip;
};

} // namespace lathe
