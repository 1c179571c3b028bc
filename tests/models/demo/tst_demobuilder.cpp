// The demo workspace built from resources/demo: what a user opening it would find.
#include "demo/demobuilder.h"
#include "demo/demomanifest.h"
#include "demo/demoworkspace.h"

#include "eval/stats/runaggregator.h"
#include "workspace/aggregatequery.h"
#include "workspace/database.h"
#include "workspace/datasetstore.h"
#include "workspace/promptstore.h"
#include "workspace/runstore.h"
#include "workspace/statement.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class TestDemoBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void datasetsHaveTheDeclaredRows();
    void promptsHaveVersionsLabelsAndLinks();
    void everyRunColumnHasResultsAndScores();
    void laterIntentVersionsPassMoreOften();
    void sampleModelsDiffer();
    void votesArePresent();
    void fileIsIntactAndCompact();
    void shippedFileIsReadWithoutJournalFiles();
    void brokenSourceLeavesNoFile();
    void existingFileIsKeptUnlessForced();
    void freshCopyIsWritableAndNew();

private:
    QList<ColumnSummary> summaries(const QString &runName);

    QTemporaryDir m_dir;
    QString m_path;
    DemoBuildReport m_report;
    std::optional<DemoManifest> m_manifest;
    std::unique_ptr<Workspace> m_ws;
    QByteArray m_built;   // the file as built, before any open
};

void TestDemoBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_manifest = DemoManifest::load(QStringLiteral(LATHE_DEMO_SOURCE), &error);
    QVERIFY2(m_manifest, qPrintable(error));
    m_path = m_dir.filePath(u"demo.lathe"_s);
    const std::optional<DemoBuildReport> report = DemoBuilder(QStringLiteral(LATHE_DEMO_SOURCE)).build(m_path, false, &error);
    QVERIFY2(report, qPrintable(error));
    m_report = *report;
    QFile built(m_path);
    QVERIFY(built.open(QIODevice::ReadOnly));
    m_built = built.readAll();
    WorkspaceError wsError;
    m_ws = Workspace::open(m_path, &wsError);
    QVERIFY2(m_ws, qPrintable(wsError.message));
    qInfo("built %s: %lld bytes in %lld ms", qPrintable(m_path), m_report.bytes, m_report.elapsedMs);
}

void TestDemoBuilder::datasetsHaveTheDeclaredRows()
{
    DatasetStore store(m_ws->database());
    const QList<DatasetInfo> datasets = store.list();
    QCOMPARE(datasets.size(), m_manifest->datasets.size());
    for (const DemoManifest::Dataset &declared : std::as_const(m_manifest->datasets)) {
        const std::optional<DatasetInfo> info = store.find(declared.name);
        QVERIFY2(info, qPrintable(declared.name));
        QVERIFY(declared.rows >= 40 && declared.rows <= 200);
        QCOMPARE(store.rowCount(info->head.id), declared.rows);
        QCOMPARE(info->description, declared.description);
        QVERIFY2(!info->defaultScorers.isEmpty(), qPrintable(declared.name));
        bool hasExpected = false;
        for (const DatasetColumn &c : info->columns)
            hasExpected = hasExpected || c.role == ColumnRole::Expected;
        QVERIFY2(hasExpected, qPrintable(declared.name));
    }
}

void TestDemoBuilder::promptsHaveVersionsLabelsAndLinks()
{
    PromptStore store(m_ws->database());
    QCOMPARE(store.list().size(), 3);
    StoreError error;
    const std::optional<PromptVersion> production = store.resolve(u"support-intent@production"_s, &error);
    QVERIFY2(production, qPrintable(error.message));
    QCOMPARE(production->number, 3);
    QCOMPARE(production->content.kind, PromptContent::Kind::Chat);
    QCOMPARE(store.history(production->promptId).size(), 3);
    QVERIFY(store.resolve(u"en-ko-translate@2"_s, &error));
    QVERIFY(store.resolve(u"news-brief@production"_s, &error));
    QCOMPARE(m_report.promptVersions, 7);
}

