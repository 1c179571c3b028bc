#pragma once
// Shared by the run engine tests: a workspace with a dataset, prompt versions, a provider
// pointing at an in-process mock LLM server and a price, plus helpers to run the engine and
// read results back. Waiting happens in event loops (QSignalSpy::wait), never in sleeps, so the
// mock server living on the test thread keeps answering.

#include "providers/envkeyresolver.h"
#include "run/runengine.h"
#include "run/runplan.h"
#include "workspace/database.h"
#include "workspace/datasetwriter.h"
#include "workspace/pricingstore.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runresults.h"
#include "workspace/statement.h"
#include "workspace/workspace.h"

#include "mockllmserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace lathe::testing {

using namespace Qt::StringLiterals;

inline const QByteArray kRunKey = QByteArrayLiteral("sk-lathe-run-SECRET-7d2e91b0");
inline const char *const kRunKeyVariable = "LATHE_RUN_TEST_KEY";

struct RunFixture
{
    explicit RunFixture(int rows = 5, mock::MockOptions options = {})
    {
        qputenv(kRunKeyVariable, kRunKey);
        options.apiKey = kRunKey;
        options.recordRequests = true;
        server = std::make_unique<mock::MockLlmServer>(options);
        if (!server->listen())
            qFatal("mock server cannot listen");
        path = dir.filePath(u"runs.lathe"_s);
        WorkspaceError error;
        ws = Workspace::create(path, u"runs"_s, &error);
        if (!ws)
            qFatal("cannot create workspace: %s", qPrintable(error.message));
        addDataset(rows);
        addProvider({});
        StoreError storeError;
        PricingStore(db()).save({u"mock-*"_s, 1.0, 2.0, u"USD"_s}, &storeError);
    }

    Database &db() { return ws->database(); }

    // Row i: text "item number i", tags ["even"] or ["odd"]; `texts` replaces the texts.
    void addDataset(int rows, const QStringList &texts = {}, const QString &name = u"tickets"_s)
    {
        DatasetWriter writer(db());
        WorkspaceError error;
        writer.begin(name, u"tickets.csv"_s, &error);
        for (int i = 0; i < rows; ++i) {
            const QString text = texts.isEmpty() ? u"item number %1"_s.arg(i) : texts.value(i);
            const QJsonObject data{{u"c0"_s, text}, {u"c1"_s, u"label %1"_s.arg(i)}};
            const QJsonArray tags{i % 2 ? u"odd"_s : u"even"_s};
            writer.addRow(QJsonDocument(data).toJson(QJsonDocument::Compact), "[]",
                          QJsonDocument(tags).toJson(QJsonDocument::Compact), &error);
        }
        writer.commit({{u"c0"_s, u"text"_s, ColumnRole::Variable, ColumnType::Text},
                       {u"c1"_s, u"label"_s, ColumnRole::Expected, ColumnType::Text}},
                      "[]", &error);
        if (error)
            qFatal("cannot store dataset: %s", qPrintable(error.message));
        datasetVersionId = writer.versionId();
    }

    void addProvider(const QJsonObject &extraConfig, const QString &name = u"mock"_s)
    {
        StoredProvider p;
        p.name = name;
        p.kind = u"openai"_s;
        p.baseUrl = server->baseUrl() + u"/v1"_s;
        p.keyRef = u"env:"_s + QString::fromLatin1(kRunKeyVariable);
        p.config = QJsonObject{{u"limits"_s, QJsonObject{{u"max_concurrent"_s, 8}}},
                               {u"retry"_s, QJsonObject{{u"base_delay_ms"_s, 10}}}};
        for (auto it = extraConfig.begin(); it != extraConfig.end(); ++it)
            p.config.insert(it.key(), it.value());
        StoreError error;
        if (!ProviderStore(db()).save(p, true, &error))
            qFatal("cannot store provider: %s", qPrintable(error.message));
    }

    PromptVersion commit(const QString &name, const QString &templateText)
    {
        PromptContent c;
        c.templateText = templateText;
        StoreError error;
        const auto v = PromptStore(db()).commitContent(name, c, u"test"_s, &error);
        if (!v)
            qFatal("cannot commit prompt: %s", qPrintable(error.message));
        return *v;
    }

    RunSpec spec(const QList<PromptVersion> &versions, const QStringList &models, const QString &provider = u"mock"_s)
    {
        const StoredProvider p = *ProviderStore(db()).find(provider);
        RunSpec s;
        s.name = u"test run"_s;
        s.datasetVersionId = datasetVersionId;
        for (const PromptVersion &v : versions) {
            for (const QString &m : models)
                s.columns.append(RunPlan::columnSpec(v, p, m));
        }
        return s;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<mock::MockLlmServer> server;
    qint64 datasetVersionId = 0;
    EnvKeyResolver keys;
};

// Runs start() or resume() to the end; the outcome, or a failed QVERIFY in the caller.
struct Execution
{
    RunOutcome outcome;
    QList<RunProgress> progress;
    qint64 committedSignals = 0;
    bool ok = false;
};

template <typename Begin>
inline Execution execute(RunEngine &engine, Begin begin, int timeoutMs = 30'000)
{
    Execution e;
    QSignalSpy finished(&engine, &RunEngine::finished);
    QObject context;
    QObject::connect(&engine, &RunEngine::progress, &context, [&e](const RunProgress &p) { e.progress.append(p); });
    QObject::connect(&engine, &RunEngine::resultsCommitted, &context, [&e] { ++e.committedSignals; });
    if (!begin())
        return e;
    if (!finished.wait(timeoutMs))
        return e;
    e.outcome = finished.at(0).at(0).value<RunOutcome>();
    e.ok = true;
    return e;
}

inline Execution runSpec(RunFixture &f, const RunSpec &spec, const RunOptions &options = {})
{
    RunEngine engine(f.path, f.keys);
    return execute(engine, [&] { return engine.start(spec, options); });
}

inline Execution resumeRun(RunFixture &f, qint64 runId, const RunOptions &options = {})
{
    RunEngine engine(f.path, f.keys);
    return execute(engine, [&] { return engine.resume(runId, options); });
}

// The mock's reply rules, restated: words with their letters reversed.
inline QString reversedWords(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        std::reverse(w.begin(), w.end());
    return words.join(u' ');
}

inline qint64 wordCount(const QString &text)
{
    return text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size();
}

} // namespace lathe::testing
