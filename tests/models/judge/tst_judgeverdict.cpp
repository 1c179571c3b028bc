// Reading LLM judges' replies: strict JSON, JSON in code fences and in prose, plain-text
// verdicts, closed-QA Y/N, factuality categories, and replies that are no verdict at all
// (an error quoting the reply, never a crash).
#include "eval/judge/judgeverdict.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

static QString j(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

using Format = JudgeVerdict::Format;
Q_DECLARE_METATYPE(lathe::JudgeVerdict::Format)

class TestJudgeVerdict final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("pass");        // -1: not given
        QTest::addColumn<double>("score");    // -1: not given
        QTest::addColumn<QString>("reason");  // the start of the reason
        QTest::addColumn<QString>("category");

        QTest::newRow("strict json") << j(R"({"reason": "Polite and short.", "score": 0.8, "pass": true})")
                                     << Format::Rubric << u"json"_s << 1 << 0.8 << u"Polite and short."_s << QString();
        QTest::newRow("json, padded") << u"\n  {\"pass\": false, \"score\": 0, \"reason\": \"rude\"}  \n"_s
                                      << Format::Rubric << u"json"_s << 0 << 0.0 << u"rude"_s << QString();
        QTest::newRow("pass as text") << j(R"({"pass": "FAIL", "score": "0.25", "reasoning": "misses the date"})")
                                      << Format::Rubric << u"json"_s << 0 << 0.25 << u"misses the date"_s << QString();
        QTest::newRow("score only") << j(R"({"score": 1, "reason": "ok"})")
                                    << Format::Rubric << u"json"_s << -1 << 1.0 << u"ok"_s << QString();
        QTest::newRow("verdict key") << j(R"({"verdict": "pass", "explanation": "fine"})")
                                     << Format::Rubric << u"json"_s << 1 << -1.0 << u"fine"_s << QString();
        QTest::newRow("fenced") << u"Here is my verdict:\n```json\n{\"reason\": \"good\", \"score\": 0.9, \"pass\": true}\n```\nThanks."_s
                                << Format::Rubric << u"fenced"_s << 1 << 0.9 << u"good"_s << QString();
        QTest::newRow("fence without language") << u"```\n{\"pass\": false, \"reason\": \"no\"}\n```"_s
                                                << Format::Rubric << u"fenced"_s << 0 << -1.0 << u"no"_s << QString();
        QTest::newRow("embedded in prose") << u"I think {this} matters. {\"reason\": \"a {brace} in text\", \"pass\": true, \"score\": 0.5} Done."_s
                                           << Format::Rubric << u"embedded"_s << 1 << 0.5 << u"a {brace} in text"_s << QString();
        QTest::newRow("unbalanced brace first") << u"Note: { is odd. {\"pass\": true, \"score\": 1}"_s
                                                << Format::Rubric << u"embedded"_s << 1 << 1.0 << QString() << QString();
        QTest::newRow("prose PASS") << u"The answer addresses every point. Score: 0.75\nVerdict: PASS"_s
                                    << Format::Rubric << u"text"_s << 1 << 0.75 << u"The answer addresses"_s << QString();
        QTest::newRow("prose last word wins") << u"It could FAIL on style, but overall it is a PASS."_s
                                              << Format::Rubric << u"text"_s << 1 << -1.0 << u"It could FAIL"_s << QString();
        QTest::newRow("labelled lower case") << u"verdict: fail (the tone is rude)"_s
                                             << Format::Rubric << u"text"_s << 0 << -1.0 << u"verdict: fail"_s << QString();
        QTest::newRow("korean reason") << j(R"({"reason": "정중하고 간결합니다.", "score": 1, "pass": true})")
                                       << Format::Rubric << u"json"_s << 1 << 1.0 << u"정중하고"_s << QString();
        QTest::newRow("closedqa Y") << u"The submission names Paris as asked.\nY"_s
                                    << Format::ClosedQa << u"text"_s << 1 << -1.0 << u"The submission"_s << QString();
        QTest::newRow("closedqa N") << u"It does not mention the date. N"_s
                                    << Format::ClosedQa << u"text"_s << 0 << -1.0 << u"It does not"_s << QString();
        QTest::newRow("closedqa json") << j(R"({"reason": "meets it", "pass": true})")
                                       << Format::ClosedQa << u"json"_s << 1 << -1.0 << u"meets it"_s << QString();
        QTest::newRow("factuality json") << j(R"({"category": "B", "reason": "adds detail"})")
                                         << Format::Factuality << u"json"_s << -1 << -1.0 << u"adds detail"_s << u"B"_s;
        QTest::newRow("factuality (D) text") << j(R"({"category": "(d) disagrees"})")
                                             << Format::Factuality << u"json"_s << -1 << -1.0 << QString() << u"D"_s;
        QTest::newRow("factuality prose") << u"The output says the same thing. The answer is (C)."_s
                                          << Format::Factuality << u"text"_s << -1 << -1.0 << u"The output"_s << u"C"_s;
        QTest::newRow("factuality named") << u"Category: A - a subset"_s
                                          << Format::Factuality << u"text"_s << -1 << -1.0 << u"Category"_s << u"A"_s;
    }

    void verdicts()
    {
        QFETCH(QString, reply);
        QFETCH(Format, format);
        QFETCH(QString, method);
        QFETCH(int, pass);
        QFETCH(double, score);
        QFETCH(QString, reason);
        QFETCH(QString, category);
        const JudgeVerdict v = JudgeVerdict::parse(reply, format);
        QVERIFY2(v.ok, qPrintable(v.error));
        QCOMPARE(v.method, method);
        QCOMPARE(v.pass.has_value(), pass >= 0);
        if (pass >= 0)
            QCOMPARE(*v.pass, pass == 1);
        QCOMPARE(v.score.has_value(), score >= 0);
        if (score >= 0)
            QCOMPARE(*v.score, score);
        QVERIFY2(v.reason.startsWith(reason), qPrintable(v.reason));
        QCOMPARE(v.category, category);
    }

    void notVerdicts_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("quoted");   // what the error must quote ("" = nothing)

        QTest::newRow("empty") << u"  \n "_s << Format::Rubric << QString();
        QTest::newRow("cut-off json") << j("{\"reason\": \"The output contains") << Format::Rubric << j("{\"reason\": \"The output contains");
        QTest::newRow("json without verdict") << j(R"({"echo": "hello"})") << Format::Rubric << u"echo"_s;
        QTest::newRow("chatter") << u"I'm not sure what you want me to do here."_s << Format::Rubric << u"I'm not sure"_s;
        QTest::newRow("factuality without letter") << u"They agree, mostly."_s << Format::Factuality << u"They agree"_s;
        QTest::newRow("closedqa ambiguous") << u"Maybe."_s << Format::ClosedQa << u"Maybe."_s;
    }

    void notVerdicts()
    {
        QFETCH(QString, reply);
        QFETCH(Format, format);
        QFETCH(QString, quoted);
        const JudgeVerdict v = JudgeVerdict::parse(reply, format);
        QVERIFY(!v.ok);
        QVERIFY(!v.error.isEmpty());
        QVERIFY2(v.error.contains(quoted), qPrintable(v.error));
    }

    void longReplyIsQuotedShort()
    {
        const QString reply = u"blah "_s.repeated(10000);
        const JudgeVerdict v = JudgeVerdict::parse(reply, Format::Rubric);
        QVERIFY(!v.ok);
        QVERIFY2(v.error.size() < 400, qPrintable(v.error));
        QVERIFY(v.error.contains(u'…'));
    }

    void hugeReplyIsReadQuickly()
    {
        // Many opening braces and fences: the scan stays bounded.
        const QString reply = u"{ ``` "_s.repeated(100000) + u"{\"pass\": true}"_s;
        QElapsedTimer t;
        t.start();
        const JudgeVerdict v = JudgeVerdict::parse(reply, Format::Rubric);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        Q_UNUSED(v)
    }
};

QTEST_APPLESS_MAIN(TestJudgeVerdict)
#include "tst_judgeverdict.moc"
