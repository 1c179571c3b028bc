// Custom JavaScript scorers: what a script receives and may return, promptfoo's expression
// shorthand, the sandbox (no file, network or module access; no state kept between calls), the
// time limit, and errors reported per case.
#include "evaltest.h"
#include "scorertest.h"

#include "eval/scorers/jsscorer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

// A javascript scorer spec; `more` holds extra keys as a JSON object's members, e.g.
// R"("threshold": 0.5)" (a "type" there replaces javascript).
QByteArray js(const QString &code, const QByteArray &more = {})
{
    QJsonObject o{{u"type"_s, u"javascript"_s}, {u"value"_s, code}};
    const QJsonObject extra = QJsonDocument::fromJson("{" + more + "}").object();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ScoreResult runJs(const QString &code, const ScoringInput &in, const QByteArray &more = {})
{
    QString error;
    const std::unique_ptr<Scorer> s = makeScorer(js(code, more), &error);
    if (!s)
        return ScoreResult::error(u"create: "_s + error);
    return s->score(in);
}

} // namespace

class TestJsScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnShapes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("more");
        QTest::addColumn<int>("pass");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const QString &code, const QByteArray &more, int pass, double value,
                            const QString &reason) { QTest::newRow(name) << code << more << pass << value << reason; };
        row("expression true", u"output.includes('Paris')"_s, {}, 1, 1, {});
        row("expression false", u"output.length > 100"_s, {}, 0, 0, u"the script returned false"_s);
        row("not- inverts", u"output.length > 100"_s, R"("type": "not-javascript")", 1, 1, {});
        row("declaration then expression", u"const n = output.split(' ').length; n === 4;"_s, {}, 1, 1, {});
        row("explicit return", u"return expected === 'Paris'"_s, {}, 1, 1, {});
        row("number above 0", u"0.4"_s, {}, 1, 0.4, {});
        row("number 0", u"0"_s, {}, 0, 0, u"the script returned false"_s);
        row("number under threshold", u"0.4"_s, R"("threshold": 0.5)", 0, 0.4, {});
        row("object", u"({pass: false, score: 0.25, reason: 'too short'})"_s, {}, 0, 0.25, u"too short"_s);
        row("object score only", u"({score: 0.9})"_s, R"("threshold": 0.8)", 1, 0.9, {});
        row("multi-line body", u"const words = output.split(/\\s+/);\nif (words.length < 2)\n  return {pass: false, score: 0, reason: 'one word'};\nreturn {pass: true, score: 1};"_s,
            {}, 1, 1, {});
        row("vars and context", u"vars.city === 'Paris' && context.vars.n === 2 && context.references.length === 2 && context.latencyMs === 120"_s,
            {}, 1, 1, {});
        row("config", u"context.config.want === output"_s, R"("config": {"want": "The capital is Paris"})", 1, 1, {});
    }

    void returnShapes()
    {
        QFETCH(QString, code);
        QFETCH(QByteArray, more);
        QFETCH(int, pass);
        QFETCH(double, value);
        QFETCH(QString, reason);
        ScoringInput in = outputOnly(u"The capital is Paris"_s, {u"Paris"_s, u"Paris, France"_s});
        in.vars = {{u"city"_s, u"Paris"_s}, {u"n"_s, 2}};
        in.latencyMs = 120;
        const ScoreResult r = runJs(code, in, more);
        QVERIFY2(r.status == ScoreResult::Status::Scored, qPrintable(r.reason));
        QCOMPARE(r.pass, std::optional<bool>(pass == 1));
        LATHE_COMPARE_NEAR(r.value, value, 1e-12);
        if (!reason.isEmpty())
            QCOMPARE(r.reason, reason);
    }

    void sandboxRefusesTheOutsideWorld_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("require") << u"require('fs').readFileSync('/etc/passwd')"_s;
        QTest::newRow("XMLHttpRequest") << u"new XMLHttpRequest()"_s;
        QTest::newRow("fetch") << u"fetch('http://127.0.0.1/')"_s;
        QTest::newRow("Qt object") << u"Qt.include('/etc/passwd')"_s;
        QTest::newRow("process") << u"process.env.HOME"_s;
        QTest::newRow("console") << u"console.log('x')"_s;
        QTest::newRow("Atomics") << u"Atomics.wait(new Int32Array(4), 0, 0)"_s;
    }

    void sandboxRefusesTheOutsideWorld()
    {
        QFETCH(QString, code);
        const ScoreResult r = runJs(code, outputOnly(u"x"_s));
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QVERIFY2(r.reason.contains(u"ReferenceError"_s), qPrintable(r.reason));
    }

    void noModuleImports()
    {
        // A dynamic import() is not even valid syntax in a scorer: it fails at creation.
        QTemporaryDir dir;
        QFile f(dir.filePath(u"secret.mjs"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("export default 42;\n");
        f.close();
        QString error;
        QVERIFY(!makeScorer(js(u"import('"_s + f.fileName() + u"')"_s), &error));
        QVERIFY2(error.contains(u"syntax error"_s), qPrintable(error));
        QVERIFY(!makeScorer(js(u"file://check.js"_s), &error));
        QVERIFY2(error.contains(u"not loaded"_s), qPrintable(error));
    }

    void globalsAreFrozenBetweenCases()
    {
        // A script cannot leave state behind for the next case (or another scorer).
        const QString leak = u"globalThis_x = (typeof globalThis_x === 'undefined') ? 1 : 2; Array.prototype.evil = 1;\nreturn typeof globalThis_x === 'undefined' && [].evil === undefined;"_s;
        for (int i = 0; i < 3; ++i) {
            const ScoreResult r = runJs(leak, outputOnly(u"x"_s));
            QVERIFY2(r.status == ScoreResult::Status::Scored, qPrintable(r.reason));
            QCOMPARE(r.pass, std::optional<bool>(true));
        }
        const ScoreResult math = runJs(u"Math.max = function () { return 7; };\nreturn Math.max(1, 2) === 2;"_s, outputOnly(u"x"_s));
        QCOMPARE(math.pass, std::optional<bool>(true));
    }

    void runawayLoopIsInterrupted()
    {
        QElapsedTimer timer;
        timer.start();
        const ScoreResult r = runJs(u"while (true) {}\nreturn true;"_s, outputOnly(u"x"_s), R"("config": {"timeout_ms": 200})");
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QVERIFY2(r.reason.contains(u"limit of 200 ms"_s), qPrintable(r.reason));
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        // The engine is usable again afterwards.
        QCOMPARE(runJs(u"output === 'x'"_s, outputOnly(u"x"_s)).pass, std::optional<bool>(true));
    }

    void errorsAreCaseResults_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("runtime") << u"const a = null;\nreturn a.b;"_s << u"line 2: TypeError"_s;
        QTest::newRow("throw string") << u"const x = 1;\nthrow 'no';"_s << u"threw no"_s;
        QTest::newRow("throw error") << u"if (output)\n  throw new Error('bad case');"_s << u"Error: bad case"_s;
        QTest::newRow("undefined result") << u"const x = 1;\n"_s << u"must return"_s;
        QTest::newRow("string result") << u"'true'"_s << u"must return"_s;
        QTest::newRow("nan score") << u"({score: NaN})"_s << u"finite"_s;
        QTest::newRow("promise") << u"Promise.resolve(true)"_s << u"promise"_s;
        QTest::newRow("recursion") << u"function f() { return f(); }\nreturn f();"_s << u"RangeError"_s;
    }

    void errorsAreCaseResults()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        const ScoreResult r = runJs(code, outputOnly(u"x"_s));
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QCOMPARE(r.pass, std::optional<bool>(false));
        QVERIFY2(r.reason.contains(message), qPrintable(r.reason));
    }

    void syntaxErrorFailsCreation()
    {
        QString error;
        QVERIFY(!makeScorer(js(u"return (output"_s), &error));
        QVERIFY2(error.startsWith(u"JavaScript syntax error: line "_s), qPrintable(error));
        QVERIFY(!makeScorer(js(u"const a = ;\nreturn 1;"_s), &error));
        QVERIFY2(error.contains(u"line 1"_s), qPrintable(error));
        QVERIFY(!makeScorer(js(u"const a = 1;\nreturn a +;"_s), &error));
        QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
        QVERIFY(!makeScorer(js(u"1"_s, R"("config": {"timeout_ms": 0})"), &error));
        QVERIFY(error.contains(u"timeout_ms"_s));
    }

    void manyThreadsEachOwnEngine()
    {
        QString error;
        const std::unique_ptr<Scorer> s = makeScorer(js(u"let h = 0;\nfor (let i = 0; i < output.length; i++) h = (h * 31 + output.charCodeAt(i)) | 0;\nreturn {pass: true, score: h & 1};"_s), &error);
        QVERIFY2(s, qPrintable(error));
        QList<int> items(400);
        for (int i = 0; i < items.size(); ++i)
            items[i] = i;
        const QList<double> values = QtConcurrent::blockingMapped(items, [&](int i) {
            return s->score(outputOnly(u"case %1"_s.arg(i))).value;
        });
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(values[i], s->score(outputOnly(u"case %1"_s.arg(i))).value);
    }
};

QTEST_GUILESS_MAIN(TestJsScorer)
#include "tst_jsscorer.moc"
