// TextSearch: query compilation (plain, regex, case, whole word) and replacement expansion.
#include "editor/textsearch.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestTextSearch : public QObject
{
    Q_OBJECT

private:
    static QStringList found(const QString &text, const SearchQuery &query)
    {
        QStringList out;
        for (const auto &m : TextSearch::findAll(text, TextSearch::compile(query)))
            out.append(m.captured());
        return out;
    }

private Q_SLOTS:
    void plainTextIsLiteral()
    {
        QCOMPARE(found(u"a.b a+b a.b"_s, {u"a.b"_s}), (QStringList{u"a.b"_s, u"a.b"_s}));
        QCOMPARE(found(u"(x) [y]"_s, {u"(x)"_s}), QStringList{u"(x)"_s});
    }

    void caseAndWholeWord()
    {
        const QString text = u"Kim kim kimchi 김치 KIM_x"_s;
        QCOMPARE(found(text, {u"kim"_s}).size(), 4);
        QCOMPARE(found(text, {u"kim"_s, false, true}), (QStringList{u"kim"_s, u"kim"_s}));
        QCOMPARE(found(text, {u"kim"_s, false, false, true}), (QStringList{u"Kim"_s, u"kim"_s}));
        QCOMPARE(found(text, {u"김치"_s, false, false, true}), QStringList{u"김치"_s});
    }

    void invalidRegexReportsError()
    {
        QString error;
        const QRegularExpression re = TextSearch::compile({u"(unclosed"_s, true}, &error);
        QVERIFY(!re.isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(TextSearch::findAll(u"(unclosed"_s, re).isEmpty());
    }

    void emptyPatternFindsNothing()
    {
        QVERIFY(TextSearch::findAll(u"abc"_s, TextSearch::compile({})).isEmpty());
        QVERIFY(TextSearch::findAll(u"abc"_s, TextSearch::compile({u"x*"_s, true})).isEmpty());
    }

    void expandsGroups()
    {
        const auto re = TextSearch::compile({u"(?<key>\\w+)=(\\d+)"_s, true});
        const auto m = re.match(u"age=42"_s);
        QVERIFY(m.hasMatch());
        QCOMPARE(TextSearch::expand(u"$2:\\1 ${key} ${2}"_s, m, true), u"42:age age 42"_s);
        QCOMPARE(TextSearch::expand(u"a\\nb\\t$$\\\\"_s, m, true), u"a\nb\t$\\"_s);
        QCOMPARE(TextSearch::expand(u"$1 \\n"_s, m, false), u"$1 \\n"_s);
    }

    void anchorsMatchAtLines()
    {
        QCOMPARE(found(u"one\ntwo\n"_s, {u"^\\w"_s, true}), (QStringList{u"o"_s, u"t"_s}));
    }
};

QTEST_APPLESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
