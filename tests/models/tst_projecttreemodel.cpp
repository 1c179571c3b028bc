#include "workspace/projecttreemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

class TestProjectTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsGroupsAndItems()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("t.lathe")), {}, &error);
        QVERIFY(ws);
        ws->database().exec(
            "INSERT INTO prompts (name, created_at, updated_at) VALUES ('summarise', 'n', 'n'), ('Classify', 'n', 'n');"
            "INSERT INTO datasets (name, created_at) VALUES ('tickets', 'n');"
            "INSERT INTO runs (status, created_at) VALUES ('completed', '2026-01-01');");

        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);   // nothing open: no groups

        model.reload(&ws->database());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex prompts = model.index(ProjectTreeModel::Prompts, 0);
        QCOMPARE(prompts.data().toString(), QStringLiteral("Prompts"));
        QCOMPARE(model.rowCount(prompts), 2);
        // Sorted case-insensitively.
        QCOMPARE(model.index(0, 0, prompts).data().toString(), QStringLiteral("Classify"));
        QCOMPARE(model.index(1, 0, prompts).data(ProjectTreeModel::KindRole).toString(), QStringLiteral("prompt"));
        const QModelIndex runs = model.index(ProjectTreeModel::Runs, 0);
        QCOMPARE(model.index(0, 0, runs).data().toString(), QStringLiteral("Run 1"));
        QCOMPARE(model.parent(model.index(0, 0, runs)), runs);

        model.reload(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectTreeModel)
#include "tst_projecttreemodel.moc"
