// The case lists of a run comparison: one model per change, under QAbstractItemModelTester,
// filled from two stored runs (RunCompareLoader on its own read-only connection), with
// verdict texts, the row's input and the case ids a view opens.
#include "comparefixture.h"

#include "compare/comparedcasesmodel.h"
#include "compare/runcompareloader.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestComparedCasesModel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void loaderAndModels()
    {
        const QString path = m_dir.filePath(u"m.lathe"_s);
        comparefixture::Runs runs = comparefixture::create(path);
        QVERIFY(runs.second);
        runs.ws.reset();

        const RunCompareRuns listed = RunCompareLoader::loadRuns(path);
        QVERIFY2(listed.error.isEmpty(), qPrintable(listed.error));
        QCOMPARE(listed.runs.size(), 3);
        QCOMPARE(listed.columns.value(runs.first).size(), 1);

        const RunCompareData data = RunCompareLoader::compare(path, {runs.first, 0}, {runs.second, 0});
        QVERIFY2(data.result, qPrintable(data.error));
        QCOMPARE(data.candidate.columnId, listed.columns.value(runs.second).constFirst().id);
        QCOMPARE(data.rowValues.value(10).value(u"country"_s).toString(), u"France"_s);

        ComparedCasesModel regressed(CaseChange::Regressed);
        QAbstractItemModelTester tester(&regressed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        regressed.setResult(*data.result, data.rowValues);
        QCOMPARE(regressed.rowCount(), 2);
        QCOMPARE(regressed.columnCount(), int(ComparedCasesModel::ColumnCount));
        const auto text = [&](int row, int column) { return regressed.index(row, column).data().toString(); };
        QCOMPARE(text(0, ComparedCasesModel::RowColumn), u"1"_s);
        QCOMPARE(text(0, ComparedCasesModel::InputColumn), u"country: France"_s);
        QCOMPARE(text(0, ComparedCasesModel::BaselineColumn), u"pass 1.00"_s);
        QCOMPARE(text(0, ComparedCasesModel::CandidateColumn), u"fail 0.00"_s);
        QCOMPARE(text(1, ComparedCasesModel::RowColumn), u"4"_s);
        QCOMPARE(text(1, ComparedCasesModel::CandidateColumn), u"error"_s);
        QVERIFY(regressed.index(0, 0).data(ComparedCasesModel::PassChangedRole).toBool());
        QCOMPARE(regressed.index(0, 0).data(ComparedCasesModel::CandidateCaseIdRole).toLongLong(),
                 regressed.caseAt(0)->candidate.caseId);
        QCOMPARE(regressed.headerData(ComparedCasesModel::BaselineColumn, Qt::Horizontal).toString(), u"Baseline"_s);

        ComparedCasesModel notJudged(CaseChange::NotJudged);
        QAbstractItemModelTester tester2(&notJudged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        notJudged.setResult(*data.result, data.rowValues);
        QCOMPARE(notJudged.rowCount(), 1);
        QCOMPARE(notJudged.index(0, ComparedCasesModel::BaselineColumn).data().toString(), u"not scored"_s);
        QCOMPARE(notJudged.index(0, ComparedCasesModel::CandidateColumn).data().toString(), u"pending"_s);
        notJudged.clear();
        QCOMPARE(notJudged.rowCount(), 0);
        QVERIFY(!notJudged.caseAt(0));

        // Runs of different datasets: an error, no result.
        const RunCompareData bad = RunCompareLoader::compare(path, {runs.first, 0}, {runs.other, 0});
        QVERIFY(!bad.result);
        QVERIFY(bad.error.contains(u"different datasets"_s));
        QVERIFY(!RunCompareLoader::loadRuns(m_dir.filePath(u"missing.lathe"_s)).error.isEmpty());
    }

    void inputText()
    {
        const QJsonObject values{{u"n"_s, 3}, {u"flag"_s, true}, {u"long"_s, QString(100, u'x')}, {u"obj"_s, QJsonObject{{u"a"_s, 1}}}};
        const QString t = ComparedCasesModel::inputText(values);
        QVERIFY2(t.contains(u"n: 3"_s) && t.contains(u"flag: true"_s) && t.contains(u"obj: {\"a\":1}"_s), qPrintable(t));
        QVERIFY(t.contains(QString(79, u'x') + u'…'));
    }
};

QTEST_GUILESS_MAIN(TestComparedCasesModel)
#include "tst_comparedcasesmodel.moc"
