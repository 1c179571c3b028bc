// JSON and JSON Lines reading: JsonParser's exact error offsets, nested values staying
// structured, member order, streaming JSON arrays, OpenAI Evals samples, and every malformed
// input reported at its exact line:column.
#include "datasettesthelpers.h"

#include "dataset/jsonparser.h"

#include <QTest>

using namespace lathe;
using namespace lathe::test;
using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes (moc misreads raw string literals full of double quotes).
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parserValues()
    {
        // (A plain literal: moc misreads raw strings that contain \".)
        JsonParser p(" {\"s\": \"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\", \"i\": 9007199254740993, \"neg\": -0,"
                     " \"d\": 0.1, \"e\": 1.5e3, \"t\": true, \"f\": false, \"n\": null,"
                     " \"o\": {\"z\": 1, \"a\": [1, {\"k\": []}]}} ");
        JsonParser::Members m;
        JsonParser::NestedKeys nested;
        QVERIFY2(p.parseObject(m, &nested), qPrintable(p.error().message));
        QCOMPARE(m.size(), 9);
        QCOMPARE(m.at(0).first, u"s"_s);
        QCOMPARE(m.at(0).second.toString(), u"a\"b\\c\né😀"_s);
        QCOMPARE(m.at(1).second.toInteger(), 9007199254740993LL);   // exact, not rounded to a double
        QCOMPARE(m.at(3).second.toDouble(), 0.1);
        QCOMPARE(m.at(4).second.toDouble(), 1500.0);
        QCOMPARE(m.at(5).second, QJsonValue(true));
        QVERIFY(m.at(7).second.isNull());
        QCOMPARE(m.at(8).second.toObject(), obj(q("{'z': 1, 'a': [1, {'k': []}]}")));
        QCOMPARE(nested.value(u"o"_s), (QStringList{u"z"_s, u"a"_s}));   // file order, not sorted
    }

    void parserErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("double comma") << q("{'a': 1,, 'b': 2}") << 8 << u"expected a member name in double quotes"_s;
        QTest::newRow("trailing comma") << q("{'a': 1,}") << 8 << u"trailing comma before '}'"_s;
        QTest::newRow("bad literal") << q("{'a': tru}") << 6
                                     << u"expected a value (a string, number, object, array, true, false or null)"_s;
        QTest::newRow("missing colon") << q("{'a' 1}") << 5 << u"expected ':' after the member name"_s;
        QTest::newRow("missing comma") << q("{'a': 1 'b': 2}") << 8 << u"expected ',' or '}' after an object member"_s;
        QTest::newRow("unterminated string") << q("{'a': 'xyz") << 10 << u"unterminated string opened at %1"_s;
        QTest::newRow("unterminated object") << q("{'a': [1, 2]") << 12 << u"unterminated object opened at %1"_s;
        QTest::newRow("bad escape") << q("{'a': '\\q'}") << 7 << u"invalid escape sequence '\\q'"_s;
        QTest::newRow("bad unicode escape") << q("{'a': '\\u12G4'}") << 7
                                            << u"invalid \\u escape (four hex digits expected)"_s;
        QTest::newRow("leading zero") << q("{'a': 01}") << 6 << u"invalid number (leading zero)"_s;
        QTest::newRow("huge number") << q("{'a': 1e999}") << 6 << u"number out of range"_s;
        QTest::newRow("garbage after") << q("{'a': 1} x") << 9 << u"unexpected text after the end of the JSON value"_s;
        QTest::newRow("array, not object") << q("[1]") << 0 << u"expected a JSON object, found an array"_s;
        QTest::newRow("control character") << "{\"a\": \"x\ty\"}"_ba << 8
                                           << u"control character in a string (escape it, e.g. \\t)"_s;
    }

    void parserErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(QString, message);
        JsonParser p(text);
        JsonParser::Members m;
        QVERIFY(!p.parseObject(m));
        QCOMPARE(p.error().message, message);
        QCOMPARE(int(p.error().offset), offset);
    }

    void parserDepthLimit()
    {
        const QByteArray deep = "{\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + '}';
        JsonParser p(deep);
        JsonParser::Members m;
        QVERIFY(!p.parseObject(m));
        QVERIFY(p.error().message.contains(u"nested"_s));
    }

    void jsonLines()
    {
        const ReadResult r = readAll("\xEF\xBB\xBF{\"q\": \"hi\", \"ctx\": {\"docs\": [1, 2]}, \"n\": 3}\r\n\n"
                                     "  \n{\"n\": 4.5, \"extra\": null, \"q\": \"second\"}"_ba,
                                     u"data.jsonl"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.format, DatasetFormat::Jsonl);
        QCOMPARE(r.columns, (QStringList{u"q"_s, u"ctx"_s, u"n"_s, u"extra"_s}));   // order of first appearance
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).value(u"ctx"_s).toObject(), obj(q("{'docs': [1, 2]}")));   // stays structured
        QCOMPARE(r.rows.at(0).value(u"n"_s).toInteger(), 3);
        QVERIFY(!r.rows.at(0).contains(u"extra"_s));   // absent, not empty
        QVERIFY(r.rows.at(1).value(u"extra"_s).isNull());
    }

    void jsonArray()
    {
        const ReadResult r = readAll("[\n  {\"a\": \"x]}\\\"{\", \"b\": [1, {\"c\": 2}]},\n  {\"a\": \"y\"}\n]\n"_ba,
                                     u"data.json"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.format, DatasetFormat::Json);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).value(u"a"_s).toString(), u"x]}\"{"_s);
        QCOMPARE(r.rows.at(0).value(u"b"_s).toArray(), arr(q("[1, {'c': 2}]")));
        QCOMPARE(readAll("[]"_ba, u"e.json"_s).rows.size(), 0);
        QVERIFY(!readAll("[]"_ba, u"e.json"_s).error);
    }

    // A .json file holding one object per line is read as JSON Lines.
    void jsonFileWithLines()
    {
        const ReadResult r = readAll("{\"a\": 1}\n{\"a\": 2}\n"_ba, u"data.json"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.rows.size(), 2);
    }

    void openAiEvals()
    {
        const QByteArray samples =
            q("{'input': [{'role': 'system', 'content': 'Answer briefly.'}, {'role': 'user', 'content': '2+2?'}], 'ideal': '4'}\n"
              "{'input': [{'role': 'user', 'content': 'Capital of France?'}], 'ideal': ['Paris', 'paris']}\n");
        const ReadResult r = readAll(samples, u"samples.jsonl"_s);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.format, DatasetFormat::OpenAiEvals);
        QCOMPARE(r.columns, (QStringList{u"input"_s, u"ideal"_s}));
        QCOMPARE(r.rows.at(0).value(u"input"_s).toArray().size(), 2);
        QCOMPARE(r.rows.at(0).value(u"input"_s).toArray().at(1).toObject().value(u"content"_s).toString(), u"2+2?"_s);
        QCOMPARE(r.rows.at(0).value(u"ideal"_s).toString(), u"4"_s);
        QCOMPARE(r.rows.at(1).value(u"ideal"_s).toArray(), arr(q("['Paris', 'paris']")));
    }

    void openAiEvalsErrors()
    {
        ReadResult r = readAll("{\"input\": \"x\", \"ideal\": \"y\"}\n{\"ideal\": \"y\"}\n"_ba, u"s.jsonl"_s,
                               DatasetFormat::OpenAiEvals);
        QCOMPARE(r.errorText(), u"s.jsonl:2:1: the sample has no \"input\""_s);
        r = readAll("{\"input\": [{\"content\": \"no role\"}], \"ideal\": \"y\"}\n"_ba, u"s.jsonl"_s,
                    DatasetFormat::OpenAiEvals);
        QVERIFY(r.errorText().startsWith(u"s.jsonl:1:1: \"input\" must be a prompt string or a list of chat messages"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("error");
        QTest::newRow("jsonl syntax") << "{\"a\": 1}\n{\"a\": 2,, }\n"_ba << u"d.jsonl"_s
                                      << u"d.jsonl:2:9: expected a member name in double quotes"_s;
        QTest::newRow("jsonl unterminated string")
            << "{\"a\": 1}\n\n{\"a\": \"héllo}\n{\"a\": 3}\n"_ba << u"d.jsonl"_s
            << u"d.jsonl:3:14: unterminated string opened at 3:7"_s;
        QTest::newRow("jsonl not an object") << "{\"a\": 1}\n[1, 2]\n"_ba << u"d.jsonl"_s
                                             << u"d.jsonl:2:1: expected a JSON object, found an array"_s;
        QTest::newRow("jsonl scalar") << "  42\n"_ba << u"d.jsonl"_s
                                      << u"d.jsonl:1:3: expected a JSON object, found a single value"_s;
        QTest::newRow("jsonl CRLF column") << "{\"a\": 1}\r\n{\"a\" 2}\r\n"_ba << u"d.jsonl"_s
                                           << u"d.jsonl:2:6: expected ':' after the member name"_s;
        QTest::newRow("jsonl invalid UTF-8") << "{\"a\": \"ok\"}\n{\"a\": \"\xC3\x28\"}\n"_ba << u"d.jsonl"_s
                                             << u"d.jsonl:2:8: invalid UTF-8 (byte 0xC3); save the file as UTF-8"_s;
        QTest::newRow("jsonl empty") << "\n  \n"_ba << u"d.jsonl"_s << u"d.jsonl:3:1: the file is empty"_s;
        QTest::newRow("jsonl binary") << "{\"a\": 1}\n\x00\x01\x02"_ba << u"d.jsonl"_s
                                      << u"d.jsonl:2:1: NUL byte: this looks like a binary file, not text"_s;
        QTest::newRow("array trailing comma") << "[\n {\"a\": 1},\n]\n"_ba << u"d.json"_s
                                              << u"d.json:3:1: trailing comma before ']'"_s;
        QTest::newRow("array missing comma") << "[{\"a\": 1}\n {\"a\": 2}]"_ba << u"d.json"_s
                                             << u"d.json:2:2: expected ',' or ']' after an array element"_s;
        QTest::newRow("array element error") << "[\n  {\"a\": 1},\n  {\"a\":\n    nope}\n]"_ba << u"d.json"_s
                                             << u"d.json:4:5: expected a value (a string, number, object, array, "
                                                "true, false or null)"_s;
        QTest::newRow("array unterminated") << "[{\"a\": 1}, {\"b\": [1, 2"_ba << u"d.json"_s
                                            << u"d.json:1:23: unterminated array opened at 1:18"_s;
        QTest::newRow("array never closed") << "[{\"a\": 1},\n"_ba << u"d.json"_s
                                            << u"d.json:2:1: unterminated array opened at 1:1"_s;
        QTest::newRow("array of scalars") << "[1, 2]"_ba << u"d.json"_s
                                          << u"d.json:1:2: expected an object (each element of the array is one row)"_s;
        QTest::newRow("text after array") << "[{\"a\": 1}]\n]"_ba << u"d.json"_s
                                          << u"d.json:2:1: unexpected text after the end of the JSON array"_s;
        QTest::newRow("json not an array") << "\"hello\""_ba << u"d.json"_s
                                           << u"d.json:1:1: expected a JSON array of objects"_s;
        QTest::newRow("json empty") << ""_ba << u"d.json"_s << u"d.json:1:1: the file is empty"_s;
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
};

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
