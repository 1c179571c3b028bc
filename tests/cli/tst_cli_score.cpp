// lathe-cli score end to end: corpus and sentence scores, JSON at full precision, several
// references, file handling (CRLF, byte-order mark, standard input) and the error exits.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestCliScore : public QObject
{
    Q_OBJECT

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    QJsonObject json(const QStringList &args)
    {
        const CliResult r = runCli(QStringList{u"score"_s} + args + QStringList{u"--json"_s});
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

private Q_SLOTS:
    void initTestCase()
    {
        m_hyp = write(u"hyp.txt"_s, "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n");
        m_ref1 = write(u"ref1.txt"_s, "The dog bit the man.\nIt was not unexpected.\nThe man bit him first.\n");
        m_ref2 = write(u"ref2.txt"_s, "The dog had bit the man.\nNo one was surprised.\nThe man had bitten the dog.\n");
    }

    void bleuCorpus()
    {
        const CliResult r = runCli({u"score"_s, u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--ref"_s, m_ref2});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)\n"_s);

        const QJsonObject o = json({u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--ref"_s, m_ref2});
        QVERIFY(near(o.value(u"score"_s).toDouble(), 48.530827009929865, 1e-9));
        QVERIFY(near(o.value(u"bp"_s).toDouble(), 0.9428731438548749, 1e-12));
        QCOMPARE(o.value(u"counts"_s).toArray(), (QJsonArray{14, 7, 5, 3}));
        QCOMPARE(o.value(u"totals"_s).toArray(), (QJsonArray{17, 14, 11, 8}));
        QCOMPARE(o.value(u"segments"_s).toInt(), 3);

        const QJsonObject none = json({u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--ref"_s, m_ref2,
                                       u"--tokenize"_s, u"none"_s});
        QVERIFY(near(none.value(u"score"_s).toDouble(), 49.19195660047277, 1e-9));
        const QJsonObject order2 = json({u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--ref"_s, m_ref2,
                                         u"--max-order"_s, u"2"_s});
        QVERIFY(near(order2.value(u"score"_s).toDouble(), 60.5031, 1e-4));
    }

    void sentenceScores()
    {
        const CliResult r = runCli({u"score"_s, u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--sentence"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"100.0000"_s);
        const QJsonObject o = json({u"--metric"_s, u"chrf"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--sentence"_s});
        QCOMPARE(o.value(u"sentences"_s).toArray().size(), 3);
        QVERIFY(near(o.value(u"sentences"_s).toArray()[0].toObject().value(u"score"_s).toDouble(), 100.0, 1e-9));
    }

    void chrf()
    {
        const QStringList args = {u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--ref"_s, m_ref2};
        QVERIFY(near(json(QStringList{u"--metric"_s, u"chrf"_s} + args).value(u"score"_s).toDouble(), 59.72751782684763, 1e-9));
        const QString a = write(u"aa.txt"_s, "aa\n");
        const QString b = write(u"ab.txt"_s, "ab\n");
        QVERIFY(near(json({u"--metric"_s, u"chrf++"_s, u"--hyp"_s, a, u"--ref"_s, b}).value(u"score"_s).toDouble(),
                     16.666666666666664, 1e-12));
        const CliResult r = runCli({u"score"_s, u"--metric"_s, u"chrf++"_s, u"--hyp"_s, a, u"--ref"_s, b});
        QCOMPARE(r.out, u"chrF2++ = 16.67\n"_s);
    }

    void rouge()
    {
        const QString target = write(u"target.txt"_s, "testing one two\nw1 w2 w3 w4 w5\n");
        const QString pred = write(u"pred.txt"_s, "testing\nw1 w2 w6 w7 w8\\nw1 w3 w8 w9 w5\n");
        QJsonObject o = json({u"--metric"_s, u"rouge1"_s, u"--hyp"_s, pred, u"--ref"_s, target, u"--sentence"_s});
        const QJsonObject first = o.value(u"sentences"_s).toArray()[0].toObject();
        QVERIFY(near(first.value(u"precision"_s).toDouble(), 1.0, 1e-12));
        QVERIFY(near(first.value(u"recall"_s).toDouble(), 1.0 / 3, 1e-12));
        QVERIFY(near(first.value(u"fmeasure"_s).toDouble(), 0.5, 1e-12));
        // rougeLsum: "\n" written as backslash-n separates sentences within a line.
        o = json({u"--metric"_s, u"rougeLsum"_s, u"--hyp"_s, pred, u"--ref"_s, target, u"--sentence"_s});
        QVERIFY(near(o.value(u"sentences"_s).toArray()[1].toObject().value(u"fmeasure"_s).toDouble(), 0.5333333333333333, 1e-12));
        // The corpus value is the mean of the segments.
        o = json({u"--metric"_s, u"rouge1"_s, u"--hyp"_s, pred, u"--ref"_s, target});
        QVERIFY(o.value(u"score"_s).toDouble() > 0.0);
    }

    void squad()
    {
        const QString pred = write(u"answers.txt"_s, "1976\nBeyonce\nclimate change\n");
        const QString gold = write(u"gold.txt"_s, "1976\nBeyoncé and Bruno Mars\nclimate change\n");
        QJsonObject o = json({u"--metric"_s, u"squad-em"_s, u"--hyp"_s, pred, u"--ref"_s, gold});
        QVERIFY(near(o.value(u"score"_s).toDouble(), 66.66666666666667, 1e-9));
        o = json({u"--metric"_s, u"squad-f1"_s, u"--hyp"_s, pred, u"--ref"_s, gold});
        QVERIFY(near(o.value(u"f1"_s).toDouble(), 66.66666666666667, 1e-9));
    }

    void fuzzy()
    {
        const QString a = write(u"kitten.txt"_s, "kitten\nlewenstein\n");
        const QString b = write(u"sitting.txt"_s, "sitting\nlevenshtein\n");
        QJsonObject o = json({u"--metric"_s, u"levenshtein"_s, u"--hyp"_s, a, u"--ref"_s, b, u"--sentence"_s});
        const QJsonArray rows = o.value(u"sentences"_s).toArray();
        QCOMPARE(rows[0].toObject().value(u"distance"_s).toInt(), 3);
        QVERIFY(near(rows[1].toObject().value(u"score"_s).toDouble(), 0.8181818181818181, 1e-12));
        o = json({u"--metric"_s, u"ratio"_s, u"--hyp"_s, a, u"--ref"_s, b, u"--sentence"_s});
        QVERIFY(near(o.value(u"sentences"_s).toArray()[0].toObject().value(u"score"_s).toDouble(), 61.53846153846154, 1e-9));
    }

    void classification()
    {
        const QString truth = write(u"truth.txt"_s, "0\n1\n2\n0\n1\n2\n");
        const QString pred = write(u"labels.txt"_s, "0\n2\n1\n0\n0\n1\n");
        QJsonObject o = json({u"--metric"_s, u"macro-f1"_s, u"--hyp"_s, pred, u"--ref"_s, truth});
        QVERIFY(near(o.value(u"score"_s).toDouble(), 0.26666666666666666, 1e-12));
        QVERIFY(near(o.value(u"macro_precision"_s).toDouble(), 2.0 / 9, 1e-12));
        QCOMPARE(o.value(u"confusion_matrix"_s).toArray()[0].toArray(), (QJsonArray{2, 0, 0}));
        o = json({u"--metric"_s, u"accuracy"_s, u"--hyp"_s, pred, u"--ref"_s, truth});
        QVERIFY(near(o.value(u"score"_s).toDouble(), 1.0 / 3, 1e-12));
        const QString answers = write(u"answers2.txt"_s, " Yes\nNO\n");
        const QString labels = write(u"labels2.txt"_s, "yes\nno\n");
        o = json({u"--metric"_s, u"accuracy"_s, u"--hyp"_s, answers, u"--ref"_s, labels, u"--normalize-labels"_s});
        QCOMPARE(o.value(u"score"_s).toDouble(), 1.0);
    }

    void unicodeAndLineEndings()
    {
        // CRLF line endings and a byte-order mark do not change the text of the lines.
        const QString hyp = write(u"ko-crlf.txt"_s, "\xEF\xBB\xBF나는 학교에 갑니다 😀\r\n오늘\u3000날씨\r\n");
        const QString ref = write(u"ko.txt"_s, "나는 학교에 갑니다 😀\n오늘 날씨\n");
        for (const char *tokenizer : {"13a", "char"}) {
            const QJsonObject o = json({u"--metric"_s, u"bleu"_s, u"--hyp"_s, hyp, u"--ref"_s, ref, u"--tokenize"_s,
                                        QString::fromLatin1(tokenizer), u"--sentence"_s});
            for (const QJsonValue &row : o.value(u"sentences"_s).toArray())
                QVERIFY(near(row.toObject().value(u"score"_s).toDouble(), 100.0, 1e-9));
        }
        QCOMPARE(json({u"--metric"_s, u"bleu"_s, u"--hyp"_s, hyp, u"--ref"_s, ref, u"--tokenize"_s, u"char"_s})
                     .value(u"hyp_len"_s).toInt(), 13);
    }

    void standardInput()
    {
        const CliResult r = runCli({u"score"_s, u"--metric"_s, u"chrf"_s, u"--hyp"_s, u"-"_s, u"--ref"_s, m_ref1, u"--ref"_s, m_ref2},
                                   "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"chrF2 = 59.73\n"_s);
    }

    void blankReferenceLineIsMissing()
    {
        // Lines lose trailing whitespace for BLEU and chrF, as with sacreBLEU's command line:
        // the blank reference is missing, so the reference length is 4 and BP = exp(1 - 4/2).
        const QString hyp = write(u"ab.txt"_s, "a b  \n");
        const QString blank = write(u"blank.txt"_s, "   \n");
        const QString four = write(u"four.txt"_s, "a b c d\n");
        const QJsonObject o = json({u"--metric"_s, u"bleu"_s, u"--hyp"_s, hyp, u"--ref"_s, blank, u"--ref"_s, four,
                                    u"--sentence"_s, u"--tokenize"_s, u"none"_s});
        QVERIFY(near(o.value(u"sentences"_s).toArray()[0].toObject().value(u"score"_s).toDouble(), 36.78794411714425, 1e-9));
    }

    void emptyFiles()
    {
        const QString empty = write(u"empty.txt"_s, "");
        const CliResult r = runCli({u"score"_s, u"--metric"_s, u"bleu"_s, u"--hyp"_s, empty, u"--ref"_s, empty});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"BLEU = 0.00"_s));
    }

    void errors()
    {
        const QString shortRef = write(u"refs.txt"_s, "a\nb\n");
        CliResult r = runCli({u"score"_s, u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, shortRef});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"%1 has 2 lines but %2 has 3"_s.arg(shortRef, m_hyp)), qPrintable(r.err));

        r = runCli({u"score"_s, u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_dir.filePath(u"missing.txt"_s)});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"missing.txt"_s));

        const QList<QStringList> usage = {
            {u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp},
            {u"--metric"_s, u"blue"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1},
            {u"--metric"_s, u"chrf"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--tokenize"_s, u"none"_s},
            {u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--tokenize"_s, u"intl"_s},
            {u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--smooth"_s, u"add-one"_s},
            {u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--max-order"_s, u"0"_s},
            {u"--metric"_s, u"macro-f1"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--sentence"_s},
            {u"--metric"_s, u"accuracy"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--ref"_s, m_ref2},
            {u"--metric"_s, u"bleu"_s, u"--hyp"_s, m_hyp, u"--ref"_s, m_ref1, u"--bogus"_s},
        };
        for (const QStringList &args : usage) {
            r = runCli(QStringList{u"score"_s} + args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + u" -> "_s + QString::number(r.code)));
        }

        // The stored-run form (tests/cli/tst_cli_scorers.cpp): a missing workspace is bad input,
        // and a workspace without --run is a usage error that names the form.
        r = runCli({u"score"_s, m_dir.filePath(u"w.lathe"_s), u"--run"_s, u"1"_s});
        QCOMPARE(r.code, 3);
        r = runCli({u"score"_s, m_dir.filePath(u"w.lathe"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--run"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_hyp;
    QString m_ref1;
    QString m_ref2;
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "tst_cli_score.moc"
