// File > Export: the dialog writes each format from a stored run, follows the format with the
// file suffix, reports failures in place and never leaves a partial file.
#include "reportexportdialog.h"
#include "reportfixture.h"
#include "screenshot.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestReportExportDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QSettings().setValue(u"export/openWhenDone"_s, false);   // never launch a viewer from a test
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"report.lathe"_s);
        reportfixture::Run run = reportfixture::create(m_path);
        QVERIFY(run.ws);
        m_runId = run.runId;
    }

    void listsRunsAndProposesAFileNamedAfterTheRun()
    {
        ReportExportDialog dialog(m_path, m_runId);
        QCOMPARE(dialog.runId(), m_runId);
        dialog.setFormat(ReportWriter::Format::Markdown);
        QVERIFY2(dialog.outputPath().endsWith(u"v1-vs-v2-compare.md"_s), qPrintable(dialog.outputPath()));
        dialog.setFormat(ReportWriter::Format::JUnit);
        QVERIFY(dialog.outputPath().endsWith(u".xml"_s));
        testing::screenshot(&dialog, u"export-dialog"_s);
    }

    void writesHtmlWithEscapedOutputs()
    {
        ReportExportDialog dialog(m_path, m_runId);
        dialog.setFormat(ReportWriter::Format::Html);
        const QString out = m_dir.filePath(u"out.html"_s);
        dialog.setOutputPath(out);
        QSignalSpy exported(&dialog, &ReportExportDialog::exported);
        dialog.exportNow();
        QVERIFY(dialog.isExporting());
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().first().toString(), out);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.contains("v1 vs v2 &lt;compare&gt;"));
        QVERIFY(!html.contains(reportfixture::kScript.toUtf8()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void writesJsonAndPdf()
    {
        for (auto format : {ReportWriter::Format::Json, ReportWriter::Format::Pdf}) {
            ReportExportDialog dialog(m_path, m_runId);
            dialog.setFormat(format);
            const QString out = m_dir.filePath(format == ReportWriter::Format::Pdf ? u"out.pdf"_s : u"out.json"_s);
            dialog.setOutputPath(out);
            QSignalSpy exported(&dialog, &ReportExportDialog::exported);
            dialog.exportNow();
            QVERIFY(exported.wait(60000));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (format == ReportWriter::Format::Pdf) {
                QVERIFY(bytes.startsWith("%PDF-"));
                QVERIFY2(dialog.statusText().contains(u"page"_s), qPrintable(dialog.statusText()));
            } else {
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QVERIFY(doc.isObject());
            }
        }
    }

    void aFailureIsShownAndLeavesNoFile()
    {
        ReportExportDialog dialog(m_path, m_runId);
        dialog.setFormat(ReportWriter::Format::Csv);
        const QString out = m_dir.filePath(u"missing-folder/out.csv"_s);
        dialog.setOutputPath(out);
        QSignalSpy exported(&dialog, &ReportExportDialog::exported);
        dialog.exportNow();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
        QCOMPARE(exported.count(), 0);
        QVERIFY2(dialog.statusText().contains(u"not written"_s) && dialog.statusText().contains(u"out.csv"_s),
                 qPrintable(dialog.statusText()));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));   // still open for another try
    }

    void aWorkspaceWithoutRunsSaysWhatToDo()
    {
        const QString empty = m_dir.filePath(u"empty.lathe"_s);
        WorkspaceError error;
        QVERIFY(Workspace::create(empty, u"Empty"_s, &error, true));
        ReportExportDialog dialog(empty, 0);
        QVERIFY(dialog.statusText().contains(u"New Run"_s));
        dialog.exportNow();
        QVERIFY(!dialog.isExporting());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_runId = 0;
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
