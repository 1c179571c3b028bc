// The prompt tab: type a template, commit, edit, commit again; history shows both; unchanged
// commits are refused; labels move; chat messages; read-only versions; drafts persist.
#include "chatmessagesedit.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "paramspanel.h"
#include "projectdock.h"
#include "promptpage.h"
#include "diff/promptdiffview.h"
#include "promptscontroller.h"
#include "workspacecontroller.h"

#include "prompt/prompthistorymodel.h"
#include "workspace/projecttreemodel.h"
#include "workspace/promptstore.h"
#include "workspace/workspace.h"

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QPalette>
#include <QDoubleSpinBox>
#include <QListView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

class TestPromptPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("LatheTest")); }

    void typeCommitEditCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.lathe"));
        MainWindow window;
        window.show();
        QVERIFY(window.controller()->createAt(path));
        QString error;
        PromptPage *page = window.prompts()->createPrompt(QStringLiteral("greet"), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(window.tabs()->currentWidget(), page);
        QAbstractItemModelTester tester(page->historyPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Type into the editor as a user would.
        page->textEditor()->setFocus();
        QTest::keyClicks(page->textEditor(), QStringLiteral("Hello {{ name }}"));
        QCOMPARE(page->textEditor()->text(), QStringLiteral("Hello {{ name }}"));
        QVERIFY(page->commitDraft(QStringLiteral("first"), &error));
        QCOMPARE(page->historyPanel()->model()->rowCount(), 1);

        // Unchanged: refused, history unchanged.
        QVERIFY(!page->commitDraft(QStringLiteral("again"), &error));
        QVERIFY(error.contains(QStringLiteral("Nothing to commit")));
        QCOMPARE(page->historyPanel()->model()->rowCount(), 1);

        // Edit text and a parameter, commit again.
        page->textEditor()->append(QStringLiteral("!"));
        auto *useTemp = page->paramsPanel()->findChild<QCheckBox *>(QStringLiteral("useTemperature"));
        useTemp->click();
        page->paramsPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("paramTemperature"))->setValue(0.2);
        QVERIFY(page->statusText().contains(QStringLiteral("saving")));
        QVERIFY(page->commitDraft(QStringLiteral("excited"), &error));
        const auto *model = page->historyPanel()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0), PromptHistoryModel::NumberRole).toInt(), 2);
        QCOMPARE(model->data(model->index(0), PromptHistoryModel::MessageRole).toString(), QStringLiteral("excited"));
        QCOMPARE(model->data(model->index(1), PromptHistoryModel::MessageRole).toString(), QStringLiteral("first"));

        PromptStore &store = *window.prompts()->store();
        const auto v2 = store.resolve(QStringLiteral("greet@2"), nullptr);
        QCOMPARE(v2->content.templateText, QStringLiteral("Hello {{ name }}!"));
        QCOMPARE(v2->content.params.value(QStringLiteral("temperature")).toDouble(), 0.2);

        // Labels move, and the history shows where they point.
        StoreError se;
        QVERIFY(store.setLabel(page->promptId(), QStringLiteral("production"), 1, &se));
        page->reloadHistory();
        QCOMPARE(model->data(model->index(1), PromptHistoryModel::LabelsRole).toStringList(), QStringList{QStringLiteral("production")});
        QVERIFY(store.setLabel(page->promptId(), QStringLiteral("production"), 2, &se));
        page->reloadHistory();
        QCOMPARE(model->data(model->index(0), PromptHistoryModel::LabelsRole).toStringList(), QStringList{QStringLiteral("production")});
        QVERIFY(model->data(model->index(1), PromptHistoryModel::LabelsRole).toStringList().isEmpty());
        QVERIFY(model->data(model->index(0)).toString().contains(QStringLiteral("[production]")));

        // Open version 1 read-only: its own tab, the old text, not editable.
        page->historyPanel()->selectNumbers({1});
        PromptPage *old = window.prompts()->openPrompt(page->promptId(), 1);
        QVERIFY(old != page);
        QCOMPARE(old->textEditor()->text(), QStringLiteral("Hello {{ name }}"));
        QVERIFY(old->textEditor()->isReadOnly());
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).contains(QStringLiteral("greet@1")));

        // Compare @1 with @2 from the history: a diff tab whose unified diff has exactly the
        // changed template line and the changed parameter.
        auto *cmp = qobject_cast<PromptDiffView *>(window.prompts()->openComparison(page->promptId(), 1, 2));
        QVERIFY(cmp);
        QCOMPARE(window.tabs()->currentWidget(), cmp);
        const QString unified = cmp->unifiedDiff();
        QVERIFY2(unified.contains(QStringLiteral("-Hello {{ name }}")) && unified.contains(QStringLiteral("+Hello {{ name }}!")),
                 qPrintable(unified));
        QVERIFY2(unified.contains(QStringLiteral("temperature")), qPrintable(unified));

        // The project tree counts versions.
        QVERIFY(window.projectDock()->model()->rowCount(window.projectDock()->model()->index(0, 0)) == 1);
    }

    // Not a check: with LATHE_SCREENSHOT_DIR set, saves the prompt page and a comparison in the
    // light and dark palettes for people to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set LATHE_SCREENSHOT_DIR to save screenshots");
        for (const bool dark : {false, true}) {
            if (dark) {
                QPalette p;
                p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
                p.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
                p.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
                p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
                p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
                p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
                p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
                QApplication::setPalette(p);
            }
            QTemporaryDir dir;
            MainWindow window;
            window.resize(1400, 860);
            window.show();
            QVERIFY(window.controller()->createAt(dir.filePath(QStringLiteral("support.lathe"))));
            QString error;
            PromptPage *page = window.prompts()->createPrompt(QStringLiteral("support-reply"), &error);
            PromptContent c;
            c.templateText = QStringLiteral(
                "# Support reply\n\nYou are a helpful support agent. Answer in the customer's langauge.\n\n"
                "## Context\n{# retrieved passages #}\n{% for passage in passages %}\n- {{ passage.title | upper }}: {{ passage.text | truncate(200) }}\n{% endfor %}\n\n"
                "## Question\n고객 {{ customer_name }}님의 질문: \"{{ question | trim }}\"\n");
            c.params = {{QStringLiteral("model"), QStringLiteral("sample-model-a")}, {QStringLiteral("temperature"), 0.7}};
            StoreError se;
            PromptStore &store = *window.prompts()->store();
            QVERIFY(store.saveDraft(page->promptId(), c, &se));
            page->setContent(c);
            QVERIFY2(page->commitDraft(QStringLiteral("First draft of the support reply"), &error), qPrintable(error));
            c.templateText.replace(QStringLiteral("helpful"), QStringLiteral("concise")).append(QStringLiteral("\nAnswer in at most 3 sentences.\n"));
            c.params.insert(QStringLiteral("temperature"), 0.2);
            QVERIFY(store.saveDraft(page->promptId(), c, &se));
            page->setContent(c);
            QVERIFY2(page->commitDraft(QStringLiteral("Shorter, calmer answers"), &error), qPrintable(error));
            store.setLabel(page->promptId(), QStringLiteral("production"), 2, &se);
            page->reloadHistory();
            QCoreApplication::processEvents();
            const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
            QVERIFY(window.grab().save(out + QStringLiteral("/prompt-page-") + suffix + QStringLiteral(".png")));
            window.prompts()->openComparison(page->promptId(), 1, 2);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(out + QStringLiteral("/prompt-diff-") + suffix + QStringLiteral(".png")));
            window.controller()->closeWorkspace();
        }
        QApplication::setPalette(QPalette());
    }

    void draftPersistsAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.lathe"));
        {
            MainWindow window;
            QVERIFY(window.controller()->createAt(path));
            QString error;
            PromptPage *page = window.prompts()->createPrompt(QStringLiteral("summary"), &error);
            QTest::keyClicks(page->textEditor(), QStringLiteral("Summarise {{ text }} in one line."));
            // Closing the workspace saves the pending draft; no explicit save step.
            window.controller()->closeWorkspace();
        }
        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        PromptStore store(ws->database());
        QCOMPARE(store.draft(store.find(QStringLiteral("summary"))->id).content.templateText,
                 QStringLiteral("Summarise {{ text }} in one line."));
    }

    void chatMessagesAddRemoveReorder()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.controller()->createAt(dir.filePath(QStringLiteral("c.lathe"))));
        QString error;
        PromptPage *page = window.prompts()->createPrompt(QStringLiteral("chat"), &error);
        QTest::keyClicks(page->textEditor(), QStringLiteral("Question: {{ q }}"));
        PromptContent c = page->content();
        c.kind = PromptContent::Kind::Chat;
        c.messages = {{QStringLiteral("system"), QStringLiteral("Be terse.")}, {QStringLiteral("user"), QStringLiteral("{{ q }}")}};
        page->setContent(c);
        ChatMessagesEdit *chat = page->chatEditor();
        QCOMPARE(chat->count(), 2);
        chat->addMessage(QStringLiteral("assistant"), QStringLiteral("Sure."));
        chat->moveMessage(2, 1);
        chat->removeMessage(0);
        const QList<ChatMessage> m = page->content().messages;
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].role, QStringLiteral("assistant"));
        QCOMPARE(m[1].content, QStringLiteral("{{ q }}"));
        QVERIFY(page->commitDraft(QStringLiteral("chat form"), &error));
        QCOMPARE(window.prompts()->store()->resolve(QStringLiteral("chat"), nullptr)->content.messages, m);
    }
};

QTEST_MAIN(TestPromptPage)
#include "tst_promptpage.moc"
