// The HTML and Markdown reports: markup from model output and dataset text stays text (read
// back raw and, when Chromium is installed, as the DOM a browser builds), the HTML is
// self-contained with inline SVG charts, and the Markdown keeps its tables whole.
#include "reportfixture.h"

#include "report/htmlreport.h"
#include "report/markdownreport.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace lathe;

class TestHtmlReport : public QObject
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

    void htmlIsEscapedAndSelfContained()
    {
        const QString html = HtmlReport::render(*m_data);
        // No markup from the data survives: the only tags are the report's own.
        QVERIFY(!html.contains(u"<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img", Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<b>one word"));
        QVERIFY(!html.contains(u"<b>safe"));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"));
        QVERIFY(html.contains(u"&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
        QVERIFY(html.contains(u"v1 vs v2 &lt;compare&gt;"));
        // Charts inline, nothing fetched from anywhere.
        QCOMPARE(html.count(u"<svg"), 2);
        QVERIFY(!html.contains(u"src=\"http"));
        QVERIFY(!html.contains(u"href=\"http"));
        QVERIFY(!html.contains(u"url(", Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"@import"));
        QVERIFY(html.contains(u"Content-Security-Policy"));
        // Summary, judgements, metadata and the prompt diff are there.
        QVERIFY(html.contains(u"40.0%") && html.contains(u"60.0%"));
        QVERIFY(html.contains(u"B is &lt;better&gt;"));
        QVERIFY(html.contains(u"model-b"));
        QVERIFY(html.contains(u"<span class=\"ins\">+Answer briefly, &lt;b&gt;one word&lt;/b&gt;: {{ question }}</span>"));
        // Every element the report opens in the case table is closed again.
        QCOMPARE(html.count(u"<td"), html.count(u"</td>"));
        QCOMPARE(html.count(u"<tr>"), html.count(u"</tr>"));
        QCOMPARE(html.count(u"<div"), html.count(u"</div>"));
        QCOMPARE(html.count(u"<span"), html.count(u"</span>"));
    }


    void printLayoutRefersToChartImages()
    {
        HtmlReport::Options options;
        options.printLayout = true;
        const QString html = HtmlReport::render(*m_data, options);
        QVERIFY(!html.contains(u"<svg"));
        for (const auto &[name, scene] : HtmlReport::charts(*m_data)) {
            QVERIFY(html.contains(u"<img src=\"" + name + u'"'));
            QVERIFY(!scene.items.isEmpty());
        }
    }


    void markdownHasTheSummaryTable()
    {
        const QString md = MarkdownReport::render(*m_data);
        QVERIFY(md.contains(u"| Column | Pass rate | 95% interval |"));
        const QRegularExpression rowA(QStringLiteral("^\\| qa@1 model-a \\| 40\\.0% \\| [0-9.]+-[0-9.]+% \\| 2/5 \\| 4 \\| 1 \\| 0 \\|"),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(rowA.match(md).hasMatch(), qPrintable(md.left(1200)));
        QVERIFY(md.contains(u"| qa@2 model-b | 60.0% |"));
        // Outside code blocks (where Markdown shows text as is) no markup from the data survives.
        QString prose;
        bool inFence = false;
        for (const QString &line : md.split(u'\n')) {
            if (line.startsWith(u"```"))
                inFence = !inFence;
            else if (!inFence)
                prose += line + u'\n';
        }
        QVERIFY(!inFence);
        QVERIFY(!prose.contains(u"<script"));
        QVERIFY(!prose.contains(u"<img"));
        QVERIFY(md.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(md.contains(u"```diff\n"));
        // A table cell never breaks its row: newlines become <br>.
        QVERIFY(md.contains(u"He said \"hi\", then left<br>second line"));
    }


    void markdownFencesOutlastBackticks()
    {
        const QString block = MarkdownReport::fenced(QStringLiteral("a ```` b"), QStringLiteral("text"));
        QVERIFY(block.startsWith(u"`````text\n"));
        QVERIFY(block.endsWith(u"\n`````\n\n"));
        QCOMPARE(MarkdownReport::cell(QStringLiteral("a|b*c")), QStringLiteral("a\\|b\\*c"));
    }


    void htmlInABrowser()
    {
        QString browser;
        for (const char *name : {"chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"}) {
            browser = QStandardPaths::findExecutable(QString::fromLatin1(name));
            if (!browser.isEmpty())
                break;
        }
        if (browser.isEmpty())
            QSKIP("no Chromium to load the HTML report in");
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ReportWriter::render(ReportWriter::Format::Html, *m_data));
        file.close();
        const QStringList common{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                 QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("chromium")),
                                 QStringLiteral("--enable-logging=stderr"), QStringLiteral("--v=0")};
        QProcess p;
        p.start(browser, common + QStringList{QStringLiteral("--dump-dom"), QUrl::fromLocalFile(path).toString()});
        QVERIFY(p.waitForFinished(60000));
        const QString dom = QString::fromUtf8(p.readAllStandardOutput());
        const QString log = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(dom.contains(u"</html>"), qPrintable(log.right(2000)));
        // The page as the browser built it: the data's markup became text, not elements, and
        // never ran; the charts are SVG elements; nothing was blocked by the page's policy.
        QVERIFY(dom.contains(u"<title>v1 vs v2 &lt;compare&gt; - Lathe report</title>"));
        QVERIFY(!dom.contains(u"pwned</title>"));
        QVERIFY(!dom.contains(u"<script", Qt::CaseInsensitive));
        QVERIFY(!dom.contains(u"<img", Qt::CaseInsensitive));
        QVERIFY(dom.contains(u"&lt;img src=x onerror=\"document.title='pwned'\"&gt;"));
        QCOMPARE(dom.count(u"<svg"), 2);
        QVERIFY(dom.count(u"<rect") >= 4);
        QVERIFY2(!log.contains(u"Content Security Policy"), qPrintable(log.right(2000)));

        // Not a check: with LATHE_SCREENSHOT_DIR set, keeps a screenshot for people to look at.
        const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            p.start(browser, common + QStringList{QStringLiteral("--window-size=1280,2400"),
                                                  QStringLiteral("--screenshot=") + dir + QStringLiteral("/report-html.png"),
                                                  QUrl::fromLocalFile(path).toString()});
            p.waitForFinished(60000);
        }
    }

};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
