// Importing through the dialog: pick a file, see the preview with guessed roles, change a role
// and a name, import on a worker thread and land in the new dataset's tab; errors point at
// file:line:column; cancel stores nothing; dropping a file on the window starts an import.
#include "datasetpage.h"
#include "datasetscontroller.h"
#include "datasettoolbar.h"
#include "importcolumnstable.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "projectdock.h"
#include "workspacecontroller.h"

#include "dataset/datasettablemodel.h"
#include "cleaning/cleaningdialog.h"
#include "workspace/dataseteditor.h"
#include "workspace/datasetstore.h"
#include "workspace/projecttreemodel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QToolBar>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15000;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString cell(DatasetTableModel *model, int row, int column)
{
    const auto loaded = [&] {
        return !model->isLoading() && model->data(model->index(row, column), DatasetTableModel::LoadedRole).toBool();
    };
    if (!QTest::qWaitFor(loaded, kTimeoutMs))
        return u"<not loaded>"_s;
    return model->data(model->index(row, column)).toString();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"LatheTest"_s); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->controller()->createAt(m_dir.filePath(u"w%1.lathe"_s.arg(++m_count))));
    }

    void cleanup() { m_window.reset(); }

    void importThroughDialog()
    {
        const QString path = m_dir.filePath(u"tickets.csv"_s);
        QVERIFY(writeFile(path, "question,expected_output,source\n"
                                "Reset my password,Use the reset link,web\n"
                                "Cancel my plan,Open Billing,mail\n"
                                "\"Two\nlines\",Yes,web\n"));
        ImportDialog *dialog = m_window->datasets()->importFile(path);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->datasetName(), u"tickets"_s);
        QCOMPARE(dialog->preview().columns.size(), 3);
        QCOMPARE(dialog->preview().columns.at(1).role, ColumnRole::Expected);
        QCOMPARE(dialog->preview().columns.at(2).role, ColumnRole::Metadata);
        QCOMPARE(dialog->previewTable()->rowCount(), 3);
        QCOMPARE(dialog->previewTable()->item(1, 0)->text(), u"Cancel my plan"_s);

        // The user makes "source" a variable with the keyboard and renames "question".
        auto *role = qobject_cast<QComboBox *>(dialog->columnsTable()->cellWidget(2, 2));
        QVERIFY(role);
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Up);
        QTest::keyClick(role, Qt::Key_Up);
        QCOMPARE(dialog->preview().columns.at(2).role, ColumnRole::Variable);
        dialog->columnsTable()->item(0, 1)->setText(u"prompt"_s);
        QCOMPARE(dialog->previewTable()->horizontalHeaderItem(0)->text(), u"prompt"_s);

        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(imported.wait(kTimeoutMs));
        QTRY_VERIFY(!m_window->datasets()->importDialog());   // closed and deleted

        auto *page = qobject_cast<DatasetPage *>(m_window->tabs()->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->title(), u"tickets"_s);
        DatasetTableModel *model = page->model();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"prompt"_s);
        QCOMPARE(model->columns().at(2).role, ColumnRole::Variable);
        QCOMPARE(cell(model, 1, 1), u"Open Billing"_s);
        QCOMPARE(model->data(model->index(2, 0), Qt::EditRole).toString(), u"Two\nlines"_s);

        // The project tree lists the new dataset.
        const auto *tree = m_window->projectDock()->model();
        const QModelIndex datasets = tree->index(ProjectTreeModel::Datasets, 0);
        QCOMPARE(tree->rowCount(datasets), 1);
        QCOMPARE(tree->index(0, 0, datasets).data().toString(), u"tickets"_s);

        // Importing the same file again proposes a free name.
        ImportDialog *again = m_window->datasets()->importFile(path);
        QCOMPARE(again->datasetName(), u"tickets-2"_s);
        again->close();
    }

    void errorsPointAtTheFile()
    {
        // Bad content after the previewed rows: the import fails and says where.
        QByteArray jsonl;
        for (int i = 0; i < 61; ++i)
            jsonl += "{\"q\": \"x\", \"a\": \"y\"}\n";
        jsonl += "{\"q\": \"x\", \"a\": }\n";
        const QString path = m_dir.filePath(u"bad.jsonl"_s);
        QVERIFY(writeFile(path, jsonl));
        ImportDialog *dialog = m_window->datasets()->importFile(path);
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(dialog->importButton()->isEnabled());
        QVERIFY(dialog->startImport());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), kTimeoutMs);
        QVERIFY2(dialog->errorText().startsWith(u"bad.jsonl:62:17: "_s), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(DatasetStore(m_window->controller()->workspace()->database()).list().size(), 0);

        // Bad content within the preview: shown at once, Import disabled.
        QVERIFY(writeFile(path, "{\"q\": 1}\n{\"q\": 2,,}\n"));
        dialog->setFile(path);
        QVERIFY2(dialog->errorText().startsWith(u"bad.jsonl:2:"_s), qPrintable(dialog->errorText()));
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->close();
    }

    void cancelStoresNothing()
    {
        QByteArray csv = "question,answer\n";
        for (int i = 0; i < 200000; ++i)
            csv += "question number " + QByteArray::number(i) + ",answer " + QByteArray::number(i) + "\n";
        const QString path = m_dir.filePath(u"big.csv"_s);
        QVERIFY(writeFile(path, csv));
        ImportDialog *dialog = m_window->datasets()->importFile(path);
        QVERIFY(dialog->startImport());
        QVERIFY(dialog->isImporting());
        QTest::keyClick(dialog, Qt::Key_Escape);   // cancels, and the dialog stays to say so
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), kTimeoutMs);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(u"cancelled"_s), qPrintable(dialog->errorText()));
        QCOMPARE(DatasetStore(m_window->controller()->workspace()->database()).list().size(), 0);

        // Closing the workspace during an import cancels it and waits for it.
        QVERIFY(dialog->startImport());
        const QString workspace = m_window->controller()->workspace()->path();
        m_window->controller()->closeWorkspace();
        QVERIFY(!m_window->datasets()->importDialog());
        QVERIFY(m_window->controller()->openPath(workspace));
        QCOMPARE(DatasetStore(m_window->controller()->workspace()->database()).list().size(), 0);
    }

    void dropFileOnWindow()
    {
        const QString path = m_dir.filePath(u"dropped.jsonl"_s);
        QVERIFY(writeFile(path, "{\"input\": \"2+2\", \"ideal\": \"4\"}\n{\"input\": \"3+3\", \"ideal\": \"6\"}\n"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        ImportDialog *dialog = m_window->datasets()->importDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->file(), path);
        QCOMPARE(dialog->preview().rows.size(), 2);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(imported.wait(kTimeoutMs));
        auto *page = qobject_cast<DatasetPage *>(m_window->tabs()->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->title(), u"dropped"_s);
        QTRY_COMPARE(page->model()->rowCount(), 2);

        // Other files are not taken.
        QMimeData image;
        image.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"picture.png"_s))});
        QDragEnterEvent other(at, Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
        other.setAccepted(false);
        QCoreApplication::sendEvent(m_window.get(), &other);
        QVERIFY(!other.isAccepted());
    }

    void datasetToolHook()
    {
        const QString path = m_dir.filePath(u"qa.csv"_s);
        QVERIFY(writeFile(path, "q,a\nq1,a1\n"));
        ImportDialog *dialog = m_window->datasets()->importFile(path);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QVERIFY(dialog->startImport());
        QVERIFY(imported.wait(kTimeoutMs));
        auto *page = qobject_cast<DatasetPage *>(m_window->tabs()->currentWidget());
        QVERIFY(page);
        QCOMPARE(cell(page->model(), 0, 1), u"a1"_s);

        // A tool (as the cleaning dialog is) registered after the tab opened: its action shows
        // in the tab's toolbar; what it writes shows once its dialog closes.
        qint64 toolDataset = 0;
        m_window->datasets()->addDatasetTool(u"Tool…"_s, [&](Database &db, qint64 datasetId, QWidget *parent) {
            toolDataset = datasetId;
            auto *d = new QDialog(parent);
            d->setAttribute(Qt::WA_DeleteOnClose);
            connect(d, &QDialog::accepted, d, [&db, datasetId] {
                DatasetStore store(db);
                store.freezeVersion(store.find(datasetId)->head.id);
                DatasetEditor editor(db, datasetId);
                editor.setCell(store.rows(store.find(datasetId)->head.id, 0, 1).at(0).id, u"c2"_s, u"cleaned"_s);
            });
            return d;
        });
        QAction *tool = nullptr;
        QAction *clean = nullptr;
        for (QAction *a : page->toolBar()->actions()) {
            if (a->text() == u"Tool…"_s)
                tool = a;
            else if (a->text() == u"Clean…"_s)
                clean = a;
        }
        // The cleaning dialog is one such tool.
        QVERIFY(clean);
        clean->trigger();
        auto *cleaning = m_window->findChild<CleaningDialog *>();
        QVERIFY(cleaning);
        QVERIFY(cleaning->isVisible());
        cleaning->close();
        QTRY_VERIFY(!m_window->findChild<CleaningDialog *>());

        QVERIFY(tool);
        tool->trigger();
        QCOMPARE(toolDataset, page->datasetId());
        auto *toolDialog = m_window->findChild<QDialog *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(toolDialog);
        toolDialog->accept();
        QTRY_COMPARE(page->model()->versionNumber(), 2);
        QCOMPARE(cell(page->model(), 0, 1), u"cleaned"_s);
    }

    // Not a check: with LATHE_SCREENSHOT_DIR set, saves the dialog for people to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set LATHE_SCREENSHOT_DIR to save screenshots");
        const QString path = m_dir.filePath(u"support-eval.csv"_s);
        QByteArray csv = "id,question,expected_output,category,__metadata:owner\n";
        for (int i = 1; i <= 80; ++i)
            csv += QByteArray::number(i) + ",How do I change my billing address (case " + QByteArray::number(i)
                + ")?,Open Billing and choose Address.," + (i % 2 ? "billing" : "account") + ",support\n";
        QVERIFY(writeFile(path, csv));
        ImportDialog *dialog = m_window->datasets()->importFile(path);
        dialog->setColumnRole(3, ColumnRole::Variable);
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(out + u"/dataset-import.png"_s));
        dialog->close();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_count = 0;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