void TestDemoBuilder::everyRunColumnHasResultsAndScores()
{
    RunStore runs(m_ws->database());
    const QList<RunInfo> list = runs.list();
    QCOMPARE(list.size(), m_manifest->runs.size());
    for (const RunInfo &run : list) {
        QCOMPARE(run.status, u"completed"_s);
        QVERIFY(!run.finishedAt.isEmpty());
        const QList<ColumnSummary> columns = summaries(run.name);
        QVERIFY(columns.size() >= 4);
        for (const ColumnSummary &c : columns) {
            const QString what = run.name + u' ' + c.promptName + u'@' + QString::number(c.promptVersion) + u' ' + c.model;
            QVERIFY2(c.cases > 0, qPrintable(what));
            QCOMPARE(c.ok, c.cases);           // every case answered, none an error
            QCOMPARE(c.pending, 0);
            QCOMPARE(c.judged, c.cases);       // and every answer scored
            QVERIFY2(c.scorers.size() >= 2, qPrintable(what));
            QVERIFY2(c.latencyMs.count == c.cases && c.latencyMs.mean > 100, qPrintable(what));
            QVERIFY2(c.priced == c.cases && c.cost > 0, qPrintable(what));
            QVERIFY(c.model.startsWith(u"sample-model-"_s));
        }
    }
}

void TestDemoBuilder::laterIntentVersionsPassMoreOften()
{
    QHash<QString, double> rate;   // "version model" -> pass rate
    for (const ColumnSummary &c : summaries(u"Support intents: v1-v3 on two sample models"_s))
        rate.insert(QString::number(c.promptVersion) + u' ' + c.model, c.passRate.value_or(-1));
    for (const QString &model : std::as_const(m_manifest->models)) {
        const double v1 = rate.value(u"1 "_s + model, -1), v2 = rate.value(u"2 "_s + model, -1),
                     v3 = rate.value(u"3 "_s + model, -1);
        QVERIFY2(v1 >= 0 && v3 >= 0, qPrintable(model));
        QVERIFY2(v2 > v1 && v3 > v2, qPrintable(u"%1: %2 %3 %4"_s.arg(model).arg(v1).arg(v2).arg(v3)));
        QVERIFY2(v3 - v1 > 0.3, qPrintable(model));
    }
}

void TestDemoBuilder::sampleModelsDiffer()
{
    for (const QString &runName : {u"EN→KO: v1-v2 on two sample models"_s, u"News briefs: v1-v2 on two sample models"_s}) {
        const QList<ColumnSummary> columns = summaries(runName);
        QHash<int, QList<double>> byVersion;
        for (const ColumnSummary &c : columns)
            byVersion[c.promptVersion].append(c.meanScore.value_or(-1));
        for (auto it = byVersion.begin(); it != byVersion.end(); ++it) {
            QCOMPARE(it.value().size(), 2);
            QVERIFY2(!qFuzzyCompare(it.value().at(0), it.value().at(1)), qPrintable(runName));
        }
    }
}

void TestDemoBuilder::votesArePresent()
{
    Database &db = m_ws->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM judgements"), qint64(m_report.judgements));
    QVERIFY(db.queryInt("SELECT count(*) FROM judgements WHERE kind = 'preference'") >= 5);
    QVERIFY(db.queryInt("SELECT count(*) FROM judgements WHERE kind = 'rating'") >= 3);
    // A preference compares two answers to the same row of the same run.
    QCOMPARE(db.queryInt("SELECT count(*) FROM judgements j JOIN run_cases a ON a.id = j.case_a "
                         "JOIN run_cases b ON b.id = j.case_b WHERE a.row_id <> b.row_id OR a.run_id <> j.run_id "
                         "OR b.run_id <> j.run_id"),
             qint64(0));
}

void TestDemoBuilder::fileIsIntactAndCompact()
{
    QCOMPARE(m_ws->database().queryText("PRAGMA integrity_check"), u"ok"_s);
    QCOMPARE(m_ws->database().queryInt("PRAGMA freelist_count"), qint64(0));
    QVERIFY(!QFile::exists(m_path + u".partial"_s));
    QVERIFY2(m_report.bytes < 8 * 1024 * 1024, "the demo should stay small enough to ship");
}

