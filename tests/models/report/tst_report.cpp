// Reports of a stored run: the gathered ReportData and its aggregates, and the CSV, JSON and
// JUnit writers, read back the way their consumers read them (HTML and Markdown: tst_htmlreport).
#include "reportfixture.h"

#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/junitreport.h"
#include "report/reportbuilder.h"
#include "report/reportstats.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace lathe;

namespace {

// RFC 4180: records end with CRLF; fields with separators, quotes or line breaks are quoted,
// quotes inside doubled. Fails the parse (returns empty) on a bare line end outside quotes.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else if (c == u'\r' || c == u'\n' || c == u'"') {
            *ok = false;
            return {};
        } else {
            field += c;
        }
    }
    *ok = !quoted && field.isEmpty() && record.isEmpty();
    return records;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reportfixture::Run m_run;
    std::optional<ReportData> m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_run = reportfixture::create(m_dir.filePath(QStringLiteral("report.lathe")));
        QVERIFY(m_run.ws);
        QVERIFY(m_run.runId > 0);
        QString error;
        m_data = ReportBuilder::build(m_run.ws->database(), m_run.runId, &error);
        QVERIFY2(m_data, qPrintable(error));
    }

    void wilsonAndPercentiles()
    {
        // statsmodels proportion_confint(8, 10, method="wilson")
        const auto [low, high] = ReportStats::wilson(8, 10);
        QCOMPARE(qRound(low * 10000), 4902);
        QCOMPARE(qRound(high * 10000), 9433);
        QVERIFY(std::isnan(ReportStats::wilson(0, 0).first));
        // numpy.percentile([1, 2, 3, 4], [50, 90]) = 2.5, 3.7
        QCOMPARE(ReportStats::percentile({1, 2, 3, 4}, 50), 2.5);
        QCOMPARE(qRound(ReportStats::percentile({1, 2, 3, 4}, 90) * 10), 37);
        QCOMPARE(ReportStats::percentile({}, 50), 0.0);
    }

    void verdicts()
    {
        const ReportScoreRecord pass{1, QStringLiteral("a"), 1.0, true, {}, {}};
        const ReportScoreRecord fail{1, QStringLiteral("b"), 0.0, false, {}, {}};
        const ReportScoreRecord value{1, QStringLiteral("c"), 0.5, std::nullopt, {}, {}};
        QVERIFY(ReportStats::verdict(ReportCaseState::Ok, {pass, value}) == std::optional<bool>(true));
        QVERIFY(ReportStats::verdict(ReportCaseState::Ok, {pass, fail}) == std::optional<bool>(false));
        QVERIFY(!ReportStats::verdict(ReportCaseState::Ok, {value}));
        QVERIFY(ReportStats::verdict(ReportCaseState::Error, {}) == std::optional<bool>(false));
        QVERIFY(!ReportStats::verdict(ReportCaseState::Pending, {pass}));
    }

    void gathersTheRun()
    {
        const ReportData &d = *m_data;
        QCOMPARE(d.title, QStringLiteral("v1 vs v2 <compare>"));
        QCOMPARE(d.projectName, QStringLiteral("Report <demo>"));
        QCOMPARE(d.columns.size(), 2);
        QCOMPARE(d.columns[0].label, QStringLiteral("qa@1 model-a"));
        QCOMPARE(d.rows.size(), 5);
        QCOMPARE(d.caseCount(), 10);
        QCOMPARE(d.dataset->name, QStringLiteral("qa & more"));
        QCOMPARE(d.datasetColumns.size(), 3);
        QCOMPARE(d.scorerNames, (QStringList{QStringLiteral("equals"), QStringLiteral("similarity")}));

        const ReportColumnStats &a = d.columns[0].stats;
        QCOMPARE(a.cases, 5);
        QCOMPARE(a.ok, 4);
        QCOMPARE(a.errors, 1);
        QCOMPARE(a.judged, 5);        // the error counts as a failure
        QCOMPARE(a.passed, 2);
        QCOMPARE(*a.passRate, 0.4);
        const ReportColumnStats &b = d.columns[1].stats;
        QCOMPARE(b.passed, 3);
        QCOMPARE(*b.passRate, 0.6);
        QVERIFY(b.passLow < 0.6 && b.passHigh > 0.6);
        QCOMPARE(b.latencyMs.count, 5);
        QCOMPARE(b.latencyMs.p50, 100.0 + 37 * 2 + 250);
        QCOMPARE(a.promptTokens, 100);   // the error result reported tokens too
        QCOMPARE(b.scorers.constFirst().name, QStringLiteral("equals"));
        QCOMPARE(b.scorers.constFirst().passed, 3);
        QCOMPARE(b.scorers[1].mean, (0.25 + 0.25 + 1 + 1 + 1) / 5.0);   // similarity

        // Prompt versions and the diff between them; output diffs against column A.
        QVERIFY(d.columns[0].promptDiff.isEmpty());
        QVERIFY(d.columns[1].promptDiff.contains(QStringLiteral("+Answer briefly, <b>one word</b>: {{ question }}")));
        QVERIFY(d.rows[0].cases[1].diff);
        QVERIFY(!d.rows[2].cases[1].diff);   // same output
        QVERIFY(!d.rows[3].cases[1].diff);   // A is an error

        // Judgements: B preferred once, A rated 4.
        QCOMPARE(d.judgements.size(), 2);
        QCOMPARE(d.columns[1].stats.wins, 1);
        QCOMPARE(d.columns[0].stats.losses, 1);
        QCOMPARE(d.columns[0].stats.ratings, 1);
        QCOMPARE(d.columns[0].stats.meanRating, 4.0);
        QCOMPARE(d.judgements[1].rowIndex, 2);
        // Win rates over decided preferences with Wilson intervals: 1 of 1 and 0 of 1.
        QCOMPARE(ReportStats::winRateText(d.columns[1].stats), QStringLiteral("1.00 [0.21, 1.00]"));
        QCOMPARE(ReportStats::winRateText(d.columns[0].stats), QStringLiteral("0.00 [0.00, 0.79]"));
    }

    void missingRun()
    {
        QString error;
        QVERIFY(!ReportBuilder::build(m_run.ws->database(), 999, &error));
        QVERIFY(error.contains(QStringLiteral("999")));
    }

    void jsonParsesBack()
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(ReportWriter::render(ReportWriter::Format::Json, *m_data), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"format").toString(), QStringLiteral("lathe-report"));
        QCOMPARE(o.value(u"version").toInt(), JsonReport::kVersion);
        QCOMPARE(o.value(u"run").toObject().value(u"id").toInteger(), m_run.runId);
        QCOMPARE(o.value(u"dataset").toObject().value(u"version").toInt(), 1);
        QCOMPARE(o.value(u"currency").type(), QJsonValue::Null);
        const QJsonArray columns = o.value(u"columns").toArray();
        QCOMPARE(columns.size(), 2);
        const QJsonObject summaryA = columns[0].toObject().value(u"summary").toObject();
        QCOMPARE(summaryA.value(u"errors").toInt(), 1);
        QCOMPARE(summaryA.value(u"pass_rate").toDouble(), 0.4);
        QCOMPARE(summaryA.value(u"pass_interval").toArray().size(), 2);
        QCOMPARE(columns[1].toObject().value(u"prompt").toObject().value(u"template").toString(),
                 QStringLiteral("Answer briefly, <b>one word</b>: {{ question }}"));
        QVERIFY(columns[1].toObject().value(u"prompt_diff").isString());

        const QJsonArray rows = o.value(u"rows").toArray();
        QCOMPARE(rows.size(), 5);
        int cases = 0, errors = 0;
        for (const QJsonValue &row : rows) {
            QCOMPARE(row.toObject().value(u"cases").toArray().size(), 2);
            for (const QJsonValue &c : row.toObject().value(u"cases").toArray()) {
                ++cases;
                if (c.toObject().value(u"status").toString() == u"error") {
                    ++errors;
                    QCOMPARE(c.toObject().value(u"output").type(), QJsonValue::Null);
                    QCOMPARE(c.toObject().value(u"pass").toBool(true), false);
                }
            }
        }
        QCOMPARE(cases, 10);
        QCOMPARE(errors, 1);
        const QJsonObject row1b = rows[1].toObject().value(u"cases").toArray()[1].toObject();
        QCOMPARE(row1b.value(u"output").toString(), reportfixture::kImg);
        QCOMPARE(row1b.value(u"scores").toArray().size(), 2);
        QCOMPARE(rows[1].toObject().value(u"data").toObject().value(u"c0").toString(),
                 QStringLiteral("</td><script>alert(2)</script>"));
        QCOMPARE(o.value(u"judgements").toArray().size(), 2);
        QCOMPARE(o.value(u"judgements").toArray()[1].toObject().value(u"rating").toInt(), 4);
    }

    void junitParses()
    {
        QXmlStreamReader xml(ReportWriter::render(ReportWriter::Format::JUnit, *m_data));
        int suites = 0, testcases = 0, failures = 0, errors = 0;
        QStringList names;
        QString rootFailures;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"testsuites")
                rootFailures = xml.attributes().value(u"failures").toString();
            else if (xml.name() == u"testsuite")
                ++suites;
            else if (xml.name() == u"testcase") {
                ++testcases;
                names << xml.attributes().value(u"classname").toString() + u'/' + xml.attributes().value(u"name").toString();
            } else if (xml.name() == u"failure")
                ++failures;
            else if (xml.name() == u"error")
                ++errors;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 2);
        QCOMPARE(testcases, 10);                 // one per case x column
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 10);
        QCOMPARE(errors, 1);
        QCOMPARE(failures, 2 + 2);               // A: rows 2 and 5; B: rows 1 and 2
        QCOMPARE(rootFailures, QStringLiteral("4"));
        QVERIFY(names.contains(QStringLiteral("qa@2 model-b/row 3")));
        QCOMPARE(JUnitReport::xmlSafe(reportfixture::kControl), QStringLiteral("control \uFFFD char"));
    }

    void csvParsesBack()
    {
        const QString text = QString::fromUtf8(ReportWriter::render(ReportWriter::Format::Csv, *m_data));
        bool ok = false;
        const QList<QStringList> records = parseCsv(text, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 1 + 10);        // header + one row per case and column
        const QStringList header = records.constFirst();
        QCOMPARE(header, CsvReport::header(*m_data));
        for (const QStringList &r : records)
            QCOMPARE(r.size(), header.size());
        const qsizetype output = header.indexOf(u"output");
        const qsizetype column = header.indexOf(u"column");
        const qsizetype status = header.indexOf(u"status");
        const qsizetype question = header.indexOf(u"row:question");
        QVERIFY(output >= 0 && question >= 0 && header.contains(u"score:equals") && header.contains(u"pass:equals"));
        // Row 5, column A: quotes, a comma and a newline survive the round trip.
        QCOMPARE(records[9][output], reportfixture::kQuoted);
        QCOMPARE(records[9][column], QStringLiteral("qa@1 model-a"));
        QCOMPARE(records[7][status], QStringLiteral("error"));
        QCOMPARE(records[3][question], QStringLiteral("</td><script>alert(2)</script>"));
        QCOMPARE(records[1][header.indexOf(u"pass")], QStringLiteral("pass"));
    }

    void pendingCasesAreSkipped()
    {
        // A one-column run of the same dataset with two of five cases answered.
        RunStore runs(m_run.ws->database());
        StoreError error;
        RunSpec spec;
        spec.name = QStringLiteral("");   // unnamed: the report calls it "Run N"
        spec.datasetVersionId = 1;
        spec.columns = {{m_data->columns.constFirst().info.promptVersionId, 0, QStringLiteral("model-c"), {}, {}}};
        const auto runId = runs.createRun(spec, &error);
        QVERIFY2(runId, qPrintable(error.message));
        const QList<CaseWork> pending = runs.pendingCases(*runId, false);
        QList<CaseResult> results;
        for (int i = 0; i < 2; ++i) {
            CaseResult r;
            r.caseId = pending[i].caseId;
            r.ok = true;
            r.output = QStringLiteral("x");
            results << r;
        }
        QVERIFY(runs.writeResults(results, &error));
        QString message;
        const auto data = ReportBuilder::build(m_run.ws->database(), *runId, &message);
        QVERIFY(data);
        QCOMPARE(data->title, QStringLiteral("Run %1").arg(*runId));
        QCOMPARE(data->columns.constFirst().stats.pending, 3);
        QVERIFY(!data->columns.constFirst().stats.passRate);   // no scores: no verdicts
        const QString junit = QString::fromUtf8(JUnitReport::render(*data));
        QCOMPARE(junit.count(u"<skipped"), 3);
        const QString html = HtmlReport::render(*data);
        QVERIFY(html.contains(u"No pass/fail verdicts"));
        QCOMPARE(html.count(u"<svg"), 2);
    }

    // Not a check: with LATHE_SCREENSHOT_DIR set, keeps every text format for people to read.
    void keepSamples()
    {
        const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("LATHE_SCREENSHOT_DIR is not set");
        QDir().mkpath(dir);
        for (const QString &name : ReportWriter::names()) {
            const auto format = *ReportWriter::formatFromName(name);
            if (format == ReportWriter::Format::Pdf)
                continue;
            QFile file(dir + QStringLiteral("/report.") + (format == ReportWriter::Format::JUnit ? QStringLiteral("xml") : name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(ReportWriter::render(format, *m_data));
        }
    }

    void formats()
    {
        QCOMPARE(ReportWriter::formatFromName(QStringLiteral("PDF")), ReportWriter::Format::Pdf);
        QCOMPARE(ReportWriter::formatFromPath(QStringLiteral("out/report.md")), ReportWriter::Format::Markdown);
        QCOMPARE(ReportWriter::formatFromPath(QStringLiteral("junit.xml")), ReportWriter::Format::JUnit);
        QVERIFY(!ReportWriter::formatFromPath(QStringLiteral("report.docx")));
        for (const QString &name : ReportWriter::names())
            QCOMPARE(ReportWriter::name(*ReportWriter::formatFromName(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
