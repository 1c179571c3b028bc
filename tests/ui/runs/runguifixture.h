#pragma once
// Shared by the runs GUI tests: the mock LLM server on its own thread (so the GUI thread's
// event loop measures only the application's work), and helpers that fill a workspace with a
// dataset, a provider pointing at the mock and committed prompt versions.

#include "mockllmserver.h"

#include "prompt/promptcontent.h"
#include "workspace/database.h"
#include "workspace/datasetwriter.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace lathe::testing {

using namespace Qt::StringLiterals;

class MockServerThread final
{
public:
    explicit MockServerThread(const mock::MockOptions &options = {})
        : m_server(new mock::MockLlmServer(options))
    {
        m_server->moveToThread(&m_thread);
        m_thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(m_server, [&] { ok = m_server->listen(); }, Qt::BlockingQueuedConnection);
        if (!ok)
            qFatal("mock server cannot listen");
        QMetaObject::invokeMethod(m_server, [&] { m_baseUrl = m_server->baseUrl(); }, Qt::BlockingQueuedConnection);
    }
    ~MockServerThread()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString baseUrl() const { return m_baseUrl; }
    int requestCount()
    {
        int n = 0;
        QMetaObject::invokeMethod(m_server, [&] { n = m_server->requestCount(); }, Qt::BlockingQueuedConnection);
        return n;
    }
    int maxInFlight()
    {
        int n = 0;
        QMetaObject::invokeMethod(m_server, [&] { n = m_server->maxInFlight(); }, Qt::BlockingQueuedConnection);
        return n;
    }

private:
    QThread m_thread;
    mock::MockLlmServer *m_server;
    QString m_baseUrl;
};

// Row i: text "item number i" (or texts[i]), tagged "even" or "odd". Returns the version id.
inline qint64 addDataset(Database &db, int rows, const QStringList &texts = {}, const QString &name = u"tickets"_s)
{
    DatasetWriter writer(db);
    WorkspaceError error;
    writer.begin(name, u"tickets.csv"_s, &error);
    for (int i = 0; i < rows; ++i) {
        const QJsonObject data{{u"c0"_s, texts.isEmpty() ? u"item number %1"_s.arg(i) : texts.value(i)},
                               {u"c1"_s, u"label %1"_s.arg(i)}};
        writer.addRow(QJsonDocument(data).toJson(QJsonDocument::Compact), "[]",
                      QJsonDocument(QJsonArray{i % 2 ? u"odd"_s : u"even"_s}).toJson(QJsonDocument::Compact), &error);
    }
    writer.commit({{u"c0"_s, u"text"_s, ColumnRole::Variable, ColumnType::Text},
                   {u"c1"_s, u"label"_s, ColumnRole::Expected, ColumnType::Text}},
                  "[]", &error);
    if (error)
        qFatal("cannot store dataset: %s", qPrintable(error.message));
    return writer.versionId();
}

// A provider without a key (the mock needs none unless told to) listing `models`.
inline StoredProvider addProvider(Database &db, const QString &baseUrl, const QStringList &models,
                                  const QString &name = u"mock"_s, const QString &keyRef = u""_s, int maxConcurrent = 8)
{
    StoredProvider p;
    p.name = name;
    p.kind = u"openai"_s;
    p.baseUrl = baseUrl + u"/v1"_s;
    p.keyRef = keyRef;
    p.config = QJsonObject{{u"limits"_s, QJsonObject{{u"max_concurrent"_s, maxConcurrent}}},
                           {u"retry"_s, QJsonObject{{u"base_delay_ms"_s, 10}}},
                           {u"models"_s, QJsonArray::fromStringList(models)}};
    StoreError error;
    const auto id = ProviderStore(db).save(p, true, &error);
    if (!id)
        qFatal("cannot store provider: %s", qPrintable(error.message));
    p.id = *id;
    return p;
}

inline PromptVersion commitPrompt(Database &db, const QString &name, const QString &templateText)
{
    PromptContent c;
    c.templateText = templateText;
    StoreError error;
    const auto v = PromptStore(db).commitContent(name, c, u"test"_s, &error);
    if (!v)
        qFatal("cannot commit prompt: %s", qPrintable(error.message));
    return *v;
}

} // namespace lathe::testing
