// CsvReader: RFC 4180 quoting, line ends, BOM, delimiter sniffing, header clean-up, streaming
// across chunk boundaries, and every malformed input reported at its exact line:column.
#include "datasettesthelpers.h"

#include "dataset/csvreader.h"

#include <QTest>

#include <random>

using namespace lathe;
using namespace lathe::test;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QList<QStringList>>("rows");
        using Rows = QList<QStringList>;
        QTest::newRow("plain") << "a,b\n1,2\n3,4\n"_ba << QStringList{u"a"_s, u"b"_s}
                               << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
        QTest::newRow("no final newline") << "a,b\n1,2"_ba << QStringList{u"a"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}};
        QTest::newRow("quoted comma") << "a,b\n\"x, y\",z\n"_ba << QStringList{u"a"_s, u"b"_s}
                                      << Rows{{u"x, y"_s, u"z"_s}};
        QTest::newRow("doubled quotes") << "a\n\"say \"\"hi\"\"\"\n"_ba << QStringList{u"a"_s}
                                        << Rows{{u"say \"hi\""_s}};
        QTest::newRow("embedded newline") << "a,b\n\"line 1\nline 2\",x\n"_ba << QStringList{u"a"_s, u"b"_s}
                                          << Rows{{u"line 1\nline 2"_s, u"x"_s}};
        QTest::newRow("embedded CRLF kept") << "a,b\r\n\"l1\r\nl2\",x\r\n"_ba << QStringList{u"a"_s, u"b"_s}
                                            << Rows{{u"l1\r\nl2"_s, u"x"_s}};
        QTest::newRow("CRLF") << "a,b\r\n1,2\r\n3,4\r\n"_ba << QStringList{u"a"_s, u"b"_s}
                              << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
        QTest::newRow("lone CR") << "a,b\r1,2\r"_ba << QStringList{u"a"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}};
        QTest::newRow("BOM") << "\xEF\xBB\xBFid,text\n1,caf\xC3\xA9\n"_ba << QStringList{u"id"_s, u"text"_s}
                             << Rows{{u"1"_s, u"café"_s}};
        QTest::newRow("empty fields") << "a,b,c\n,,\n\"\",x,\n"_ba << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                      << Rows{{QString(), QString(), QString()}, {QString(), u"x"_s, QString()}};
        QTest::newRow("blank lines skipped") << "a,b\n\n1,2\n\r\n\n3,4\n\n"_ba << QStringList{u"a"_s, u"b"_s}
                                             << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
        QTest::newRow("quote inside unquoted field") << "a,b\n5\" tall,x\n"_ba << QStringList{u"a"_s, u"b"_s}
                                                     << Rows{{u"5\" tall"_s, u"x"_s}};
        QTest::newRow("spaces kept") << "a,b\n  x , y\n"_ba << QStringList{u"a"_s, u"b"_s}
                                     << Rows{{u"  x "_s, u" y"_s}};
        QTest::newRow("header only") << "a,b\n"_ba << QStringList{u"a"_s, u"b"_s} << Rows{};
        QTest::newRow("korean and emoji") << "q\n\"안녕 😀, ok\"\n"_ba << QStringList{u"q"_s} << Rows{{u"안녕 😀, ok"_s}};
        QTest::newRow("header clean-up") << " name ,,name,\n1,2,3,4\n"_ba
                                         << QStringList{u"name"_s, u"column 2"_s, u"name (2)"_s, u"column 4"_s}
                                         << Rows{{u"1"_s, u"2"_s, u"3"_s, u"4"_s}};
    }

    void rfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, columns);
        QFETCH(QList<QStringList>, rows);
        const ReadResult r = readAll(input, u"t.csv"_s, DatasetFormat::Csv);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.columns, columns);
        QCOMPARE(r.rows.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            for (qsizetype c = 0; c < columns.size(); ++c)
                QCOMPARE(r.rows.at(i).value(columns.at(c)).toString(), rows.at(i).at(c));
        }
    }

    void sniffsDelimiter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("delimiter");
        QTest::newRow("comma") << "a,b,c\n1,2,3\n"_ba << u"x.csv"_s << int(',');
        QTest::newRow("semicolon") << "a;b;c\n1,5;2;3\n"_ba << u"x.csv"_s << int(';');
        QTest::newRow("tab in .txt") << "a\tb\n1\t2\n"_ba << u"x.txt"_s << int('\t');
        QTest::newRow("bar") << "a|b\n1|2\n"_ba << u"x.txt"_s << int('|');
        QTest::newRow("quoted commas ignored") << "a;b\n\"1,2,3\";4\n"_ba << u"x.csv"_s << int(';');
        QTest::newRow("single column") << "text\nhello\n"_ba << u"x.csv"_s << int(',');
        QTest::newRow(".tsv is tab") << "a,b\tc\n1,2\t3\n"_ba << u"x.tsv"_s << int('\t');
    }

    void sniffsDelimiter()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fileName);
        QFETCH(int, delimiter);
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        auto reader = openRecordReader(&buffer, fileName, DatasetFormat::Auto);
        auto *csv = dynamic_cast<CsvReader *>(reader.get());
        QVERIFY(csv);
        QCOMPARE(int(csv->delimiter()), delimiter);
        ImportRecord record;
        QVERIFY2(csv->next(record) || !csv->error(), qPrintable(csv->error().toString()));
    }

    // Random fields with every kind of quoting, long enough to cross several 1 MB chunks, so
    // quotes, doubled quotes and CRLF pairs land on chunk boundaries.
    void streamsAcrossChunks()
    {
        std::mt19937 rng(7);
        const char *pieces[] = {"a", "bc", ",", "\"", "\n", "\r\n", " ", "é", "😀", "xyz"};
        QList<QStringList> expected;
        QByteArray csv = "one,two,three\r\n";
        while (csv.size() < 3 * 1024 * 1024 + 1000) {
            QStringList row;
            QByteArrayList fields;
            for (int c = 0; c < 3; ++c) {
                QByteArray v;
                const int n = int(rng() % 12);
                for (int k = 0; k < n; ++k)
                    v += pieces[rng() % std::size(pieces)];
                if (c == 0 && v.isEmpty())
                    v = "0";   // never a blank line
                row << QString::fromUtf8(v);
                const bool quote = v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r');
                fields << (quote ? '"' + QByteArray(v).replace("\"", "\"\"") + '"' : v);
            }
            expected << row;
            csv += fields.join(',') + (rng() % 2 ? "\r\n" : "\n");
        }
        const ReadResult r = readAll(csv, u"big.csv"_s, DatasetFormat::Csv);
        QVERIFY2(!r.error, qPrintable(r.errorText()));
        QCOMPARE(r.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.rows.at(i).value(u"one"_s).toString(), expected.at(i).at(0));
            QCOMPARE(r.rows.at(i).value(u"two"_s).toString(), expected.at(i).at(1));
            QCOMPARE(r.rows.at(i).value(u"three"_s).toString(), expected.at(i).at(2));
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated quote")
            << "id,text\n1,ok\n2,\"never closed\nstill going\n"_ba
            << u"tickets.csv:5:1: unterminated quoted field opened at 3:3"_s;
        QTest::newRow("text after closing quote")
            << "a,b\n\"x\"y,2\n"_ba
            << u"tickets.csv:2:4: unexpected text after the closing quote of the field opened at 2:1 "
               "(write a quote inside a quoted field as two quotes)"_s;
        QTest::newRow("too many fields") << "a,b\n1,2\n3,4,5\n"_ba
                                         << u"tickets.csv:3:5: row has 3 fields but the header has 2"_s;
        QTest::newRow("too few fields") << "a,b,c\n1,2,3\n4,5\n"_ba
                                        << u"tickets.csv:3:4: row has 2 fields but the header has 3"_s;
        QTest::newRow("too few at end of file") << "a,b\n1"_ba
                                                << u"tickets.csv:2:2: row has 1 fields but the header has 2"_s;
        QTest::newRow("invalid UTF-8") << "a,b\n1,ok\n2,caf\xE9!\n"_ba
                                       << u"tickets.csv:3:6: invalid UTF-8 (byte 0xE9); save the file as UTF-8"_s;
        QTest::newRow("invalid UTF-8 after non-ASCII") << "a\n\xED\x95\x9C\xFF\n"_ba
                                                       << u"tickets.csv:2:2: invalid UTF-8 (byte 0xFF); save the file as UTF-8"_s;
        QTest::newRow("truncated UTF-8 at the end") << "a\nx\xC3"_ba
                                                    << u"tickets.csv:2:2: invalid UTF-8: the file ends inside a "
                                                       "multi-byte character"_s;
        QTest::newRow("binary") << "PK\x03\x04\x00\x00rest"_ba
                                << u"tickets.csv:1:5: NUL byte: this looks like a binary file, not text"_s;
        QTest::newRow("empty") << QByteArray() << u"tickets.csv:1:1: the file is empty"_s;
        QTest::newRow("blank lines only") << "\n\r\n\n"_ba << u"tickets.csv:1:1: the file is empty"_s;
        QTest::newRow("BOM only") << "\xEF\xBB\xBF"_ba << u"tickets.csv:1:1: the file is empty"_s;
        QTest::newRow("UTF-16") << "\xFF\xFEi\x00\x64\x00"_ba << u"tickets.csv:1:1: the file is UTF-16 text; save it as UTF-8"_s;
        QTest::newRow("column counts characters, not bytes")
            << "a,b\n\"한국어\"x,2\n"_ba
            << u"tickets.csv:2:6: unexpected text after the closing quote of the field opened at 2:1 "
               "(write a quote inside a quoted field as two quotes)"_s;
        QTest::newRow("BOM not counted") << "\xEF\xBB\xBF\"a\"b\n"_ba
                                         << u"tickets.csv:1:4: unexpected text after the closing quote of the field "
                                            "opened at 1:1 (write a quote inside a quoted field as two quotes)"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const ReadResult r = readAll(input, u"tickets.csv"_s, DatasetFormat::Csv);
        QVERIFY(r.error);
        QCOMPARE(r.errorText(), error);
    }

    // A syntax error before an encoding problem in the same chunk is the one reported.
    void firstProblemWins()
    {
        const ReadResult r = readAll("a,b\n\"x\"y,2\n\xFF\n"_ba, u"t.csv"_s, DatasetFormat::Csv);
        QCOMPARE(r.error.line, 2);
        QCOMPARE(r.error.column, 4);
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
