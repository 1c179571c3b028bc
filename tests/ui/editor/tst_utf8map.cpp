// Utf8Map: UTF-8 byte offsets (Scintilla) <-> UTF-16 offsets (Qt, KSyntaxHighlighting) for
// Korean, emoji, combining characters and malformed bytes.
#include "editor/utf8map.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestUtf8Map : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"{{ name }}"_s;
        QTest::newRow("korean") << u"안녕하세요 {{ 이름 }}님"_s;
        QTest::newRow("emoji") << u"hi 👋🏽 {{ x }} 🇰🇷!"_s;
        QTest::newRow("combining") << u"cafe\u0301 {{ n\u0303 }} e\u0301"_s;
        QTest::newRow("empty") << QString();
    }

    void roundTripsEveryCharacter()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        const Utf8Map map(utf8);
        QCOMPARE(map.text(), text);
        QCOMPARE(map.byteSize(), utf8.size());
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i].isLowSurrogate())
                continue; // not a character boundary
            const qsizetype byte = map.byteOffset(i);
            QCOMPARE(byte, text.first(i).toUtf8().size());
            QCOMPARE(map.utf16Offset(byte), i);
        }
        QCOMPARE(Utf8Map::utf8Size(text), utf8.size());
    }

    void bytesInsideACharacterMapToItsStart()
    {
        const QString text = u"a한😀b"_s;
        const Utf8Map map(text.toUtf8());
        // 'a' = byte 0, '한' = bytes 1..3, '😀' = bytes 4..7, 'b' = byte 8
        QCOMPARE(map.utf16Offset(2), 1);
        QCOMPARE(map.utf16Offset(3), 1);
        QCOMPARE(map.utf16Offset(6), 2);
        QCOMPARE(map.utf16Offset(8), 4);
        QCOMPARE(map.byteOffset(3), 4); // the low surrogate maps to the start of the pair
    }

    void malformedBytesDecodeOneByOne()
    {
        const QByteArray bytes("a\xE2\x82" "b\xFF" "c", 6);
        const Utf8Map map(bytes);
        QCOMPARE(map.text(), u"a\uFFFD\uFFFDb\uFFFDc"_s);
        QCOMPARE(map.byteOffset(3), 3);
        QCOMPARE(map.byteOffset(5), 5);
        QCOMPARE(map.utf16Offset(4), 4);
    }

    void convertsSortedOffsetsInOnePass()
    {
        const QString text = u"가 😀 x"_s;
        const QList<qsizetype> bytes = Utf8Map::byteOffsets(text, {0, 1, 2, 4, 5, 6});
        QCOMPARE(bytes, (QList<qsizetype>{0, 3, 4, 8, 9, 10}));
    }
};

QTEST_APPLESS_MAIN(TestUtf8Map)
#include "tst_utf8map.moc"
