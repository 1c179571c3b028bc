// The run dialog: the planned case count follows every choice (versions x models x rows of
// the chosen version and tag x repeats); the spec it produces holds one column per version
// and model with the provider snapshot (a key reference, never a key); a prompt's linked
// dataset is preselected.
#include "runguifixture.h"
#include "screenshot.h"

#include "modelpicker.h"
#include "promptversionpicker.h"
#include "rundialog.h"

#include "workspace/promptdatasetlink.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lathe;
using namespace lathe::testing;

class TestRunDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_tickets = 0;

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private Q_SLOTS:
    void init()
    {
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"d%1.lathe"_s.arg(QDateTime::currentMSecsSinceEpoch())), u"t"_s, &error, true);
        Database &db = m_ws->database();
        m_tickets = addDataset(db, 12);                     // 6 even, 6 odd
        addDataset(db, 5, {}, u"smoke"_s);
        addProvider(db, u"http://127.0.0.1:9"_s, {u"mock-small"_s, u"mock-large"_s}, u"mock"_s, u"env:MOCK_KEY"_s);
        addProvider(db, u"http://127.0.0.1:8"_s, {}, u"local"_s);
        commitPrompt(db, u"classify"_s, u"Classify: {{ text }}"_s);
        commitPrompt(db, u"classify"_s, u"Classify this: {{ text }}"_s);
        commitPrompt(db, u"translate"_s, u"Translate: {{ text }}"_s);
    }

    void plannedCountMath_data()
    {
        QTest::addColumn<qint64>("versions");
        QTest::addColumn<qint64>("models");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("repeats");
        QTest::addColumn<qint64>("cases");
        QTest::newRow("one of each") << 1LL << 1LL << 1LL << 1LL << 1LL;
        QTest::newRow("matrix") << 3LL << 2LL << 100LL << 2LL << 1200LL;
        QTest::newRow("no model") << 2LL << 0LL << 100LL << 1LL << 0LL;
        QTest::newRow("no rows") << 2LL << 2LL << 0LL << 5LL << 0LL;
        QTest::newRow("large") << 4LL << 5LL << 20000LL << 10LL << 4000000LL;
    }

    void plannedCountMath()
    {
        QFETCH(qint64, versions);
        QFETCH(qint64, models);
        QFETCH(qint64, rows);
        QFETCH(qint64, repeats);
        QFETCH(qint64, cases);
        QCOMPARE(RunDialog::plannedCases(versions, models, rows, repeats), cases);
    }

    void countFollowsTheChoices()
    {
        RunDialog dialog(m_ws->database());
        dialog.show();
        QPushButton *start = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // Datasets are listed by name: "smoke" (5 rows) comes first.
        QCOMPARE(child<QComboBox>(&dialog, "dataset")->currentText(), u"smoke"_s);
        QCOMPARE(dialog.rowCount(), 5);
        QCOMPARE(dialog.plannedCases(), 0);
        QVERIFY(!start->isEnabled());

        QVERIFY(dialog.versionPicker()->check(u"classify"_s, 1));
        QVERIFY(dialog.versionPicker()->check(u"classify"_s, 2));
        QVERIFY(dialog.modelPicker()->check(u"mock"_s, u"mock-small"_s));
        QCOMPARE(dialog.plannedCases(), 2 * 1 * 5);
        QVERIFY(start->isEnabled());

        // A model the provider does not list, typed in: added under the selected provider.
        QTreeWidget *models = dialog.modelPicker()->tree();
        models->setCurrentItem(models->topLevelItem(1));   // "mock" (providers by name: local, mock)
        QTest::keyClicks(child<QLineEdit>(&dialog, "typedModel"), u"mock-xl"_s);
        QTest::keyClick(child<QLineEdit>(&dialog, "typedModel"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());   // Enter added the model, it did not start the run
        QCOMPARE(dialog.modelPicker()->checkedModels().size(), 2);
        QCOMPARE(dialog.modelPicker()->checkedModels().last().second, u"mock-xl"_s);
        QCOMPARE(dialog.plannedCases(), 2 * 2 * 5);

        // The bigger dataset, only odd rows, three repeats.
        QVERIFY(dialog.selectDataset(m_tickets, 0, u"odd"_s));
        QCOMPARE(dialog.rowCount(), 6);
        child<QSpinBox>(&dialog, "repeats")->setValue(3);
        QCOMPARE(dialog.plannedCases(), 2 * 2 * 6 * 3);
        QVERIFY2(dialog.summaryText().contains(u"72 cases"_s), qPrintable(dialog.summaryText()));
        child<QComboBox>(&dialog, "tagFilter")->setCurrentIndex(0);   // all rows
        QCOMPARE(dialog.plannedCases(), 2 * 2 * 12 * 3);
        child<QSpinBox>(&dialog, "concurrency")->setValue(16);
        child<QCheckBox>(&dialog, "useCache")->setChecked(false);
        screenshot(&dialog, u"run-dialog"_s);

        const RunSpec spec = dialog.spec();
        QCOMPARE(spec.datasetVersionId, m_tickets);
        QCOMPARE(spec.tag, QString());
        QCOMPARE(spec.repeats, 3);
        QVERIFY(!spec.useCache);
        QCOMPARE(spec.columns.size(), 4);
        QCOMPARE(spec.columns.at(0).model, u"mock-small"_s);
        QCOMPARE(spec.columns.at(1).model, u"mock-xl"_s);
        QCOMPARE(spec.columns.at(0).params.value(u"model"_s).toString(), u"mock-small"_s);
        QCOMPARE(spec.columns.at(0).providerSnapshot.value(u"key_ref"_s).toString(), u"env:MOCK_KEY"_s);
        QVERIFY(!spec.name.isEmpty());
        QCOMPARE(dialog.options().concurrency, 16);
        QCOMPARE(spec.config.value(u"concurrency"_s).toInt(), 16);
        // Versions newest first: v2 then v1.
        const QList<PromptVersion> versions = dialog.versionPicker()->checkedVersions();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).number, 2);
        QCOMPARE(spec.columns.at(0).promptVersionId, versions.at(0).id);
    }

    void linkedDatasetIsPreselected()
    {
        Database &db = m_ws->database();
        const qint64 ticketsId = DatasetStore(db).find(u"tickets"_s)->id;
        StoreError error;
        QVERIFY(PromptDatasetLink(db).setLinkedDataset(PromptStore(db).find(u"translate"_s)->id, ticketsId, &error));
        RunDialog dialog(db);
        QCOMPARE(child<QComboBox>(&dialog, "dataset")->currentText(), u"smoke"_s);
        QVERIFY(dialog.versionPicker()->check(u"translate"_s));
        QCOMPARE(child<QComboBox>(&dialog, "dataset")->currentText(), u"tickets"_s);
        QVERIFY(dialog.modelPicker()->check(u"local"_s, u"llama"_s));
        QCOMPARE(dialog.plannedCases(), 12);
        const RunSpec spec = dialog.spec();
        QCOMPARE(spec.name, u"translate@1 × llama"_s);
        QCOMPARE(spec.columns.first().providerSnapshot.value(u"key_ref"_s).toString(), QString());
    }
};

QTEST_MAIN(TestRunDialog)
#include "tst_rundialog.moc"
