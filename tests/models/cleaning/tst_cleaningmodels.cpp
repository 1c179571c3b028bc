// The preview item models: valid under QAbstractItemModelTester, default ticks (the first
// copy of a group is kept), unticking, swapping the kept row of a pair, highlight spans.
#include "cleaning/duplicaterowsmodel.h"
#include "cleaning/nearduplicatepairsmodel.h"
#include "cleaning/outlierrowsmodel.h"
#include "cleaning/piicellsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const CleaningData> table(const QStringList &texts)
{
    auto d = std::make_shared<CleaningData>();
    d->columns.append({u"c1"_s, u"text"_s, ColumnRole::Variable, ColumnType::Text});
    for (qsizetype r = 0; r < texts.size(); ++r) {
        DatasetRow row;
        row.id = 10 + r;
        row.data.insert(u"c1"_s, texts.at(r));
        d->rows.append(row);
    }
    return d;
}

} // namespace

class TestCleaningModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateRows()
    {
        const auto d = table({u"a"_s, u"b"_s, u"a"_s, u"a"_s, u"b"_s});
        DuplicateRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &CleaningPreviewModel::checkedCountChanged);
        model.setReport(d, DuplicateFinder::find(*d, {}));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.checkedCount(), 3);
        QCOMPARE(counts.last().at(0).toInt(), 3);
        QCOMPARE(model.data(model.index(0, 0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.checkedRowIds(), (QList<qint64>{12, 13, 14}));
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedRowIds(), (QList<qint64>{13, 14}));
        model.setAllChecked(false);
        QCOMPARE(model.checkedCount(), 0);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
    }

    void nearPairsSwapAndHighlight()
    {
        const auto d = table({u"the cat sat on the mat"_s, u"other"_s, u"the cat sat on the hat"_s});
        NearDuplicatePairsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NearDuplicateOptions o;
        o.threshold = 0.9;
        model.setReport(d, NearDuplicateFinder::find(*d, o));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.checkedRowIds(), (QList<qint64>{12}));
        QCOMPARE(model.data(model.index(0, 5), CleaningPreviewModel::HighlightRole).value<QList<int>>(),
                 (QList<int>{19, 1}));
        model.swapKept(0);
        QCOMPARE(model.checkedRowIds(), (QList<qint64>{10}));
        QCOMPARE(model.data(model.index(0, 2)).toLongLong(), 3);
    }

    void outlierRows()
    {
        QStringList texts(30, u"medium length"_s);
        texts.append(QString(500, u'x'));
        const auto d = table(texts);
        OutlierRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(d, OutlierDetector::find(*d, {}));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 2)).toString().contains(u"too long"_s));
        QCOMPARE(model.checkedRowIds(), (QList<qint64>{40}));
    }

    void piiCells()
    {
        const auto d = table({u"mail kim@example.kr\nthanks"_s, u"nothing"_s});
        PiiCellsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(d, PiiRedactor::scan(*d, PiiTypeInfo::allTypes()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 4)).toString(), u"mail kim@example.kr⏎thanks"_s);
        QCOMPARE(model.data(model.index(0, 4), CleaningPreviewModel::HighlightRole).value<QList<int>>(),
                 (QList<int>{5, 14}));
        QCOMPARE(model.data(model.index(0, 5), CleaningPreviewModel::HighlightRole).value<QList<int>>(),
                 (QList<int>{5, 9}));
        QCOMPARE(model.checkedCells(), (QList<qsizetype>{0}));
    }
};

QTEST_GUILESS_MAIN(TestCleaningModels)
#include "tst_cleaningmodels.moc"
