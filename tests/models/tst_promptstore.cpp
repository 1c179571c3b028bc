// Prompt versions: drafts, commits, refusal of unchanged commits, history, labels, fork,
// restore, immutability and content hashes.
#include "workspace/promptdatasetlink.h"
#include "workspace/promptstore.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

namespace {

PromptContent text(const QString &t, QJsonObject params = {})
{
    PromptContent c;
    c.templateText = t;
    c.params = params;
    return c;
}

} // namespace

class TestPromptStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(QStringLiteral("p%1.lathe").arg(++m_n)), {}, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        m_store = std::make_unique<PromptStore>(m_ws->database());
    }
    void cleanup()
    {
        m_store.reset();
        m_ws.reset();
    }

    void commitEditCommit()
    {
        StoreError err;
        const auto id = m_store->create(QStringLiteral("greet"), text(QStringLiteral("Hello {{ name }}")), &err);
        QVERIFY2(id, qPrintable(err.message));
        QVERIFY(m_store->draftHasChanges(*id));

        const auto v1 = m_store->commit(*id, QStringLiteral("first"), &err);
        QVERIFY2(v1, qPrintable(err.message));
        QCOMPARE(v1->number, 1);
        QCOMPARE(v1->parentNumber, 0);
        QCOMPARE(v1->content.templateText, QStringLiteral("Hello {{ name }}"));
        QCOMPARE(v1->contentHash, v1->content.contentHash());
        QVERIFY(!m_store->draftHasChanges(*id));

        // Committing the unchanged draft is refused and writes nothing.
        QVERIFY(!m_store->commit(*id, QStringLiteral("again"), &err));
        QCOMPARE(err.code, StoreError::Unchanged);
        QVERIFY(err.message.contains(QStringLiteral("identical to version 1")));
        QCOMPARE(m_store->history(*id).size(), 1);

        QVERIFY(m_store->saveDraft(*id, text(QStringLiteral("Hi {{ name }}!"), {{QStringLiteral("temperature"), 0.2}}), &err));
        QVERIFY(m_store->draftHasChanges(*id));
        const auto v2 = m_store->commit(*id, QStringLiteral("friendlier"), &err);
        QVERIFY(v2);
        QCOMPARE(v2->number, 2);
        QCOMPARE(v2->parentNumber, 1);
        QCOMPARE(v2->content.params.value(QStringLiteral("temperature")).toDouble(), 0.2);

        const QList<PromptVersion> h = m_store->history(*id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].number, 2);
        QCOMPARE(h[0].message, QStringLiteral("friendlier"));
        QCOMPARE(h[1].number, 1);
        QVERIFY(h[0].contentHash != h[1].contentHash);
    }

    void commitNeedsMessageAndValidContent()
    {
        StoreError err;
        const auto id = m_store->create(QStringLiteral("p"), text(QStringLiteral("x")), &err);
        QVERIFY(!m_store->commit(*id, QStringLiteral("  "), &err));
        QCOMPARE(err.code, StoreError::Invalid);
        QVERIFY(m_store->saveDraft(*id, text(QStringLiteral("x"), {{QStringLiteral("temperature"), 7}}), &err));
        QVERIFY(!m_store->commit(*id, QStringLiteral("hot"), &err));
        QCOMPARE(err.code, StoreError::Invalid);
        QVERIFY2(err.message.contains(QStringLiteral("temperature")), qPrintable(err.message));
        QCOMPARE(m_store->history(*id).size(), 0);
    }

    void labelsMove()
    {
        StoreError err;
        auto v1 = m_store->commitContent(QStringLiteral("p"), text(QStringLiteral("one")), QStringLiteral("1"), &err);
        auto v2 = m_store->commitContent(QStringLiteral("p"), text(QStringLiteral("two")), QStringLiteral("2"), &err);
        QVERIFY(v1 && v2);
        const qint64 id = v1->promptId;
        QVERIFY(m_store->setLabel(id, QStringLiteral("production"), 1, &err));
        QVERIFY(m_store->setLabel(id, QStringLiteral("candidate"), 2, &err));
        QCOMPARE(m_store->resolve(QStringLiteral("p@production"), &err)->number, 1);
        QCOMPARE(m_store->history(id)[1].labels, QStringList{QStringLiteral("production")});

        QVERIFY(m_store->setLabel(id, QStringLiteral("production"), 2, &err));   // move
        QCOMPARE(m_store->resolve(QStringLiteral("p@production"), &err)->number, 2);
        QCOMPARE(m_store->history(id)[0].labels, (QStringList{QStringLiteral("candidate"), QStringLiteral("production")}));
        QVERIFY(m_store->history(id)[1].labels.isEmpty());

        QVERIFY(!m_store->setLabel(id, QStringLiteral("latest"), 1, &err));
        QCOMPARE(err.code, StoreError::Invalid);
        QVERIFY(!m_store->setLabel(id, QStringLiteral("prod"), 9, &err));
        QCOMPARE(err.code, StoreError::NotFound);
        QVERIFY(m_store->removeLabel(id, QStringLiteral("candidate"), &err));
        QVERIFY(!m_store->resolve(QStringLiteral("p@candidate"), &err));
    }

    void resolveReferences()
    {
        StoreError err;
        m_store->commitContent(QStringLiteral("a@b"), text(QStringLiteral("x")), QStringLiteral("m"), &err);
        QCOMPARE(err.code, StoreError::Invalid);   // '@' is reserved for references
        m_store->commitContent(QStringLiteral("sum"), text(QStringLiteral("x")), QStringLiteral("m"), &err);
        m_store->commitContent(QStringLiteral("sum"), text(QStringLiteral("y")), QStringLiteral("m"), &err);
        QCOMPARE(m_store->resolve(QStringLiteral("sum"), &err)->number, 2);
        QCOMPARE(m_store->resolve(QStringLiteral("sum@latest"), &err)->number, 2);
        QCOMPARE(m_store->resolve(QStringLiteral("sum@1"), &err)->content.templateText, QStringLiteral("x"));
        QVERIFY(!m_store->resolve(QStringLiteral("sum@3"), &err));
        QVERIFY(err.message.contains(QStringLiteral("no version 3")));
        QVERIFY(!m_store->resolve(QStringLiteral("nope"), &err));
        QCOMPARE(err.code, StoreError::NotFound);
    }

    void restoreAndFork()
    {
        StoreError err;
        auto v1 = m_store->commitContent(QStringLiteral("p"), text(QStringLiteral("one")), QStringLiteral("1"), &err);
        m_store->commitContent(QStringLiteral("p"), text(QStringLiteral("two")), QStringLiteral("2"), &err);
        const qint64 id = v1->promptId;
        QVERIFY(m_store->restoreToDraft(id, 1, &err));
        QCOMPARE(m_store->draft(id).content.templateText, QStringLiteral("one"));
        QCOMPARE(m_store->draft(id).baseNumber, 1);
        QVERIFY(!m_store->commit(id, QStringLiteral("same as 1"), &err));   // unchanged w.r.t. its base

        const auto forked = m_store->fork(id, 1, QStringLiteral("p-experiment"), &err);
        QVERIFY2(forked, qPrintable(err.message));
        QCOMPARE(m_store->draft(*forked).content.templateText, QStringLiteral("one"));
        QVERIFY(!m_store->fork(id, 1, QStringLiteral("p-experiment"), &err));
        QCOMPARE(err.code, StoreError::Conflict);
    }

    void chatContentRoundTrips()
    {
        PromptContent c;
        c.kind = PromptContent::Kind::Chat;
        c.messages = {{QStringLiteral("system"), QStringLiteral("You are terse.")},
                      {QStringLiteral("user"), QStringLiteral("Summarise: {{ text }}")}};
        c.params = {{QStringLiteral("model"), QStringLiteral("sample-model-a")},
                    {QStringLiteral("stop"), QJsonArray{QStringLiteral("\n\n")}},
                    {QStringLiteral("response_format"), QStringLiteral("text")}};
        StoreError err;
        const auto v = m_store->commitContent(QStringLiteral("chat"), c, QStringLiteral("m"), &err);
        QVERIFY2(v, qPrintable(err.message));
        QCOMPARE(v->content, c);
        QCOMPARE(PromptContent::fromJson(c.toJson()), c);

        // The hash is over content only: same content, same hash; any change, another hash.
        PromptContent d = c;
        QCOMPARE(d.contentHash(), c.contentHash());
        d.messages[0].role = QStringLiteral("user");
        QVERIFY(d.contentHash() != c.contentHash());

        PromptContent bad = c;
        bad.messages[1].role = QStringLiteral("robot");
        QVERIFY(!bad.validate().isEmpty());
    }

    void linkedDatasetColumns()
    {
        StoreError err;
        const auto id = m_store->create(QStringLiteral("p"), text(QStringLiteral("{{ question }}")), &err);
        PromptDatasetLink link(m_ws->database());
        QVERIFY(link.linkedColumns(*id).isEmpty());
        m_ws->database().exec(
            "INSERT INTO datasets (id, name, created_at) VALUES (7, 'faq', 'n');"
            "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 7, 1, 'n'), (2, 7, 2, 'n');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
            " (1, 0, 'c0', 'old', 'variable'),"
            " (2, 0, 'c0', 'question', 'variable'), (2, 1, 'c1', 'answer', 'expected'), (2, 2, 'c2', 'junk', 'ignored');");
        QCOMPARE(link.datasetChoices().size(), 1);
        QVERIFY(link.setLinkedDataset(*id, 7, &err));
        QCOMPARE(link.linkedDataset(*id), 7);
        // Newest version's columns, in order, without ignored ones.
        QCOMPARE(link.linkedColumns(*id), (QStringList{QStringLiteral("question"), QStringLiteral("answer")}));
        QVERIFY(link.setLinkedDataset(*id, 0, &err));
        QVERIFY(link.linkedColumns(*id).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<PromptStore> m_store;
};

QTEST_GUILESS_MAIN(TestPromptStore)
#include "tst_promptstore.moc"
