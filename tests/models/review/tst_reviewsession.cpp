// ReviewSession: votes on comparison rows are stored at once, reach the model (progress, vote
// text) and are announced; refusals leave the workspace unchanged and say why.
#include "reviewfixture.h"

#include "review/comparisonmodel.h"
#include "review/reviewsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestReviewSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reviewfixture::Run m_run;

private Q_SLOTS:
    void init()
    {
        m_run = reviewfixture::create(m_dir.filePath(u"review.lathe"_s), 4);
        QVERIFY(m_run.ws);
    }
    void cleanup() { m_run = {}; }

    void votesReachStoreAndModel()
    {
        ComparisonModel model(m_run.ws->database());
        QString error;
        QVERIFY(model.setRun(m_run.runId, &error));
        QVERIFY(model.setColumns({m_run.columns[1], m_run.columns[0]}));   // A is column 2, B column 1
        ReviewSession session(m_run.ws->database(), &model);
        QSignalSpy changed(&session, &ReviewSession::judgementsChanged);
        QString message;

        const auto p = session.prefer(0, PreferenceChoice::A, &message);
        QVERIFY2(p, qPrintable(message));
        QCOMPARE(p->caseA, m_run.caseAt(0, 1));
        QCOMPARE(p->caseB, m_run.caseAt(0, 0));
        QCOMPARE(model.preference(0), PreferenceChoice::A);
        QCOMPARE(model.judgedRows(), 1);

        const auto r = session.rate(1, 1, 3, &message);
        QVERIFY(r);
        QCOMPARE(r->caseA, m_run.caseAt(1, 0));
        const auto c = session.comment(1, 1, u"terse"_s, &message);
        QCOMPARE(c->rating, std::optional<int>(3));
        QCOMPARE(model.rating(1, 1)->comment, u"terse"_s);
        QCOMPARE(model.judgedRows(), 2);

        QVERIFY(session.clearPreference(0, &message));
        QCOMPARE(model.preference(0), std::nullopt);
        QCOMPARE(model.judgedRows(), 1);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(JudgementStore(m_run.ws->database()).list(m_run.runId).size(), 1);
    }

    void refusals()
    {
        ComparisonModel model(m_run.ws->database());
        QString error;
        QVERIFY(model.setRun(m_run.runId, &error));
        ReviewSession session(m_run.ws->database(), &model);
        QSignalSpy changed(&session, &ReviewSession::judgementsChanged);
        QString message;
        QVERIFY(!session.rate(0, 0, 9, &message));
        QVERIFY(message.contains(u"1 to 5"_s));
        QVERIFY(!session.rate(0, 3, 4, &message));       // only two outputs shown
        QVERIFY(message.contains(u"no case"_s));
        QVERIFY(!session.prefer(-1, PreferenceChoice::A, &message));
        QCOMPARE(changed.size(), 0);
        QVERIFY(JudgementStore(m_run.ws->database()).list(m_run.runId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
