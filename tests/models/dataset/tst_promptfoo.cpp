// promptfoo test files: the __expected shorthand, CSV special columns, YAML and JSONL test
// lists (vars, assert, description, metadata), configs with tests and defaultTest, errors.
#include "datasettesthelpers.h"

#include "dataset/promptfooassertion.h"

#include <QTest>

using namespace lathe;
using namespace lathe::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestPromptfoo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assertionShorthand_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("assertion");
        QTest::newRow("plain is equals") << u"Paris"_s << q("{'type': 'equals', 'value': 'Paris'}");
        QTest::newRow("contains") << u"contains: refund"_s << q("{'type': 'contains', 'value': ' refund'}");
        QTest::newRow("icontains no space") << u"icontains:REFUND"_s << q("{'type': 'icontains', 'value': 'REFUND'}");
        QTest::newRow("negated") << u"not-contains:sorry"_s << q("{'type': 'not-contains', 'value': 'sorry'}");
        QTest::newRow("contains-all list") << u"contains-all: a, b ,c"_s
                                           << q("{'type': 'contains-all', 'value': ['a', 'b', 'c']}");
        QTest::newRow("similar threshold") << u"similar(0.9):hello"_s
                                           << q("{'type': 'similar', 'value': 'hello', 'threshold': 0.9}");
        QTest::newRow("similar default") << u"similar:hello"_s
                                         << q("{'type': 'similar', 'value': 'hello', 'threshold': 0.8}");
        QTest::newRow("starts-with default") << u"starts-with:Dear"_s
                                             << q("{'type': 'starts-with', 'value': 'Dear', 'threshold': 0.75}");
        QTest::newRow("is-json without value") << u"is-json"_s << q("{'type': 'is-json'}");
        QTest::newRow("grade") << u"grade: is polite"_s << q("{'type': 'llm-rubric', 'value': ' is polite'}");
        QTest::newRow("llm-rubric") << u"llm-rubric:short"_s << q("{'type': 'llm-rubric', 'value': 'short'}");
        QTest::newRow("fn") << u"fn: output.length < 10"_s << q("{'type': 'javascript', 'value': 'output.length < 10'}");
        QTest::newRow("python") << u"python: len(output) < 10"_s << q("{'type': 'python', 'value': 'len(output) < 10'}");
        QTest::newRow("python file") << u"file://check.py"_s << q("{'type': 'python', 'value': 'check.py'}");
        QTest::newRow("regex with colon") << u"regex:^a:b$"_s << q("{'type': 'regex', 'value': '^a:b$'}");
        QTest::newRow("unknown type is equals") << u"frobnicate: x"_s << q("{'type': 'equals', 'value': 'frobnicate: x'}");
    }

    void assertionShorthand()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, assertion);
        QCOMPARE(PromptfooAssertion::fromString(cell), obj(assertion));
    }

    void csvSpecialColumns()
    {
        const QByteArray csv = "question,__expected1,__expected2,__description,__metadata:source,__metric\n"
                               "What is 2+2?,4,contains:four,arithmetic,kb,accuracy\n"
                               "Say hi,icontains:hello,,greeting,chat,\n"_ba;
        const ReadResult r = readAll(csv, u"tests.csv"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.format, DatasetFormat::Promptfoo);
        // Every column is kept, so the file round-trips; the asserts also become scorers.
        QCOMPARE(r.columns.size(), 6);
        QCOMPARE(r.rows.at(0).value(u"__expected1"_s).toString(), u"4"_s);
        QCOMPARE(r.scorers.at(0),
                 arr(q("[{'type': 'equals', 'value': '4', 'metric': 'accuracy'},"
                       " {'type': 'contains', 'value': 'four', 'metric': 'accuracy'}]")));
        QCOMPARE(r.scorers.at(1), arr(q("[{'type': 'icontains', 'value': 'hello'}]")));
    }

    // A plain CSV (no __ columns) is not promptfoo and has no scorers.
    void plainCsvIsNotPromptfoo()
    {
        const ReadResult r = readAll("q,expected\na,b\n"_ba, u"t.csv"_s);
        QCOMPARE(r.format, DatasetFormat::Csv);
        QVERIFY(r.scorers.at(0).isEmpty());
    }

    void yamlList()
    {
        const QByteArray yaml = "# promptfoo tests\n"
                                "- description: refund request\n"
                                "  vars:\n"
                                "    question: Where is my refund?\n"
                                "    context:\n"
                                "      order: 1234\n"
                                "      items: [book, pen]\n"
                                "    count: 3\n"
                                "    quoted: \"007\"\n"
                                "    flag: true\n"
                                "    empty:\n"
                                "  assert:\n"
                                "    - type: contains\n"
                                "      value: refund\n"
                                "    - type: llm-rubric\n"
                                "      value: is polite\n"
                                "  metadata:\n"
                                "    source: tickets\n"
                                "- vars:\n"
                                "    question: Hello\n"
                                "    answer: |\n"
                                "      multi\n"
                                "      line\n"
                                "  options: {provider: openai}\n"_ba;
        const ReadResult r = readAll(yaml, u"tests.yaml"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.format, DatasetFormat::Promptfoo);
        // vars in file order (not sorted), then the special columns as they appear.
        QCOMPARE(r.columns, (QStringList{u"__description"_s, u"question"_s, u"context"_s, u"count"_s, u"quoted"_s,
                                         u"flag"_s, u"empty"_s, u"__metadata:source"_s, u"answer"_s, u"__options"_s}));
        const QJsonObject first = r.rows.at(0);
        QCOMPARE(first.value(u"question"_s).toString(), u"Where is my refund?"_s);
        QCOMPARE(first.value(u"context"_s).toObject(), obj(q("{'order': 1234, 'items': ['book', 'pen']}")));
        QCOMPARE(first.value(u"count"_s), QJsonValue(3));
        QCOMPARE(first.value(u"quoted"_s), QJsonValue(u"007"_s));   // quoted scalars stay strings
        QCOMPARE(first.value(u"flag"_s), QJsonValue(true));
        QVERIFY(first.value(u"empty"_s).isNull());
        QCOMPARE(first.value(u"__metadata:source"_s).toString(), u"tickets"_s);
        QCOMPARE(r.scorers.at(0), arr(q("[{'type': 'contains', 'value': 'refund'},"
                                        " {'type': 'llm-rubric', 'value': 'is polite'}]")));
        QCOMPARE(r.rows.at(1).value(u"answer"_s).toString(), u"multi\nline\n"_s);
        QCOMPARE(r.rows.at(1).value(u"__options"_s).toObject(), obj(q("{'provider': 'openai'}")));
        QVERIFY(r.scorers.at(1).isEmpty());
    }

    void yamlConfigWithDefaultTest()
    {
        const QByteArray yaml = "prompts: [prompt.txt]\n"
                                "defaultTest:\n"
                                "  assert:\n"
                                "    - type: latency\n"
                                "      threshold: 5000\n"
                                "tests:\n"
                                "  - vars: {city: Paris}\n"
                                "  - vars: {city: Seoul}\n"_ba;
        const ReadResult r = readAll(yaml, u"promptfooconfig.yaml"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(1).value(u"city"_s).toString(), u"Seoul"_s);
        QCOMPARE(r.defaultScorers, arr(q("[{'type': 'latency', 'threshold': 5000}]")));
    }

    void jsonlTests()
    {
        const QByteArray jsonl = q("{'vars': {'b': 1, 'a': {'x': [1]}}, 'assert': [{'type': 'equals', 'value': '1'}]}\n"
                                   "{'vars': {'a': 2}, 'description': 'second'}\n");
        const ReadResult r = readAll(jsonl, u"tests.jsonl"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.format, DatasetFormat::Promptfoo);
        QCOMPARE(r.columns, (QStringList{u"b"_s, u"a"_s, u"__description"_s}));
        QCOMPARE(r.rows.at(0).value(u"a"_s).toObject(), obj(q("{'x': [1]}")));
        QCOMPARE(r.scorers.at(0), arr(q("[{'type': 'equals', 'value': '1'}]")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("error");
        QTest::newRow("yaml syntax") << "- vars:\n    a: [1, 2\n- vars: {}\n"_ba << u"t.yaml"_s
                                     << u"t.yaml:3:7: invalid YAML: end of sequence flow not found"_s;
        QTest::newRow("yaml bad indentation") << "- vars:\n    a: 1\n   b: 2\n"_ba << u"t.yaml"_s
                                              << u"t.yaml:3:4: invalid YAML: end of map not found"_s;
        QTest::newRow("yaml not a list") << "just text\n"_ba << u"t.yaml"_s << u"t.yaml:1:1: expected a list of tests"_s;
        QTest::newRow("yaml tests elsewhere") << "tests: file://tests.csv\n"_ba << u"t.yaml"_s
                                              << u"t.yaml:1:8: the tests are in another file (file://tests.csv); "
                                                 "import that file instead"_s;
        QTest::newRow("yaml test not a mapping") << "- vars: {a: 1}\n- hello\n"_ba << u"t.yaml"_s
                                                 << u"t.yaml:2:3: expected a test (a mapping with vars, assert, "
                                                    "description...)"_s;
        QTest::newRow("yaml vars not a mapping") << "- vars: [1, 2]\n"_ba << u"t.yaml"_s
                                                 << u"t.yaml:1:3: \"vars\" must be a mapping of variable names to "
                                                    "values"_s;
        QTest::newRow("yaml assert not a list") << "- assert: {type: equals}\n"_ba << u"t.yaml"_s
                                                << u"t.yaml:1:3: \"assert\" must be a list of assertions"_s;
        QTest::newRow("yaml empty") << "\n\n"_ba << u"t.yaml"_s << u"t.yaml:3:1: the file is empty"_s;
        QTest::newRow("yaml invalid UTF-8") << "- vars: {a: \"caf\xE9\"}\n"_ba << u"t.yaml"_s
                                            << u"t.yaml:1:17: invalid UTF-8 (byte 0xE9); save the file as UTF-8"_s;
        QTest::newRow("yaml position after BOM and non-ASCII")
            << "\xEF\xBB\xBF- vars: {a: \"한국\"}\n- vars: [x]\n"_ba << u"t.yaml"_s
            << u"t.yaml:2:3: \"vars\" must be a mapping of variable names to values"_s;
        QTest::newRow("csv expected, ragged") << "q,__expected\na,b,c\n"_ba << u"t.csv"_s
                                              << u"t.csv:2:5: row has 3 fields but the header has 2"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fileName);
        QFETCH(QString, error);
        const ReadResult r = readAll(input, fileName);
        QVERIFY(r.error);
        QCOMPARE(r.errorText(), error);
    }

    void yamlAliasBombIsRefused()
    {
        QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i)
            yaml += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                        .arg(i).arg(i - 1).toUtf8();
        yaml += "tests:\n  - vars: {big: *a8}\n";
        const ReadResult r = readAll(yaml, u"bomb.yaml"_s);
        QVERIFY(r.error);
        QVERIFY2(r.error.message.contains(u"too many values"_s), qPrintable(r.errorText()));
    }
};

QTEST_APPLESS_MAIN(TestPromptfoo)
#include "tst_promptfoo.moc"
