// The Python str operations the metrics rely on: isspace, split, rstrip, lower, code points.
#include "eval/unicodetext.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QString lower(const QString &s)
{
    return UnicodeText::toQString(UnicodeText::lower(UnicodeText::codePoints(s)));
}

QStringList split(const QString &s)
{
    const std::u32string cps = UnicodeText::codePoints(s);
    std::vector<std::u32string_view> parts;
    UnicodeText::split(cps, parts);
    QStringList out;
    for (const std::u32string_view p : parts)
        out.append(UnicodeText::toQString(p));
    return out;
}

} // namespace

class TestUnicodeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whitespaceIsPythonIsspace()
    {
        // Python's str.isspace() set, exactly.
        const QList<char32_t> spaces = {0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0,
                                        0x1680, 0x2000, 0x2005, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
        for (const char32_t c : spaces)
            QVERIFY2(UnicodeText::isWhitespace(c), qPrintable(QString::number(c, 16)));
        for (const char32_t c : {char32_t(0x200B), char32_t(0x180E), char32_t(0xFEFF), char32_t(u'a'), char32_t(0x8)})
            QVERIFY2(!UnicodeText::isWhitespace(c), qPrintable(QString::number(c, 16)));
    }

    void splitOnEveryWhitespace()
    {
        QCOMPARE(split(u"  a\u3000b\u00A0\u00A0c\td\u2028e  "_s), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
        QCOMPARE(split(u"안녕 😀"_s), (QStringList{u"안녕"_s, u"😀"_s}));
        QVERIFY(split(u" \u3000 "_s).isEmpty());
        QVERIFY(split(QString()).isEmpty());
    }

    void rstrip()
    {
        const std::u32string s = UnicodeText::codePoints(u"ab \u3000\n"_s);
        QCOMPARE(UnicodeText::toQString(UnicodeText::rstrip(s)), u"ab"_s);
    }

    void lowerIsFullLowercasing()
    {
        QCOMPARE(lower(u"ÀÉÎ ABC Ω"_s), u"àéî abc ω"_s);
        QCOMPARE(lower(u"İ"_s), u"i\u0307"_s);       // one code point becomes two
        QCOMPARE(lower(u"\u212A"_s), u"k"_s);        // Kelvin sign
        QCOMPARE(lower(u"ΟΔΟΣ"_s), u"οδος"_s.replace(3, 1, QChar(0x3C2)));
        QCOMPARE(lower(u"Σ"_s), QString(QChar(0x3C3)));     // no cased letter before it
        QCOMPARE(lower(u"ΑΣΑ"_s), u"ασα"_s.replace(1, 1, QChar(0x3C3)));
        QCOMPARE(lower(u"ΑΣ."_s), QString(QChar(0x3B1)) + QChar(0x3C2) + u'.');
        QCOMPARE(lower(u"ΑΣ'Α"_s), QString(QChar(0x3B1)) + QChar(0x3C3) + u'\'' + QChar(0x3B1));
        QCOMPARE(lower(u"한국어 😀"_s), u"한국어 😀"_s);
    }

    void codePoints()
    {
        QCOMPARE(UnicodeText::codePoints(u"a😀b"_s).size(), std::size_t(3));
        const QString lone = QString(QChar(0xD800)) + u'x';
        QCOMPARE(UnicodeText::codePoints(lone), (std::u32string{0xFFFD, U'x'}));
        QCOMPARE(UnicodeText::toQString(UnicodeText::codePoints(u"😀 한"_s)), u"😀 한"_s);
    }

    void wordCharacters()
    {
        QVERIFY(UnicodeText::isWordCharacter(U'_'));
        QVERIFY(UnicodeText::isWordCharacter(U'é'));
        QVERIFY(UnicodeText::isWordCharacter(U'한'));
        QVERIFY(!UnicodeText::isWordCharacter(U'-'));
        QVERIFY(!UnicodeText::isWordCharacter(0x301));  // combining acute accent
    }
};

QTEST_APPLESS_MAIN(TestUnicodeText)
#include "tst_unicodetext.moc"
