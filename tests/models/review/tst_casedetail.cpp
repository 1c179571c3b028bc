// CaseDetail: everything stored about a planted case (prompt messages from the request body,
// output, expected and variable values, every score, measurements, raw bodies), an error case,
// and the request formats of the providers.
#include "reviewfixture.h"

#include "review/casedetail.h"
#include "workspace/judgementstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestCaseDetail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reviewfixture::Run m_run;

private Q_SLOTS:
    void initTestCase()
    {
        m_run = reviewfixture::create(m_dir.filePath(u"review.lathe"_s), 3);
        QVERIFY(m_run.ws);
    }

    void plantedCase()
    {
        QString error;
        const auto d = CaseDetail::load(m_run.ws->database(), m_run.caseAt(0, 1), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->caseId(), m_run.caseAt(0, 1));
        QCOMPARE(d->columnLabel(), u"qa@2 · model-b"_s);
        QVERIFY(!d->isPending());
        QVERIFY(!d->isError());
        QCOMPARE(d->output(), u"The capital is Lyon."_s);
        QCOMPARE(d->expectedText(), u"The capital is Paris."_s);
        QCOMPARE(d->expected().size(), 1);
        QCOMPARE(d->expected()[0].name, u"answer"_s);
        QCOMPARE(d->variables().size(), 1);   // metadata is not a variable
        QCOMPARE(d->variables()[0].name, u"question"_s);
        QCOMPARE(d->variables()[0].value, u"Capital of France?"_s);

        QCOMPARE(d->messages().size(), 2);
        QCOMPARE(d->messages()[0].role, u"system"_s);
        QCOMPARE(d->messages()[0].content, u"Answer briefly."_s);
        QCOMPARE(d->messages()[1].role, u"user"_s);
        QCOMPARE(d->messages()[1].content, u"Capital of France?"_s);

        QCOMPARE(d->scores().size(), 2);
        QCOMPARE(d->scores()[0].scorer, u"equals"_s);
        QCOMPARE(d->scores()[0].pass, std::optional<bool>(false));
        QCOMPARE(d->scores()[0].reason, u"expected \"The capital is Paris.\""_s);
        QCOMPARE(d->scores()[1].scorer, u"similarity"_s);
        QCOMPARE(d->scores()[1].value, std::optional<double>(0.5));
        QCOMPARE(d->scores()[1].pass, std::nullopt);
        QCOMPARE(d->passed(), std::optional<bool>(false));

        const CaseResult &r = d->record().result;
        QCOMPARE(r.latencyMs, 110.0);
        QCOMPARE(r.ttftMs, 41.0);
        QCOMPARE(r.promptTokens, 21);
        QCOMPARE(r.completionTokens, 6);
        QCOMPARE(r.cost, 0.001);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.finishReason, u"stop"_s);
        QVERIFY(!d->record().answeredAt.isEmpty());
        QVERIFY(r.request.contains(u"\"model\":\"model-b\""_s));
        QVERIFY(r.response.contains(u"The capital is Lyon."_s));

        const QString pretty = CaseDetail::prettyJson(r.request);
        QVERIFY(pretty.contains(u"\n    \"messages\": [\n"_s));
        QVERIFY(!pretty.endsWith(u'\n'));
    }

    void passingAndErrorCases()
    {
        QString error;
        const auto pass = CaseDetail::load(m_run.ws->database(), m_run.caseAt(0, 0), &error);
        QVERIFY(pass);
        QCOMPARE(pass->passed(), std::optional<bool>(true));
        const auto failed = CaseDetail::load(m_run.ws->database(), m_run.caseAt(1, 2), &error);
        QVERIFY(failed);
        QVERIFY(failed->isError());
        QCOMPARE(failed->error(), u"HTTP 503: overloaded"_s);
        QCOMPARE(failed->passed(), std::optional<bool>(false));
        QVERIFY(failed->scores().isEmpty());
        QVERIFY(!CaseDetail::load(m_run.ws->database(), 424242, &error));
        QVERIFY(error.contains(u"424242"_s));
    }

    void reviewerRating()
    {
        QString error;
        QCOMPARE(CaseDetail::load(m_run.ws->database(), m_run.caseAt(2, 0), &error)->review(), std::nullopt);
        StoreError storeError;
        JudgementStore store(m_run.ws->database());
        QVERIFY(store.recordRating(m_run.caseAt(2, 0), 2, &storeError));
        QVERIFY(store.recordComment(m_run.caseAt(2, 0), u"emoji not asked for"_s, &storeError));
        const auto d = CaseDetail::load(m_run.ws->database(), m_run.caseAt(2, 0), &error);
        QVERIFY(d->review());
        QCOMPARE(d->review()->rating, std::optional<int>(2));
        QCOMPARE(d->review()->comment, u"emoji not asked for"_s);
        QVERIFY(store.removeRating(m_run.caseAt(2, 0), &storeError));
    }

    void requestFormats_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");   // role, content, role, content...
        QTest::newRow("anthropic blocks")
            << u"{\"system\":\"Be kind.\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"},{\"type\":\"text\",\"text\":\"there\"}]}]}"_s
            << QStringList{u"system"_s, u"Be kind."_s, u"user"_s, u"Hi\nthere"_s};
        QTest::newRow("ollama") << u"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"안녕\"}],\"stream\":false}"_s
                                << QStringList{u"user"_s, u"안녕"_s};
        QTest::newRow("bare prompt") << u"{\"prompt\":\"Complete: 1, 2,\"}"_s << QStringList{u"prompt"_s, u"Complete: 1, 2,"_s};
        QTest::newRow("not json") << u"data: {}\n\n"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void requestFormats()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const SentMessage &m : CaseDetail::messagesFromRequest(body))
            got << m.role << m.content;
        QCOMPARE(got, expected);
    }

    void prettyJsonKeepsNonJson()
    {
        const QString sse = u"data: {\"a\":1}\n\ndata: [DONE]\n"_s;
        QCOMPARE(CaseDetail::prettyJson(sse), sse);
        QCOMPARE(CaseDetail::prettyJson(u"[1,2]"_s), u"[\n    1,\n    2\n]"_s);
    }
};

QTEST_GUILESS_MAIN(TestCaseDetail)
#include "tst_casedetail.moc"
