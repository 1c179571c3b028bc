#include "diff/textdiff.h"
#include "diff/worddiff.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

// Rows as "=0:0 ~1:1 -2:_ +_:2" (kind, left line, right line; "_" is a filler).
QString layout(const DiffResult &d)
{
    QStringList parts;
    for (const DiffRow &row : d.rows()) {
        QChar kind;
        switch (row.kind) {
        case DiffRow::Kind::Equal: kind = u'='; break;
        case DiffRow::Kind::Changed: kind = u'~'; break;
        case DiffRow::Kind::Added: kind = u'+'; break;
        case DiffRow::Kind::Removed: kind = u'-'; break;
        }
        const auto num = [](int n) { return n < 0 ? u"_"_s : QString::number(n); };
        parts.append(kind + num(row.left) + u':' + num(row.right));
    }
    return parts.join(u' ');
}

// The text each range covers, "|"-separated.
QString covered(QStringView line, const QList<WordRange> &ranges)
{
    QStringList parts;
    for (const WordRange &r : ranges)
        parts.append(line.sliced(r.start, r.length).toString());
    return parts.join(u'|');
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalTexts()
    {
        const QString text = u"You are a helpful assistant.\nAnswer briefly.\n"_s;
        const DiffResult d = TextDiff::compare(text, text);
        QCOMPARE(layout(d), u"=0:0 =1:1"_s);
        QVERIFY(d.hunks().isEmpty());
        QVERIFY(d.summary().identical());
        QCOMPARE(d.unifiedDiff(u"a"_s, u"b"_s), QString());
        QCOMPARE(layout(TextDiff::compare(QString(), QString())), QString());
    }

    void allNewAndAllDeleted()
    {
        const QString text = u"a\nb\n"_s;
        const DiffResult added = TextDiff::compare(QString(), text);
        QCOMPARE(layout(added), u"+_:0 +_:1"_s);
        QCOMPARE(added.summary().insertions, 2);
        QCOMPARE(added.summary().deletions, 0);
        QCOMPARE(added.unifiedDiff(u"old"_s, u"new"_s), u"--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n"_s);

        const DiffResult removed = TextDiff::compare(text, QString());
        QCOMPARE(layout(removed), u"-0:_ -1:_"_s);
        QCOMPARE(removed.summary().deletions, 2);
        QCOMPARE(removed.summary().removedRows, 2);
        QCOMPARE(removed.unifiedDiff(u"old"_s, u"new"_s), u"--- old\n+++ new\n@@ -1,2 +0,0 @@\n-a\n-b\n"_s);
    }

    void oneChangedWord()
    {
        const DiffResult d = TextDiff::compare(u"You are a helpful assistant.\nAnswer briefly.\n"_s,
                                               u"You are a concise assistant.\nAnswer briefly.\n"_s);
        QCOMPARE(layout(d), u"~0:0 =1:1"_s);
        const DiffRow &row = d.rows().at(0);
        QCOMPARE(row.leftRanges, (QList<WordRange>{{10, 7}}));
        QCOMPARE(row.rightRanges, (QList<WordRange>{{10, 7}}));
        QCOMPARE(covered(d.rightLine(0), row.rightRanges), u"concise"_s);
        QCOMPARE(d.summary().changedRows, 1);
        QCOMPARE(d.summary().insertions, 1);
        QCOMPARE(d.summary().deletions, 1);
        QCOMPARE(d.hunks().size(), 1);
        QCOMPARE(d.hunks().at(0).firstRow, 0);
    }

    void adjacentChangedWordsMergeAcrossSpaces()
    {
        const DiffResult d = TextDiff::compare(u"Reply in a quick friendly tone.\n"_s,
                                               u"Reply in a slow, careful tone.\n"_s);
        QCOMPARE(layout(d), u"~0:0"_s);
        QCOMPARE(covered(d.leftLine(0), d.rows().at(0).leftRanges), u"quick friendly"_s);
        QCOMPARE(covered(d.rightLine(0), d.rows().at(0).rightRanges), u"slow, careful"_s);
        // Punctuation that stayed keeps two changes apart.
        const DiffResult comma = TextDiff::compare(u"Reply in a quick, friendly tone.\n"_s,
                                                   u"Reply in a slow, careful tone.\n"_s);
        QCOMPARE(covered(comma.leftLine(0), comma.rows().at(0).leftRanges), u"quick|friendly"_s);
        QCOMPARE(comma.rows().at(0).rightRanges, (QList<WordRange>{{11, 4}, {17, 7}}));
    }

    void insertedLineInTheMiddle()
    {
        const DiffResult d = TextDiff::compare(u"a\nb\nc\n"_s, u"a\nb\nX\nc\n"_s);
        QCOMPARE(layout(d), u"=0:0 =1:1 +_:2 =2:3"_s);
        QCOMPARE(d.hunks().size(), 1);
        const DiffHunk &h = d.hunks().at(0);
        QCOMPARE(h.firstRow, 2);
        QCOMPARE(h.rowCount, 1);
        QCOMPARE(h.leftStart, 2);
        QCOMPARE(h.leftCount, 0);
        QCOMPARE(h.rightStart, 2);
        QCOMPARE(h.rightCount, 1);
        QCOMPARE(d.unifiedDiff(u"l"_s, u"r"_s), u"--- l\n+++ r\n@@ -1,3 +1,4 @@\n a\n b\n+X\n c\n"_s);
    }

    void dissimilarLinesAreRemovedThenAdded()
    {
        const DiffResult d = TextDiff::compare(u"x\nHello world\nfoo\ny\n"_s,
                                               u"x\nHello there\nbar baz\nqux\ny\n"_s);
        QCOMPARE(layout(d), u"=0:0 ~1:1 -2:_ +_:2 +_:3 =3:4"_s);
        QCOMPARE(covered(d.leftLine(1), d.rows().at(1).leftRanges), u"world"_s);
        QCOMPARE(d.summary().changedRows, 1);
        QCOMPARE(d.summary().removedRows, 1);
        QCOMPARE(d.summary().addedRows, 2);
        QCOMPARE(d.summary().insertions, 3);
        QCOMPARE(d.summary().deletions, 2);

        // Line level pairs purely by position, without word ranges.
        const DiffResult lines = TextDiff::compare(u"x\nHello world\nfoo\ny\n"_s,
                                                   u"x\nHello there\nbar baz\nqux\ny\n"_s, TextDiff::Level::Lines);
        QCOMPARE(layout(lines), u"=0:0 ~1:1 ~2:2 +_:3 =3:4"_s);
        QVERIFY(lines.rows().at(1).leftRanges.isEmpty());
    }

    void trailingNewlineDifference()
    {
        const DiffResult d = TextDiff::compare(u"a\nb\n"_s, u"a\nb"_s);
        QCOMPARE(layout(d), u"=0:0 ~1:1"_s);
        QVERIFY(d.rows().at(1).leftRanges.isEmpty());
        QVERIFY(d.rows().at(1).rightRanges.isEmpty());
        QCOMPARE(d.rightLine(1), u"b"_s);
        // Expected text from `diff -u`.
        QCOMPARE(d.unifiedDiff(u"l"_s, u"r"_s),
                 u"--- l\n+++ r\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"_s);
        QCOMPARE(TextDiff::compare(u"x"_s, u"y"_s).unifiedDiff(u"l"_s, u"r"_s),
                 u"--- l\n+++ r\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n"_s);
    }

    void crlfLines()
    {
        const DiffResult d = TextDiff::compare(u"a\r\nkeep it short\r\n"_s, u"a\r\nkeep it brief\r\n"_s);
        QCOMPARE(layout(d), u"=0:0 ~1:1"_s);
        QCOMPARE(d.leftLine(1), u"keep it short"_s);
        QCOMPARE(d.rows().at(1).leftRanges, (QList<WordRange>{{8, 5}}));
        QCOMPARE(d.rows().at(1).rightRanges, (QList<WordRange>{{8, 5}}));

        // CRLF against LF is a change with no word ranges; the unified diff keeps the "\r" as
        // `diff -u` does.
        const DiffResult eol = TextDiff::compare(u"a\r\nb\r\n"_s, u"a\nb\r\n"_s);
        QCOMPARE(layout(eol), u"~0:0 =1:1"_s);
        QVERIFY(eol.rows().at(0).leftRanges.isEmpty());
        QCOMPARE(eol.unifiedDiff(u"l"_s, u"r"_s), u"--- l\n+++ r\n@@ -1,2 +1,2 @@\n-a\r\n+a\n b\r\n"_s);
    }

    void koreanAndEmojiWords()
    {
        const DiffResult d = TextDiff::compare(u"안녕하세요 세계 😀\n인사\n"_s, u"안녕하세요 우주 😎\n인사\n"_s);
        QCOMPARE(layout(d), u"~0:0 =1:1"_s);
        const DiffRow &row = d.rows().at(0);
        QCOMPARE(row.leftRanges, (QList<WordRange>{{6, 5}}));
        QCOMPARE(row.rightRanges, (QList<WordRange>{{6, 5}}));
        QCOMPARE(covered(d.leftLine(0), row.leftRanges), u"세계 😀"_s);
        QCOMPARE(covered(d.rightLine(0), row.rightRanges), u"우주 😎"_s);

        // A ZWJ emoji sequence is one word: replacing it never splits a surrogate pair.
        const DiffResult zwj = TextDiff::compare(u"👩‍💻 코딩 중입니다\n"_s, u"👨‍💻 코딩 중입니다\n"_s);
        QCOMPARE(zwj.rows().at(0).leftRanges, (QList<WordRange>{{0, 5}}));
        QCOMPARE(covered(zwj.rightLine(0), zwj.rows().at(0).rightRanges), u"👨‍💻"_s);
    }

    void tokenize_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("ascii") << u"Hello, world!  x2"_s
                               << QStringList{u"Hello"_s, u","_s, u" "_s, u"world"_s, u"!"_s, u"  "_s, u"x2"_s};
        QTest::newRow("template") << u"{{user_name}}"_s
                                  << QStringList{u"{"_s, u"{"_s, u"user"_s, u"_"_s, u"name"_s, u"}"_s, u"}"_s};
        QTest::newRow("korean") << u"안녕하세요, 세계"_s
                                << QStringList{u"안녕하세요"_s, u","_s, u" "_s, u"세계"_s};
        QTest::newRow("emoji") << u"hi😀👍🏽!"_s
                               << QStringList{u"hi"_s, u"😀"_s, u"👍🏽"_s, u"!"_s};
        QTest::newRow("combining") << u"cafe\u0301 ok"_s
                                   << QStringList{u"cafe\u0301"_s, u" "_s, u"ok"_s};
        QTest::newRow("empty") << QString() << QStringList();
    }

    void tokenize()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, tokens);
        QStringList actual;
        for (QStringView t : WordDiff::tokenize(line))
            actual.append(t.toString());
        QCOMPARE(actual, tokens);
    }

    void unifiedDiffMatchesDiffU()
    {
        QStringList left, right;
        for (int i = 1; i <= 20; ++i)
            left.append(u"line "_s + QString::number(i));
        right = left;
        right[1] = u"line two"_s;
        right.insert(9, u"inserted"_s);
        right.removeAt(15);   // "line 15"
        right.last() = u"the end"_s;
        const DiffResult d = TextDiff::compare(left.join(u'\n') + u'\n', right.join(u'\n') + u'\n');

        // Expected texts from `diff -u`, `diff -U1` and `diff -U0` on the same files.
        QCOMPARE(d.unifiedDiff(u"m1"_s, u"m2"_s),
                 u"--- m1\n+++ m2\n"
                 "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
                 "@@ -7,14 +7,14 @@\n line 7\n line 8\n line 9\n+inserted\n line 10\n line 11\n line 12\n"
                 " line 13\n line 14\n-line 15\n line 16\n line 17\n line 18\n line 19\n-line 20\n+the end\n"_s);
        QCOMPARE(d.unifiedDiff(u"m1"_s, u"m2"_s, 1),
                 u"--- m1\n+++ m2\n"
                 "@@ -1,3 +1,3 @@\n line 1\n-line 2\n+line two\n line 3\n"
                 "@@ -9,2 +9,3 @@\n line 9\n+inserted\n line 10\n"
                 "@@ -14,3 +15,2 @@\n line 14\n-line 15\n line 16\n"
                 "@@ -19,2 +19,2 @@\n line 19\n-line 20\n+the end\n"_s);
        QCOMPARE(d.unifiedDiff(u"m1"_s, u"m2"_s, 0),
                 u"--- m1\n+++ m2\n"
                 "@@ -2 +2 @@\n-line 2\n+line two\n"
                 "@@ -9,0 +10 @@\n+inserted\n"
                 "@@ -15 +15,0 @@\n-line 15\n"
                 "@@ -20 +20 @@\n-line 20\n+the end\n"_s);
        // Summary agrees with the unified diff's +/- lines.
        QCOMPARE(d.summary().insertions, 3);
        QCOMPARE(d.summary().deletions, 3);
    }

    void ambiguousInsertionsSlideLikeDiff()
    {
        // Expected texts from `diff -u`: the insertion goes after the blank line, and the
        // duplicated line is the second one.
        QCOMPARE(TextDiff::compare(u"a\n\nb\n"_s, u"a\n\nX\n\nb\n"_s).unifiedDiff(u"l"_s, u"r"_s),
                 u"--- l\n+++ r\n@@ -1,3 +1,5 @@\n a\n \n+X\n+\n b\n"_s);
        QCOMPARE(TextDiff::compare(u"a\nb\nc\n"_s, u"a\nb\nb\nc\n"_s).unifiedDiff(u"l"_s, u"r"_s),
                 u"--- l\n+++ r\n@@ -1,3 +1,4 @@\n a\n b\n+b\n c\n"_s);
    }

    void hunkNavigation()
    {
        const DiffResult d = TextDiff::compare(u"a\nb\nc\nd\ne\n"_s, u"A\nb\nc\nd\nE\n"_s);
        QCOMPARE(layout(d), u"-0:_ +_:0 =1:1 =2:2 =3:3 -4:_ +_:4"_s);
        QCOMPARE(d.hunks().size(), 2);
        QCOMPARE(d.hunks().at(1).firstRow, 5);
        QCOMPARE(d.nextHunk(-1), 0);
        QCOMPARE(d.nextHunk(0), 1);
        QCOMPARE(d.nextHunk(5), -1);
        QCOMPARE(d.previousHunk(7), 1);
        QCOMPARE(d.previousHunk(5), 0);
        QCOMPARE(d.previousHunk(0), -1);
    }
};

QTEST_APPLESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
