// ChartsView and TrendChart on the planted runs of chartfixture.h (offscreen): the series hold
// the run's figures, hovering shows them, exports are valid files, the theme follows the palette.
#include "chartfixture.h"

#include "charts/chartpane.h"
#include "charts/chartsview.h"
#include "charts/trendchart.h"

#include <QApplication>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

#include <cmath>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

template <typename T>
T *findSeries(QChart *chart, const QString &name = {})
{
    if (!chart)
        return nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s); t && (name.isEmpty() || t->objectName() == name))
            return t;
    }
    return nullptr;
}

QBarSet *barSet(QAbstractBarSeries *series, const QString &name)
{
    for (QBarSet *set : series->barSets()) {
        if (set->objectName() == name)
            return set;
    }
    return nullptr;
}

bool hasPoint(const QList<QPointF> &points, double x, double y)
{
    for (const QPointF &p : points) {
        if (std::abs(p.x() - x) < 1e-6 && std::abs(p.y() - y) < 1e-3)
            return true;
    }
    return false;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);   // controls just shown or hidden
    w->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestChartsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"charts.lathe"_s);
        QVERIFY(chartfixture::create(m_path));   // closed again: the view reads the file itself
        m_light = QApplication::palette();
    }

    void init()
    {
        QApplication::setPalette(m_light);
        m_view = std::make_unique<ChartsView>();
        m_view->resize(900, 560);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void emptyStatesSayWhatToDo()
    {
        QVERIFY(m_view->currentPane()->isEmpty());
        QVERIFY(m_view->currentPane()->emptyText().contains(u"Runs dock"_s));
        load(3);   // planned, nothing answered
        QVERIFY(m_view->currentPane()->emptyText().contains(u"no results yet"_s));
        QVERIFY(m_view->currentPane()->emptyText().contains(u"Reload"_s));
        load(2);   // answered but no prices
        m_view->showKind(ChartsView::Kind::CostQuality);
        QVERIFY(m_view->currentPane()->emptyText().contains(u"price"_s));
        m_view->showKind(ChartsView::Kind::Scores);
        QVERIFY(m_view->currentPane()->emptyText().contains(u"Add scorers"_s));
        QString error;
        QVERIFY(!m_view->exportPng(m_dir.filePath(u"none.png"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_view->findChild<QToolButton *>(u"chartExport"_s)->isEnabled());
    }

    void hiddenViewReadsWhenShown()
    {
        ChartsView hidden;
        QSignalSpy loaded(&hidden, &ChartsView::loaded);
        hidden.setRun(m_path, 1);
        QCoreApplication::processEvents();
        QCOMPARE(loaded.count(), 0);
        QVERIFY(hidden.currentPane()->emptyText().contains(u"Reading run 1"_s));
        hidden.resize(600, 400);
        hidden.show();
        QVERIFY(loaded.wait());
        QVERIFY(hidden.currentChart());
    }

    void passRateBarsAndErrorBars()
    {
        load(1);
        QChart *chart = m_view->currentChart();
        auto *bars = findSeries<QStackedBarSeries>(chart);
        QVERIFY(bars);
        QCOMPARE(barSet(bars, u"column0"_s)->at(0), 50.0);   // 2 of 4
        QCOMPARE(barSet(bars, u"column1"_s)->at(1), 80.0);   // 4 of 5
        QCOMPARE(barSet(bars, u"column1"_s)->at(0), 0.0);
        auto *error = findSeries<QLineSeries>(chart, u"errorBar1"_s);
        QVERIFY(error);
        // Wilson 95% for 4 of 5: 37.5535% to 96.3776%, at the second category (x = 1).
        QVERIFY(hasPoint(error->points(), 1, 37.5535));
        QVERIFY(hasPoint(error->points(), 1, 96.3776));

        Q_EMIT barSet(bars, u"column1"_s)->hovered(true, 1);
        const QString tip = m_view->currentPane()->lastTip();
        QVERIFY2(tip.contains(u"qa@2 model-a"_s) && tip.contains(u"4 of 5 passed"_s) && tip.contains(u"80.0%"_s)
                     && tip.contains(u"37.6%"_s) && tip.contains(u"96.4%"_s),
                 qPrintable(tip));
        Q_EMIT barSet(bars, u"column1"_s)->hovered(false, 1);
        QVERIFY(m_view->currentPane()->lastTip().isEmpty());
    }

    // A real pointer over the second bar shows its figures, as the user sees them.
    void pointerOverBarShowsTip()
    {
        load(1);
        QChart *chart = m_view->currentChart();
        auto *bars = findSeries<QStackedBarSeries>(chart);
        QChartView *view = m_view->currentPane()->chartView();
        const QPointF inScene = chart->mapToScene(chart->mapToPosition(QPointF(1, 40), bars));
        const QPoint at = view->mapFromScene(inScene);
        QTest::mouseMove(view->viewport(), at);
        QTRY_VERIFY2(m_view->currentPane()->lastTip().contains(u"4 of 5 passed"_s),
                     qPrintable(m_view->currentPane()->lastTip()));
    }

    void scoreHistogramAndBoxPlot()
    {
        load(1);
        m_view->showKind(ChartsView::Kind::Scores);
        QCOMPARE(m_view->findChild<QComboBox *>(u"chartScorer"_s)->count(), 3);
        m_view->setScorer(u"similarity"_s);
        auto *bars = findSeries<QBarSeries>(m_view->currentChart());
        QVERIFY(bars);
        QBarSet *b = barSet(bars, u"column1"_s);
        QCOMPARE(b->count(), 10);
        const QList<double> expected{0, 0, 1, 0, 0, 0, 0, 1, 1, 1};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(b->at(i), expected[i]);
        Q_EMIT b->hovered(true, 7);
        QVERIFY2(m_view->currentPane()->lastTip().contains(u"from 0.7 to 0.8"_s),
                 qPrintable(m_view->currentPane()->lastTip()));

        m_view->setBoxPlot(true);
        auto *box = findSeries<QBoxPlotSeries>(m_view->currentChart());
        QVERIFY(box);
        QCOMPARE(box->count(), 1);   // column A has no similarity scores
        QBoxSet *set = box->boxSets().constFirst();
        QCOMPARE(set->at(QBoxSet::LowerExtreme), 0.2);
        QVERIFY(std::abs(set->at(QBoxSet::LowerQuartile) - 0.575) < 1e-9);
        QVERIFY(std::abs(set->at(QBoxSet::Median) - 0.75) < 1e-9);
        QVERIFY(std::abs(set->at(QBoxSet::UpperQuartile) - 0.825) < 1e-9);
        QCOMPARE(set->at(QBoxSet::UpperExtreme), 0.9);
        Q_EMIT set->hovered(true);
        QVERIFY(m_view->currentPane()->lastTip().contains(u"median 0.75"_s));
    }

    void latencyDistribution()
    {
        load(1);
        m_view->showKind(ChartsView::Kind::Latency);
        auto *bars = findSeries<QBarSeries>(m_view->currentChart());
        QVERIFY(bars);
        QBarSet *a = barSet(bars, u"column0"_s);
        QCOMPARE(a->count(), 12);   // bins of 100 ms up to 1200 ms
        QCOMPARE(a->at(1), 1.0);   // 100 ms
        QCOMPARE(a->at(2), 1.0);   // 200 ms; the cached 300 ms is left out
        QCOMPARE(a->at(3), 0.0);
        m_view->setBoxPlot(true);
        auto *box = findSeries<QBoxPlotSeries>(m_view->currentChart());
        QCOMPARE(box->count(), 2);
        QBoxSet *b = box->boxSets().at(1);
        QCOMPARE(b->at(QBoxSet::LowerExtreme), 400.0);
        QCOMPARE(b->at(QBoxSet::LowerQuartile), 600.0);
        QCOMPARE(b->at(QBoxSet::Median), 800.0);
        QCOMPARE(b->at(QBoxSet::UpperQuartile), 1000.0);
        QCOMPARE(b->at(QBoxSet::UpperExtreme), 1200.0);
        Q_EMIT b->hovered(true);
        QVERIFY2(m_view->currentPane()->lastTip().contains(u"median 800 ms"_s),
                 qPrintable(m_view->currentPane()->lastTip()));
    }

    void costVersusQuality()
    {
        load(1);
        m_view->showKind(ChartsView::Kind::CostQuality);
        auto *b = findSeries<QScatterSeries>(m_view->currentChart(), u"column1"_s);
        QVERIFY(b);
        QVERIFY(hasPoint(b->points(), 2.0, 80));   // 0.01 over 5 results: 2 per 1,000 cases
        m_view->setCostAxis(ChartFactory::CostAxis::Total);
        m_view->setQualityAxis(ChartFactory::QualityAxis::MeanScore);
        b = findSeries<QScatterSeries>(m_view->currentChart(), u"column1"_s);
        QVERIFY(hasPoint(b->points(), 0.01, 0.9));
        auto *a = findSeries<QScatterSeries>(m_view->currentChart(), u"column0"_s);
        QVERIFY(hasPoint(a->points(), 0.003, 2.0 / 3.0));
        Q_EMIT b->hovered(b->points().constFirst(), true);
        QVERIFY(m_view->currentPane()->lastTip().contains(u"pass rate 80.0%"_s));
    }

    void trendAcrossRuns()
    {
        load(1);
        showTrend();
        QCOMPARE(m_view->trendChart()->prompt(), u"qa"_s);
        auto *a = findSeries<QLineSeries>(m_view->currentChart(), u"trend0"_s);
        QVERIFY(a);
        QCOMPARE(a->name(), u"model-a"_s);
        const QList<QPointF> points = a->points();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].y(), 50.0);
        QCOMPARE(points[1].y(), 80.0);
        QCOMPARE(points[2].y(), 100.0);
        QCOMPARE(qint64(points[2].x()), QDateTime(QDate(2025, 1, 5), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch());
        // The Wilson 95% error bar: 2 of 2 passed in run 2 gives 34.238% to 100%.
        auto *bar = findSeries<QLineSeries>(m_view->currentChart(), u"errorBar0.2"_s);
        QVERIFY(bar);
        QVERIFY(hasPoint(bar->points(), points[2].x(), 34.238));
        QVERIFY(hasPoint(bar->points(), points[2].x(), 100));
        Q_EMIT a->hovered(points[2], true);
        QVERIFY2(m_view->currentPane()->lastTip().contains(u"later"_s)
                     && m_view->currentPane()->lastTip().contains(u"100.0%"_s),
                 qPrintable(m_view->currentPane()->lastTip()));

        m_view->trendChart()->setMetric(TrendMetric::CostPer1000);
        a = findSeries<QLineSeries>(m_view->currentChart(), u"trend0"_s);
        QCOMPARE(a->points().size(), 2);   // only run 1 has prices
        QCOMPARE(a->points()[1].y(), 2.0);
    }

    void trendPromptPickerAndStandaloneUse()
    {
        load(2);   // columns of "qa" and "other"
        showTrend();
        QComboBox *prompts = m_view->trendChart()->promptCombo();
        QVERIFY(prompts->isVisibleTo(m_view.get()));
        QCOMPARE(prompts->count(), 2);
        QSignalSpy loaded(m_view->trendChart(), &TrendChart::loaded);
        prompts->setCurrentText(u"other"_s);
        QVERIFY(loaded.wait());
        // "other" ran once and has no verdicts: the pane says so and how to get them.
        QVERIFY2(m_view->currentPane()->emptyText().contains(u"other"_s)
                     && m_view->currentPane()->emptyText().contains(u"score the runs"_s),
                 qPrintable(m_view->currentPane()->emptyText()));

        // On its own, e.g. beside a prompt's history.
        TrendChart trend;
        QSignalSpy own(&trend, &TrendChart::loaded);
        trend.setWorkspacePath(m_path);
        trend.setPrompt(u"qa"_s);
        trend.resize(600, 400);
        trend.show();
        QVERIFY(own.wait());
        QCOMPARE(trend.data().series.size(), 2);
        QVERIFY(!trend.promptCombo()->isVisibleTo(&trend));
    }

    void exportsPngAndSvg()
    {
        load(1);
        const QString png = m_dir.filePath(u"pass.png"_s);
        QString error;
        QVERIFY2(m_view->exportPng(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        const QSize viewport = m_view->currentPane()->chartView()->viewport()->size();
        QCOMPARE(image.size(), viewport * 2);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 10, "the PNG is blank");
        // The bar colours of the two columns are in the picture.
        QVERIFY(colours.contains(QColor(0x0072b2).rgb()));
        QVERIFY(colours.contains(QColor(0xe69f00).rgb()));

        const QString svg = m_dir.filePath(u"pass.svg"_s);
        QVERIFY2(m_view->exportSvg(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int shapes = 0;
        QSet<QString> fills;
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (xml.name() == "path"_L1 || xml.name() == "polyline"_L1 || xml.name() == "rect"_L1)
                    ++shapes;
                fills.insert(xml.attributes().value("fill"_L1).toString());
            }
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(shapes > 5);   // bars, error bars, axes and grid
        // The two columns' bars, in their series colours.
        QVERIFY(fills.contains(u"#0072b2"_s));
        QVERIFY(fills.contains(u"#e69f00"_s));
        // The column's name, on two lines of the category axis: prompt version, then model.
        QVERIFY2(text.contains(u"qa@2"_s) && text.contains(u"model-a"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Pass rate"_s));
    }

    void exportFromTheMenu()
    {
        load(1);
        auto *button = m_view->findChild<QToolButton *>(u"chartExport"_s);
        QVERIFY(button->isEnabled());
        button->menu()->actions().at(1)->trigger();   // As SVG Drawing…
        auto *dialog = m_view->findChild<QFileDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->defaultSuffix(), u"svg"_s);
        const QString path = m_dir.filePath(u"from-menu.svg"_s);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();   // QFileDialog::accept, as the Save button does
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
    }

    void themeFollowsPalette()
    {
        load(1);
        QCOMPARE(m_view->currentChart()->theme(), QChart::ChartThemeLight);
        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(m_view->currentChart()->theme(), QChart::ChartThemeDark);
        // The rebuilt chart still holds the run's figures.
        QVERIFY(findSeries<QStackedBarSeries>(m_view->currentChart()));
        showTrend();
        QTRY_VERIFY(m_view->currentChart() && m_view->currentChart()->theme() == QChart::ChartThemeDark);
        QApplication::setPalette(m_light);
        QTRY_COMPARE(m_view->currentChart()->theme(), QChart::ChartThemeLight);
    }

    // Pictures of every chart in both themes when LATHE_SCREENSHOT_DIR is set.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("LATHE_SCREENSHOT_DIR"))
            QSKIP("LATHE_SCREENSHOT_DIR is not set");
        load(1);
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : m_light);
            const QString theme = dark ? u"dark"_s : u"light"_s;
            m_view->setBoxPlot(false);
            m_view->showKind(ChartsView::Kind::PassRate);
            QTRY_COMPARE(m_view->currentChart()->theme(), dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
            screenshot(m_view.get(), u"charts-passrate-"_s + theme);
            QString error;
            const QDir dir(qEnvironmentVariable("LATHE_SCREENSHOT_DIR"));
            QVERIFY(m_view->exportPng(dir.filePath(u"export-passrate-"_s + theme + u".png"_s), &error));
            QVERIFY(m_view->exportSvg(dir.filePath(u"export-passrate-"_s + theme + u".svg"_s), &error));
            m_view->showKind(ChartsView::Kind::Scores);
            m_view->setScorer(u"equals"_s);
            screenshot(m_view.get(), u"charts-scores-histogram-"_s + theme);
            m_view->setScorer(u"similarity"_s);
            m_view->setBoxPlot(true);
            screenshot(m_view.get(), u"charts-scores-box-"_s + theme);
            m_view->showKind(ChartsView::Kind::Latency);
            screenshot(m_view.get(), u"charts-latency-box-"_s + theme);
            m_view->setBoxPlot(false);
            screenshot(m_view.get(), u"charts-latency-histogram-"_s + theme);
            m_view->showKind(ChartsView::Kind::CostQuality);
            screenshot(m_view.get(), u"charts-costquality-"_s + theme);
            showTrend();
            screenshot(m_view.get(), u"charts-trend-"_s + theme);
        }
        QApplication::setPalette(m_light);
        load(3);
        m_view->showKind(ChartsView::Kind::PassRate);
        screenshot(m_view.get(), u"charts-empty"_s);
    }

private:
    // Sets the run and waits for its charts.
    void load(qint64 runId)
    {
        QSignalSpy loaded(m_view.get(), &ChartsView::loaded);
        m_view->setRun(m_path, runId);
        QVERIFY(loaded.wait());
    }

    // Shows the trend and waits for its runs (read when it is first shown).
    void showTrend()
    {
        QSignalSpy loaded(m_view->trendChart(), &TrendChart::loaded);
        m_view->showKind(ChartsView::Kind::Trend);
        if (m_view->trendChart()->pane()->chart() == nullptr)
            QVERIFY(loaded.wait());
    }

    QTemporaryDir m_dir;
    QString m_path;
    QPalette m_light;
    std::unique_ptr<ChartsView> m_view;
};

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
