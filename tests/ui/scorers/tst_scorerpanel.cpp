// The scorer panel: problems with their line, scorer and field while typing; Save only for a
// valid, changed list; YAML <-> JSON keeping the list; the Add Scorer menu; the dataset's and a
// row's scorers saved through the stores with undo; a failed save keeping what was stored;
// unsaved changes asked about; the run dialog's extra scorers. Screenshots with
// LATHE_SCREENSHOT_DIR.
#include "scorerfixture.h"

#include "datasets/datasetpage.h"
#include "datasets/datasettoolbar.h"
#include "editor/prompteditor.h"
#include "runs/rundialog.h"
#include "scorers/datasetscoreractions.h"
#include "scorers/scorercatalog.h"
#include "scorers/scorerlistedit.h"
#include "scorers/scorerpanel.h"
#include "scorers/scorersdialog.h"
#include "scorers/scorertextcheck.h"

#include "dataset/datasettablemodel.h"
#include "eval/scorers/scorerregistry.h"
#include "workspace/datasetstore.h"
#include "workspace/rowscorerstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x74, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x74, 0x78));
    return p;
}

const QString kValid = u"- type: icontains\n"
                       "  value: paris\n"
                       "- type: latency\n"
                       "  threshold: 2000\n"_s;

} // namespace

class TestScorerPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_n = 0;

    Database &db() { return m_ws->database(); }
    QJsonArray storedDefaults()
    {
        return DatasetStore(db()).find(qint64(1))->defaultScorers;
    }

