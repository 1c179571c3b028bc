// JudgementStore: preferences and ratings stored with their time, replaced rather than
// duplicated, validated, removed, refused on a read-only workspace, and read back by the report.
#include "reviewfixture.h"

#include "workspace/judgementstore.h"
#include "workspace/reportquery.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestJudgementStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reviewfixture::Run m_run;

    Database &db() { return m_run.ws->database(); }

private Q_SLOTS:
    void init()
    {
        m_run = reviewfixture::create(m_dir.filePath(u"review.lathe"_s), 4);
        QVERIFY(m_run.ws);
    }
    void cleanup() { m_run = {}; }

    void preferenceRoundTrip()
    {
        JudgementStore store(db());
        StoreError error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto j = store.recordPreference(m_run.caseAt(0, 0), m_run.caseAt(0, 1), PreferenceChoice::A,
                                              u"A is right"_s, &error);
        QVERIFY2(j, qPrintable(error.message));
        QVERIFY(j->id > 0);
        QCOMPARE(j->runId, m_run.runId);
        QCOMPARE(j->kind, JudgementKind::Preference);
        QCOMPARE(j->choice, PreferenceChoice::A);
        QCOMPARE(j->comment, u"A is right"_s);
        QCOMPARE(j->columnA, m_run.columns[0]);
        QCOMPARE(j->columnB, m_run.columns[1]);
        QCOMPARE(j->rowPosition, 0);
        const QDateTime at = QDateTime::fromString(j->createdAt, Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(1));

        // The same two cases in the other order replace the vote instead of adding one.
        const auto again = store.recordPreference(m_run.caseAt(0, 1), m_run.caseAt(0, 0), PreferenceChoice::BothBad,
                                                  QString(), &error);
        QVERIFY2(again, qPrintable(error.message));
        const QList<Judgement> all = store.list(m_run.runId);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].caseA, m_run.caseAt(0, 1));
        QCOMPARE(all[0].choice, PreferenceChoice::BothBad);
        QCOMPARE(all[0].comment, QString());

        // The report reads the same rows.
        const QList<ReportJudgementRecord> report = ReportQuery(db()).judgements(m_run.runId);
        QCOMPARE(report.size(), 1);
        QCOMPARE(report[0].choice, u"both_bad"_s);
        QCOMPARE(report[0].caseB, m_run.caseAt(0, 0));

        QVERIFY(store.removePreference(m_run.caseAt(0, 0), m_run.caseAt(0, 1), &error));
        QVERIFY(store.list(m_run.runId).isEmpty());
    }

    void ratingAndCommentShareOneRow()
    {
        JudgementStore store(db());
        StoreError error;
        const qint64 c = m_run.caseAt(2, 1);
        QVERIFY(store.recordRating(c, 4, &error));
        const auto commented = store.recordComment(c, u"bold is not needed"_s, &error);
        QVERIFY2(commented, qPrintable(error.message));
        QCOMPARE(commented->rating, std::optional<int>(4));
        QCOMPARE(commented->comment, u"bold is not needed"_s);
        const auto rerated = store.recordRating(c, 2, &error);
        QVERIFY(rerated);
        QCOMPARE(rerated->rating, std::optional<int>(2));
        QCOMPARE(rerated->comment, u"bold is not needed"_s);
        QCOMPARE(store.list(m_run.runId).size(), 1);

        // A comment alone: a rating row without a rating, which the report does not count.
        const auto note = store.recordComment(m_run.caseAt(3, 2), u"trailing dot"_s, &error);
        QVERIFY(note);
        QCOMPARE(note->rating, std::nullopt);
        QCOMPARE(ReportQuery(db()).judgements(m_run.runId).constLast().rating, 0);
        // Clearing the comment of an unrated output removes its row.
        QVERIFY(store.recordComment(m_run.caseAt(3, 2), QString(), &error));
        QCOMPARE(store.list(m_run.runId).size(), 1);

        QVERIFY(store.removeRating(c, &error));
        QVERIFY(store.list(m_run.runId).isEmpty());
        QCOMPARE(store.ratingOf(c), std::nullopt);
    }

    void refusesInvalidVotes()
    {
        JudgementStore store(db());
        StoreError error;
        QVERIFY(!store.recordRating(m_run.caseAt(0, 0), 6, &error));
        QCOMPARE(error.code, StoreError::Invalid);
        error = {};
        QVERIFY(!store.recordRating(m_run.caseAt(0, 0), 0, &error));
        QCOMPARE(error.code, StoreError::Invalid);
        error = {};
        // Different rows.
        QVERIFY(!store.recordPreference(m_run.caseAt(0, 0), m_run.caseAt(1, 1), PreferenceChoice::A, {}, &error));
        QCOMPARE(error.code, StoreError::Invalid);
        error = {};
        // The same output twice.
        QVERIFY(!store.recordPreference(m_run.caseAt(0, 0), m_run.caseAt(0, 0), PreferenceChoice::A, {}, &error));
        QCOMPARE(error.code, StoreError::Invalid);
        error = {};
        QVERIFY(!store.recordPreference(m_run.caseAt(0, 0), 999999, PreferenceChoice::A, {}, &error));
        QCOMPARE(error.code, StoreError::NotFound);
        error = {};
        QVERIFY(!store.recordComment(999999, u"x"_s, &error));
        QCOMPARE(error.code, StoreError::NotFound);
        QVERIFY(store.list(m_run.runId).isEmpty());
    }

    void removeById()
    {
        JudgementStore store(db());
        StoreError error;
        const auto j = store.recordPreference(m_run.caseAt(1, 0), m_run.caseAt(1, 2), PreferenceChoice::Tie, {}, &error);
        QVERIFY(j);
        QCOMPARE(store.find(j->id)->choice, PreferenceChoice::Tie);
        QVERIFY(store.remove(j->id, &error));
        QCOMPARE(store.find(j->id), std::nullopt);
    }

    void readOnlyWorkspaceRefuses()
    {
        const QString path = m_run.ws->path();
        m_run.ws.reset();
        WorkspaceError wsError;
        Workspace::OpenOptions options;
        options.readOnly = true;
        auto ws = Workspace::open(path, options, &wsError);
        QVERIFY(ws);
        JudgementStore store(ws->database());
        StoreError error;
        Statement st(ws->database(), "SELECT id FROM run_cases ORDER BY id LIMIT 1");
        QVERIFY(st.step());
        QVERIFY(!store.recordRating(st.columnInt64(0), 3, &error));
        QCOMPARE(error.code, StoreError::ReadOnly);
        QVERIFY(!error.message.isEmpty());
    }

    void choiceNames()
    {
        for (const PreferenceChoice c : {PreferenceChoice::A, PreferenceChoice::B, PreferenceChoice::Tie, PreferenceChoice::BothBad})
            QCOMPARE(Judgement::choiceFromName(Judgement::choiceName(c)), c);
        QCOMPARE(Judgement::choiceName(PreferenceChoice::BothBad), u"both_bad"_s);
        QCOMPARE(Judgement::choiceFromName(u"maybe"), std::nullopt);
        QCOMPARE(Judgement::swapped(PreferenceChoice::A), PreferenceChoice::B);
        QCOMPARE(Judgement::swapped(PreferenceChoice::Tie), PreferenceChoice::Tie);
    }
};

QTEST_GUILESS_MAIN(TestJudgementStore)
#include "tst_judgementstore.moc"
