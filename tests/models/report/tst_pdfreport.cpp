// The PDF report (lathe_pdf): a paged A4 document whose page count matches its footers, read
// back with poppler's tools when they are installed. Saves page images when
// LATHE_SCREENSHOT_DIR is set.
#include "reportfixture.h"

#include "pdfreport.h"
#include "report/reportbuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

class TestPdfReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ReportData data(const QString &name, int extraRows)
    {
        const reportfixture::Run run = reportfixture::create(m_dir.filePath(name), extraRows);
        QString error;
        const auto d = ReportBuilder::build(run.ws->database(), run.runId, &error);
        if (!d)
            qFatal("%s", qPrintable(error));
        return *d;
    }

    // Writes the PDF to a file; returns its page count (0 on failure).
    int writePdf(const ReportData &d, const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        QString error;
        const std::optional<int> pages = PdfReport::write(d, &file, &error);
        if (!pages)
            qWarning("%s", qPrintable(error));
        return pages.value_or(0);
    }

    // The page count the PDF itself declares in its page tree.
    static int declaredPages(const QByteArray &pdf)
    {
        const QRegularExpression count(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)"),
                                       QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = count.match(QString::fromLatin1(pdf));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    // The program's standard output; empty when it failed.
    static std::optional<QString> run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return std::nullopt;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void pagedPdf()
    {
        const ReportData d = data(QStringLiteral("small.lathe"), 0);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        const std::optional<int> pages = PdfReport::write(d, &buffer, &error);
        QVERIFY2(pages, qPrintable(error));
        QVERIFY(*pages > 0);
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(declaredPages(pdf), *pages);
    }

    void moreRowsMorePages()
    {
        const QString small = m_dir.filePath(QStringLiteral("small.pdf"));
        const QString large = m_dir.filePath(QStringLiteral("large.pdf"));
        const int smallPages = writePdf(data(QStringLiteral("small2.lathe"), 0), small);
        const int largePages = writePdf(data(QStringLiteral("large.lathe"), 80), large);
        QVERIFY(smallPages > 0);
        QVERIFY2(largePages > smallPages, qPrintable(QStringLiteral("%1 vs %2").arg(largePages).arg(smallPages)));
        QFile f(large);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(declaredPages(f.readAll()), largePages);
    }

    void readBackWithPoppler()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftotext.isEmpty() || pdftoppm.isEmpty())
            QSKIP("poppler-utils (pdftotext, pdftoppm) is not installed");
        const QString path = m_dir.filePath(QStringLiteral("poppler.pdf"));
        const int pages = writePdf(data(QStringLiteral("poppler.lathe"), 30), path);
        QVERIFY(pages > 1);
        // Not a check: with LATHE_SCREENSHOT_DIR set, keeps the PDF and its first pages for people.
        const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QFile::remove(dir + QStringLiteral("/report.pdf"));
            QFile::copy(path, dir + QStringLiteral("/report.pdf"));
            run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("3"), path, dir + QStringLiteral("/report-page")});
        }

        // Every page carries its footer; the text of the data is text, markup included.
        const QString text = run(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")}).value_or(QString());
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.count(u'\f'), pages);   // one form feed per page
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(QString::number(page)));
        QVERIFY(text.contains(QStringLiteral("v1 vs v2 <compare>")));
        QVERIFY(text.contains(QStringLiteral("Human judgements")));
        QVERIFY(text.contains(reportfixture::kScript));
        QVERIFY(text.contains(QStringLiteral("onerror=alert(1)>")));   // kImg, wrapped in its cell
        const QString info = run(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path}).value_or(QString());
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"))));

        // The first page renders: mostly white paper with ink on it.
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        QVERIFY(run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), path, prefix}));
        QImage first(prefix + QStringLiteral("-1.png"));
        if (first.isNull())
            first.load(prefix + QStringLiteral("-01.png"));
        QVERIFY(!first.isNull());
        QCOMPARE(first.width() < first.height(), true);   // portrait
        qint64 ink = 0;
        for (int y = 0; y < first.height(); y += 2) {
            for (int x = 0; x < first.width(); x += 2)
                ink += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
        }
        const double share = double(ink) / (double(first.width()) * first.height() / 4);
        QVERIFY2(share > 0.005 && share < 0.4, qPrintable(QString::number(share)));

    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