private Q_SLOTS:
    void init()
    {
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"s%1.lathe"_s.arg(++m_n)), {}, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        test::addCapitals(db());
    }
    void cleanup() { m_ws.reset(); }

    void checkNamesLineScorerAndField()
    {
        using Syntax = ScorerTextCheck::Syntax;
        // Every scorer is checked: a bad threshold (line 4), an unknown type (line 5), a bad regex
        // (line 8), and a promptfoo type Lathe does not run (a warning, line 9).
        const QString text = u"- type: contains\n"
                             "  value: a\n"
                             "- type: equals\n"
                             "  threshold: high\n"
                             "- type: containz\n"
                             "  value: b\n"
                             "- type: regex\n"
                             "  value: \"(unclosed\"\n"
                             "- type: python\n"
                             "  value: file://check.py\n"_s;
        const ScorerTextCheck::Result r = ScorerTextCheck::check(text, Syntax::Yaml, false);
        QVERIFY(!r.isValid());
        QCOMPARE(r.problems.size(), 4);
        QCOMPARE(r.errorCount(), 3);
        QCOMPARE(r.problems[0].line, 4);
        QCOMPARE(r.problems[0].scorer, 1);
        QCOMPARE(r.problems[0].field, u"threshold"_s);
        QCOMPARE(r.problems[1].line, 5);
        QCOMPARE(r.problems[1].scorer, 2);
        QCOMPARE(r.problems[1].field, u"type"_s);
        QVERIFY(r.problems[1].message.contains(u"containz"_s));
        QCOMPARE(r.problems[2].line, 8);
        QCOMPARE(r.problems[2].field, u"value"_s);
        QCOMPARE(r.problems[3].line, 9);
        QVERIFY(!r.problems[3].isError());

        // YAML syntax: the line of the mistake.
        const auto yaml = ScorerTextCheck::check(u"- type: contains\n  value: [a, b\n- type: equals\n"_s, Syntax::Yaml, false);
        QCOMPARE(yaml.problems.size(), 1);
        QVERIFY(yaml.problems[0].line >= 2);
        // JSON syntax: line and column from the parser.
        const auto json = ScorerTextCheck::check(u"[\n  {\"type\": \"contains\",\n   \"value\": \"a\"\n  ,}\n]"_s,
                                                 Syntax::Json, false);
        QCOMPARE(json.problems.size(), 1);
        QCOMPARE(json.problems[0].line, 4);
        // JSON positions of a scorer's field.
        const auto jsonField = ScorerTextCheck::check(u"[\n {\"type\": \"contains\", \"value\": \"a\"},\n"
                                                      " {\"type\": \"latency\",\n  \"threshold\": \"soon\"}\n]"_s,
                                                      Syntax::Json, false);
        QCOMPARE(jsonField.problems.size(), 1);
        QCOMPARE(jsonField.problems[0].line, 4);
        QCOMPARE(jsonField.problems[0].scorer, 1);

        // A list threshold is a run's; datasets and rows refuse it.
        const QString withThreshold = u"assert:\n  - type: contains\n    value: a\nthreshold: 0.5\n"_s;
        const auto dataset = ScorerTextCheck::check(withThreshold, Syntax::Yaml, false);
        QCOMPARE(dataset.problems.size(), 1);
        QCOMPARE(dataset.problems[0].line, 4);
        const auto run = ScorerTextCheck::check(withThreshold, Syntax::Yaml, true);
        QVERIFY(run.isValid());
        QCOMPARE(run.set->threshold, std::optional<double>(0.5));

        // Nesting deep enough to exhaust a recursive parser is refused, not followed.
        const auto deep = ScorerTextCheck::check(QString(100000, u'['), Syntax::Yaml, false);
        QCOMPARE(deep.problems.size(), 1);
        QVERIFY(!deep.isValid());

        // Empty and comment-only text is an empty list.
        QVERIFY(ScorerTextCheck::check(u"# nothing yet\n"_s, Syntax::Yaml, false).set->isEmpty());
        QVERIFY(ScorerTextCheck::check(QString(), Syntax::Json, false).set->isEmpty());
    }

    void typingShowsLineAndFixingEnablesSave()
    {
        ScorersDialog dialog(u"Scorers"_s, u"intro"_s);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        int saves = 0;
        dialog.setSaver([&](const ScorerSet &, QString *) { return ++saves > 0; });
        ScorerPanel *panel = dialog.panel();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.saveButton()->isEnabled());   // nothing changed yet

        panel->setText(kValid);
        QTRY_VERIFY(!panel->isCheckPending());
        QVERIFY(panel->isValid());
        QVERIFY(panel->isModified());
        QVERIFY(dialog.saveButton()->isEnabled());

        // Type a mistake at the end of line 4 ("threshold: 2000" -> "2000 ms").
        PromptEditor *editor = panel->editor();
        editor->setCursorPosition(3, int(editor->text(3).trimmed().size()) + 2);   // after "  threshold: 2000"
        editor->setFocus();
        QTest::keyClicks(editor, u" ms"_s);
        QVERIFY(panel->isCheckPending());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isCheckPending(), kTimeoutMs);
        QVERIFY(!panel->isValid());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(panel->problems().size(), 1);
        const QString shown = panel->problemList()->item(0)->text();
        QVERIFY2(shown.startsWith(u"Line 4, scorer 2, threshold: "_s), qPrintable(shown));

        // Clicking the problem puts the caret on its line.
        editor->setCursorPosition(0, 0);
        const QRect rect = panel->problemList()->visualItemRect(panel->problemList()->item(0));
        QTest::mouseClick(panel->problemList()->viewport(), Qt::LeftButton, {}, rect.center());
        int line = -1;
        int index = -1;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 3);

        // Fix it: Save comes back, and saving hands the list over.
        editor->setCursorPosition(3, int(editor->text(3).trimmed().size()) + 2);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        QVERIFY(!dialog.saveButton()->isEnabled());   // until the check has run
        QTRY_VERIFY_WITH_TIMEOUT(dialog.saveButton()->isEnabled(), kTimeoutMs);
        QVERIFY(!panel->isCheckPending());
        QVERIFY(panel->problems().isEmpty());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(saves, 1);
        QVERIFY(!panel->isModified());
    }

    void switchingSyntaxKeepsTheList()
    {
        ScorerPanel panel;
        // promptfoo keys Lathe does not use (transform) and config survive the round trip.
        const ScorerSet set = *ScorerSet::fromJson(
            array(R"x([{"type": "not-icontains", "value": "sorry", "weight": 2, "metric": "tone"},
                       {"type": "bleu", "threshold": 0.3, "config": {"tokenize": "char"}},
                       {"type": "equals", "value": "Paris", "transform": "output.trim()"}])x"),
            nullptr);
        panel.setScorers(set);
        QVERIFY(!panel.isModified());
        QVERIFY(panel.text().contains(u"type: not-icontains"_s));

        QVERIFY(panel.setSyntax(ScorerPanel::Syntax::Json));
        QCOMPARE(panel.syntaxCombo()->currentData().toInt(), int(ScorerPanel::Syntax::Json));
        QVERIFY(panel.text().trimmed().startsWith(u'['));
        QVERIFY(panel.text().contains(u"\"transform\": \"output.trim()\""_s));
        // "type" first, two-space indentation.
        QVERIFY2(panel.text().contains(u"  {\n    \"type\": \"bleu\",\n    \"config\": {\n      \"tokenize\": \"char\"\n    },"_s),
                 qPrintable(panel.text()));
        QVERIFY(panel.isValid());
        QCOMPARE(*panel.scorers(), set);
        QVERIFY(!panel.isModified());   // the same list, written differently

        QVERIFY(panel.setSyntax(ScorerPanel::Syntax::Yaml));
        QCOMPARE(*panel.scorers(), set);

        // An edit survives switching too, and stays an edit.
        panel.setText(panel.text() + u"- type: is-json\n"_s);
        panel.checkNow();
        QVERIFY(panel.isModified());
        QVERIFY(panel.setSyntax(ScorerPanel::Syntax::Json));
        QCOMPARE(panel.scorers()->specs.size(), 4);
        QVERIFY(panel.isModified());

        // Text that does not parse is not switched.
        panel.setText(u"[{\"type\": "_s);
        panel.checkNow();
        QVERIFY(!panel.setSyntax(ScorerPanel::Syntax::Yaml));
        QCOMPARE(panel.syntax(), ScorerPanel::Syntax::Json);
    }

    void ctrlSlashCommentsYamlLines()
    {
        ScorerPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setText(kValid);
        PromptEditor *editor = panel.editor();
        editor->setSelection(0, 3, 1, 4);   // the first scorer's two lines
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QVERIFY2(panel.text().startsWith(u"# - type: icontains\n#   value: paris\n- type: latency"_s), qPrintable(panel.text()));
        panel.checkNow();
        QCOMPARE(panel.scorers()->specs.size(), 1);
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(panel.text(), kValid);
        // Indented lines are commented at their common indentation.
        QCOMPARE(ScorerListEdit::toggleComment({u"  a: 1"_s, u""_s, u"    b: 2"_s}),
                 (QStringList{u"  # a: 1"_s, u""_s, u"  #   b: 2"_s}));
        QCOMPARE(ScorerListEdit::toggleComment({u"  # a: 1"_s, u"  #   b: 2"_s}), (QStringList{u"  a: 1"_s, u"    b: 2"_s}));
    }

    void addScorerMenu()
    {
        ScorerPanel panel;
        // Every available type is offered, grouped by family; unavailable ones are flagged.
        QStringList offered;
        for (QAction *family : panel.addMenu()->actions()) {
            QVERIFY(family->menu());
            for (QAction *a : family->menu()->actions())
                offered.append(a->data().toString());
        }
        for (const QString &type : ScorerRegistry::types())
            QVERIFY2(offered.contains(type), qPrintable(type));
        QAction *rubric = panel.addMenu()->findChild<QAction *>(u"add-llm-rubric"_s);
        QVERIFY(rubric);
        if (ScorerRegistry::support(u"llm-rubric"_s) != ScorerRegistry::Support::Available)
            QVERIFY(rubric->text().contains(u"cannot run"_s));
        QAction *python = panel.addMenu()->findChild<QAction *>(u"add-python"_s);
        QVERIFY(python && python->text().contains(u"cannot run"_s));

        // Into the empty list, then appended; each insert is a valid list with a comment.
        panel.addMenu()->findChild<QAction *>(u"add-regex"_s)->trigger();
        QVERIFY(panel.isValid());
        QCOMPARE(panel.scorers()->specs.size(), 1);
        QCOMPARE(panel.scorers()->specs[0].type, u"regex"_s);
        QVERIFY(panel.text().startsWith(u"# regex: "_s));
        for (const ScorerFamily &family : ScorerCatalog::families()) {
            for (const ScorerTypeInfo &t : family.types) {
                if (!t.isAvailable())
                    continue;
                const qsizetype before = panel.scorers()->specs.size();
                panel.insertScorer(t.type);
                QVERIFY2(panel.isValid(), qPrintable(t.type + u": "_s + panel.stateText()));
                QCOMPARE(panel.scorers()->specs.size(), before + 1);
            }
        }
        // Inside an {assert: [...]} mapping, and in JSON.
        panel.setScorers({});
        panel.setAllowListThreshold(true);
        panel.setText(u"assert:\n  - type: contains\n    value: a\n"_s);
        panel.insertScorer(u"squad-f1"_s);
        QCOMPARE(panel.scorers()->specs.size(), 2);
        QVERIFY(panel.setSyntax(ScorerPanel::Syntax::Json));
        panel.insertScorer(u"is-json"_s);
        QCOMPARE(panel.scorers()->specs.size(), 3);
        QCOMPARE(panel.scorers()->specs.last().type, u"is-json"_s);
    }

    void datasetScorersSaveUndoAndReopen()
    {
        DatasetPage page(db(), 1);
        DatasetScorerActions *actions = page.scorerActions();
        QVERIFY(actions);
        QVERIFY(page.toolBar()->actions().contains(actions->datasetAction()));
        QPointer<ScorersDialog> dialog = actions->openDatasetScorers();
        QVERIFY(dialog);
        QCOMPARE(dialog->panel()->scorers()->specs.size(), 1);   // the stored icontains
        dialog->panel()->setText(kValid);
        QTRY_VERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);   // closed and deleted

        const QJsonArray after = array(R"([{"type": "icontains", "value": "paris"}, {"type": "latency", "threshold": 2000}])");
        QCOMPARE(storedDefaults(), after);
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QCOMPARE(storedDefaults(), array(R"([{"type": "icontains"}])"));
        page.undoStack()->redo();
        QCOMPARE(storedDefaults(), after);

        // Re-opening shows the stored list.
        dialog = actions->openDatasetScorers();
        QVERIFY(dialog->panel()->text().contains(u"value: paris"_s));
        QCOMPARE(dialog->panel()->scorers()->toJson(), QJsonValue(after));
        QVERIFY(!dialog->panel()->isModified());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void failedSaveKeepsStoredListAndText()
    {
        const QString path = m_ws->path();
        m_ws.reset();
        WorkspaceError error;
        Workspace::OpenOptions options;
        options.readOnly = true;
        m_ws = Workspace::open(path, options, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        DatasetPage page(db(), 1);
        QPointer<ScorersDialog> dialog = page.scorerActions()->openDatasetScorers();
        dialog->panel()->setText(kValid);
        dialog->panel()->checkNow();
        QVERIFY(!dialog->save());
        QVERIFY(dialog);   // still open, with the text as typed
        QVERIFY(dialog->messageText().startsWith(u"Not saved"_s));
        QCOMPARE(dialog->panel()->text(), kValid);
        QVERIFY(dialog->panel()->isModified());
        QCOMPARE(storedDefaults(), array(R"([{"type": "icontains"}])"));
        QCOMPARE(page.undoStack()->count(), 0);
        delete dialog;
    }

    void unsavedChangesAreAsked()
    {
        auto *dialog = new ScorersDialog(u"Scorers"_s, u"intro"_s);
        QPointer<ScorersDialog> guard = dialog;
        dialog->setSaver([](const ScorerSet &, QString *) { return true; });
        dialog->show();
        dialog->panel()->setText(kValid);
        dialog->panel()->checkNow();
        QVERIFY(dialog->isWindowModified());
        dialog->reject();
        auto *box = dialog->findChild<QMessageBox *>(u"unsavedScorers"_s);
        QVERIFY(box);
        QVERIFY(guard && dialog->isVisible());   // still open while asking
        QPushButton *discard = box->findChild<QPushButton *>(u"discard"_s);
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_VERIFY(!guard);
    }

    void rowScorersSaveWithUndo()
    {
        DatasetPage page(db(), 1);
        DatasetTableModel *model = page.model();
        // Rows load when the view asks for them.
        QTRY_VERIFY_WITH_TIMEOUT((model->data(model->index(1, 0)), !model->isLoading() && model->rowAt(1)), kTimeoutMs);
        const qint64 rowId = model->rowAt(1)->id;
        QPointer<ScorersDialog> dialog = page.scorerActions()->openRowScorers(1);
        QVERIFY(dialog);
        QVERIFY(dialog->panel()->scorers()->isEmpty());
        dialog->panel()->setText(u"- type: equals\n  value: Tokyo\n"_s);
        QTRY_VERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(dialog->save());
        QTRY_VERIFY(!dialog);
        const QJsonArray after = array(R"([{"type": "equals", "value": "Tokyo"}])");
        QCOMPARE(*RowScorerStore(db(), 1).scorers(rowId), after);   // not shared: edited in place
        page.undoStack()->undo();
        QCOMPARE(*RowScorerStore(db(), 1).scorers(rowId), QJsonArray());
        page.undoStack()->redo();
        QCOMPARE(*RowScorerStore(db(), 1).scorers(rowId), after);

        // A row a run uses is copied on write: the run keeps the row (and scorers) it was scored with.
        QVERIFY(test::addRun(db()) > 0);   // freezes version 1
        const auto edit = RowScorerStore(db(), 1).setScorers(rowId, {}, nullptr);
        QVERIFY(edit);
        QVERIFY(edit->createdVersion);
        QVERIFY(edit->rowId != rowId);
        QCOMPARE(*RowScorerStore(db(), 1).scorers(rowId), after);
        QCOMPARE(*RowScorerStore(db(), 1).scorers(edit->rowId), QJsonArray());
        WorkspaceError error;
        QVERIFY(!RowScorerStore(db(), 1).setScorers(rowId, after, &error));   // no longer in the head
        QCOMPARE(error.code, WorkspaceError::NotFound);
    }

    void runDialogExtraScorers()
    {
        RunDialog dialog(db());
        QGroupBox *box = dialog.extraScorersBox();
        QVERIFY(!box->isChecked());
        QVERIFY(!dialog.spec().config.contains(u"scorers"_s));
        box->setChecked(true);
        QVERIFY(dialog.extraScorers()->isVisibleTo(&dialog));
        dialog.extraScorers()->setText(u"assert:\n  - type: equals\n    value: Paris\nthreshold: 0.5\n"_s);
        dialog.extraScorers()->checkNow();
        QCOMPARE(dialog.spec().config.value(u"scorers"_s).toObject().value(u"threshold"_s).toDouble(), 0.5);
        QCOMPARE(dialog.spec().config.value(u"scorers"_s).toObject().value(u"assert"_s).toArray().size(), 1);
        dialog.extraScorers()->setText(u"- type: nonsense\n"_s);
        dialog.extraScorers()->checkNow();
        QVERIFY(!dialog.extraScorers()->isValid());
        QVERIFY(!dialog.spec().config.contains(u"scorers"_s));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LATHE_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : original);
            ScorersDialog dialog(u"Default Scorers of capitals"_s,
                                 u"Every run over “capitals” is scored with these, then with each row's own scorers "
                                 "and the run's extra scorers. Comments are not kept when saving."_s);
            dialog.setAttribute(Qt::WA_DeleteOnClose, false);
            dialog.setSaver([](const ScorerSet &, QString *) { return true; });
            dialog.resize(760, 600);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.panel()->insertScorer(u"icontains"_s);
            dialog.panel()->insertScorer(u"bleu"_s);
            dialog.panel()->insertScorer(u"python"_s);
            dialog.panel()->setText(dialog.panel()->text() + u"- type: latency\n  threshold: 2 seconds\n"_s);
            dialog.panel()->checkNow();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(dark ? u"scorers-dark.png"_s : u"scorers-light.png"_s)));


            // The Add Scorer menu with the family of promptfoo types Lathe does not run (flagged).
            QMenu *menu = dialog.panel()->addMenu();
            menu->popup(dialog.mapToGlobal(QPoint(60, 70)));
            QTRY_VERIFY(menu->isVisible());
            QVERIFY(menu->grab().save(QDir(dir).filePath(dark ? u"scorers-menu-dark.png"_s : u"scorers-menu-light.png"_s)));
            for (QAction *family : menu->actions()) {
                if (family->menu() && family->menu()->findChild<QAction *>(u"add-python"_s)) {
                    family->menu()->popup(menu->mapToGlobal(QPoint(menu->width(), 0)));
                    QTRY_VERIFY(family->menu()->isVisible());
                    QVERIFY(family->menu()->grab().save(
                        QDir(dir).filePath(dark ? u"scorers-flagged-dark.png"_s : u"scorers-flagged-light.png"_s)));
                    family->menu()->hide();
                }
            }
            menu->hide();

            // The dataset tab: Scorers… in the toolbar, Row Scorers… in the table's menu.
            DatasetPage page(db(), 1);
            page.resize(820, 300);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowAt(1), kTimeoutMs);
            const QRect cell = page.view()->visualRect(page.model()->index(1, 0));
            Q_EMIT page.view()->customContextMenuRequested(cell.center());
            auto *rowMenu = page.view()->findChild<QMenu *>();
            QVERIFY(rowMenu);
            QTRY_VERIFY(rowMenu->isVisible());
            QVERIFY(page.grab().save(QDir(dir).filePath(dark ? u"dataset-tab-dark.png"_s : u"dataset-tab-light.png"_s)));
            QVERIFY(rowMenu->grab().save(QDir(dir).filePath(dark ? u"row-menu-dark.png"_s : u"row-menu-light.png"_s)));
            rowMenu->close();

            // The run dialog's extra scorers.
            RunDialog run(db());
            run.extraScorersBox()->setChecked(true);
            run.extraScorers()->setText(u"assert:\n  - type: not-icontains\n    value: sorry\n  - type: latency\n"
                                        "    threshold: 1500\nthreshold: 0.75\n"_s);
            run.extraScorers()->checkNow();
            run.show();
            QVERIFY(QTest::qWaitForWindowExposed(&run));
            QVERIFY(run.grab().save(QDir(dir).filePath(dark ? u"rundialog-dark.png"_s : u"rundialog-light.png"_s)));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestScorerPanel)
#include "tst_scorerpanel.moc"