void TestDemoBuilder::shippedFileIsReadWithoutJournalFiles()
{
    // Header bytes 18-19: 1 = rollback journal, 2 = WAL.
    QCOMPARE(int(m_built.at(18)), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.lathe"_s);
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(m_built) == m_built.size());
    copy.close();
    {
        Workspace::OpenOptions options;
        options.readOnly = true;
        WorkspaceError error;
        const std::unique_ptr<Workspace> ws = Workspace::open(path, options, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->stats().runs, qint64(m_report.runs));
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
    {
        WorkspaceError error;   // a writable copy works in WAL mode, as every Lathe file
        const std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
        QVERIFY2(ws && !ws->isReadOnly(), qPrintable(error.message));
        QCOMPARE(ws->database().queryText("PRAGMA journal_mode"), u"wal"_s);
    }
}

void TestDemoBuilder::brokenSourceLeavesNoFile()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"demo"_s);
    QVERIFY(copyTree(QStringLiteral(LATHE_DEMO_SOURCE), source));
    // One stored output row is missing: the build must fail and say which file.
    const QString outputs = m_manifest->outputsPath(u"news-brief"_s, 2, u"sample-model-b"_s)
                                .replace(m_manifest->folder, source);
    QFile f(outputs);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    lines.removeFirst();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join('\n'));
    f.close();

    const QString out = dir.filePath(u"broken.lathe"_s);
    QString error;
    QVERIFY(!DemoBuilder(source).build(out, false, &error));
    QVERIFY2(error.contains(u"news-brief.v2.sample-model-b"_s) && error.contains(u"S001"_s), qPrintable(error));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + u".partial"_s));
}

void TestDemoBuilder::existingFileIsKeptUnlessForced()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"mine.lathe"_s);
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a demo");
    }
    const QByteArray before = sha256(out);
    QString error;
    QVERIFY(!DemoBuilder(QStringLiteral(LATHE_DEMO_SOURCE)).build(out, false, &error));
    QVERIFY2(error.contains(u"--force"_s), qPrintable(error));
    QCOMPARE(sha256(out), before);
    QVERIFY2(DemoBuilder(QStringLiteral(LATHE_DEMO_SOURCE)).build(out, true, &error), qPrintable(error));
    WorkspaceError wsError;
    QVERIFY(Workspace::open(out, &wsError));
}

void TestDemoBuilder::freshCopyIsWritableAndNew()
{
    QTemporaryDir dir;
    // builtPath() looks in ../share/lathe next to the program's folder.
    QVERIFY(QDir().mkpath(dir.filePath(u"bin"_s)));
    QVERIFY(DemoWorkspace::builtPath(dir.filePath(u"bin"_s)).isEmpty());
    QVERIFY(QDir().mkpath(dir.filePath(u"share/lathe"_s)));
    const QString installed = dir.filePath(u"share/lathe/demo.lathe"_s);
    QVERIFY(QFile::copy(m_path, installed));
    QVERIFY(QFile::setPermissions(installed, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(DemoWorkspace::builtPath(dir.filePath(u"bin"_s)), QFileInfo(installed).canonicalFilePath());

    QString error;
    const QString first = DemoWorkspace::freshCopy(installed, &error, dir.filePath(u"copies"_s));
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    const QString second = DemoWorkspace::freshCopy(installed, &error, dir.filePath(u"copies"_s));
    QVERIFY(!second.isEmpty() && second != first);
    WorkspaceError wsError;
    std::unique_ptr<Workspace> ws = Workspace::open(first, &wsError);
    QVERIFY2(ws, qPrintable(wsError.message));
    QVERIFY(!ws->isReadOnly());
    QCOMPARE(ws->stats().runs, qint64(m_report.runs));

    QVERIFY(DemoWorkspace::freshCopy(dir.filePath(u"missing.lathe"_s), &error, dir.filePath(u"copies"_s)).isEmpty());
    QVERIFY(error.contains(u"not installed"_s));
}

QList<ColumnSummary> TestDemoBuilder::summaries(const QString &runName)
{
    RunStore runs(m_ws->database());
    for (const RunInfo &run : runs.list())
        if (run.name == runName)
            return RunAggregator().summarize(runs.columns(run.id), AggregateQuery(m_ws->database()).cases(run.id));
    qWarning("no run named %s", qPrintable(runName));
    return {};
}

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "tst_demobuilder.moc"
