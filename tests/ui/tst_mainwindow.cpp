// GUI smoke test: the main window opens a workspace, shows its tree and title, survives a bad
// file, Save As, and close.
#include "aboutdialog.h"
#include "emptystatepage.h"
#include "mainwindow.h"
#include "projectdock.h"
#include "workspacecontroller.h"

#include "workspace/projecttreemodel.h"
#include "workspace/recentfiles.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace lathe;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LatheTest"));
        RecentFiles::clear();
    }

    void opensWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("smoke.lathe"));
        {
            WorkspaceError error;
            auto ws = Workspace::create(path, QStringLiteral("Smoke"), &error);
            QVERIFY(ws);
            ws->database().exec("INSERT INTO datasets (name, created_at) VALUES ('tickets', 'n');");
        }

        MainWindow window;
        QAbstractItemModelTester tester(window.projectDock()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.projectDock()->model()->rowCount(), 0);

        QVERIFY(window.controller()->openPath(path));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Smoke")));
        const auto *model = window.projectDock()->model();
        QCOMPARE(model->rowCount(), 3);
        const QModelIndex datasets = model->index(ProjectTreeModel::Datasets, 0);
        QCOMPARE(model->index(0, 0, datasets).data().toString(), QStringLiteral("tickets"));
        QVERIFY(window.projectDock()->view()->isExpanded(datasets));
        QCOMPARE(RecentFiles::list().value(0), QFileInfo(path).absoluteFilePath());
        // With no tab open, the overview tells what the project holds.
        auto *counts = window.findChild<QLabel *>(QStringLiteral("overviewCounts"));
        QVERIFY(counts && counts->isVisible());
        QVERIFY2(counts->text().contains(QStringLiteral("Datasets</td><td align='right'><b>1</b>")),
                 qPrintable(counts->text()));

        // Save As moves the window to the copy.
        const QString copy = dir.filePath(QStringLiteral("copy.lathe"));
        QVERIFY(window.controller()->saveCopyAs(copy));
        QVERIFY(window.windowTitle().contains(QStringLiteral("copy.lathe")));
        QVERIFY(QFile::exists(copy));

        window.controller()->closeWorkspace();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(window.windowTitle(), QStringLiteral("Lathe"));
    }

    void badFileShowsErrorAndKeepsState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.lathe"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, it's a shopping list: eggs, milk, bread and more. "
                "padding padding padding padding padding padding padding padding");
        f.close();

        MainWindow window;
        window.show();
        // Dismiss the warning box the controller shows, and remember its text.
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.controller()->openPath(path));
        QVERIFY2(shown.contains(QStringLiteral("bad.lathe")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("not a Lathe workspace")));
        QVERIFY(!window.controller()->workspace());
        QCOMPARE(window.windowTitle(), QStringLiteral("Lathe"));
    }

    void windowStateIsRestored()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(713, 487);
            window.projectDock()->hide();
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(713, 487));
        QVERIFY(!again.projectDock()->isVisible());
        again.projectDock()->show();
        again.close();
    }

    void welcomePageOpensRecentWorkspaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recent.lathe"));
        WorkspaceError error;
        QVERIFY(Workspace::create(path, QStringLiteral("Recent one"), &error));
        RecentFiles::clear();
        RecentFiles::add(dir.filePath(QStringLiteral("gone.lathe")));
        RecentFiles::add(path);

        MainWindow window;
        window.show();
        auto *welcome = window.findChild<EmptyStatePage *>();
        QVERIFY(welcome && welcome->isVisible());
        QListWidget *recent = welcome->recentList();
        QCOMPARE(recent->count(), 2);
        QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("recent.lathe")));
        QVERIFY(!(recent->item(1)->flags() & Qt::ItemIsEnabled));   // the missing file
        // The server probe answers (here: nothing listens on the default ports).
        QSignalSpy detected(welcome, &EmptyStatePage::serversDetected);
        QVERIFY(detected.count() > 0 || detected.wait(5000));
        QVERIFY(!welcome->serversText().isEmpty());

        Q_EMIT recent->itemActivated(recent->item(0));
        QVERIFY(window.controller()->workspace());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Recent one")));
        window.controller()->closeWorkspace();
    }

    void aboutListsLibraryVersions()
    {
        const QString text = AboutDialog::libraryVersions();
        for (const char *lib : {"Qt 6.", "QScintilla 2.", "KSyntaxHighlighting 6.", "SQLite 3.", "libcurl "})
            QVERIFY2(text.contains(QLatin1StringView(lib)), lib);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
