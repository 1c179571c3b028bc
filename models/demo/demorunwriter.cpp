#include "demorunwriter.h"

#include "eval/runscorer.h"
#include "run/pricetable.h"
#include "run/requestbuilder.h"
#include "run/runplan.h"
#include "workspace/datasetstore.h"
#include "workspace/pricingstore.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

// One stored answer: a line of an outputs file.
struct StoredOutput
{
    QString output;
    double latencyMs = 0;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
};

// Reads an outputs file (JSON Lines: id, output, latency_ms, prompt_tokens, completion_tokens).
std::optional<QHash<QString, StoredOutput>> readOutputs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = DemoRunWriter::tr("%1: cannot read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QHash<QString, StoredOutput> out;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QByteArray text = f.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        const QString id = o.value("id"_L1).toString();
        if (id.isEmpty() || !o.value("output"_L1).isString()) {
            *error = DemoRunWriter::tr("%1:%2: a line needs \"id\" and \"output\"").arg(path).arg(line);
            return std::nullopt;
        }
        out.insert(id, {o.value("output"_L1).toString(), o.value("latency_ms"_L1).toDouble(),
                        o.value("prompt_tokens"_L1).toInteger(-1), o.value("completion_tokens"_L1).toInteger(-1)});
    }
    return out;
}

// What a stored result keeps as the raw response: an OpenAI-shaped body that says where the
// answer came from.
QString responseBody(const QString &model, const StoredOutput &o)
{
    const QJsonObject body{
        {u"object"_s, u"chat.completion"_s},
        {u"model"_s, model},
        {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                              {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, o.output}}},
                                              {u"finish_reason"_s, u"stop"_s}}}},
        {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, o.promptTokens}, {u"completion_tokens"_s, o.completionTokens}}},
        {u"lathe_demo"_s, u"stored sample output of a made-up model configuration; no model was called"_s}};
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// dataset_rows.id -> the row's "id" column value, for the version's rows.
QHash<qint64, QString> rowNames(Database &db, qint64 versionId)
{
    DatasetStore store(db);
    QString key;
    for (const DatasetColumn &c : store.columns(versionId))
        if (c.name == u"id"_s)
            key = c.key;
    QHash<qint64, QString> out;
    if (key.isEmpty())
        return out;
    store.forEachRow(versionId, {}, [&](const DatasetRow &row) {
        out.insert(row.id, row.data.value(key).toVariant().toString());
        return true;
    });
    return out;
}

} // namespace

QString DemoRunWriter::caseKey(const QString &runKey, const QString &rowId, int version, const QString &model)
{
    return runKey + u'\x1f' + rowId + u'\x1f' + QString::number(version) + u'\x1f' + model;
}

qint64 DemoRunWriter::caseOf(const QString &runKey, const QString &rowId, int version, const QString &model) const
{
    return m_cases.value(caseKey(runKey, rowId, version, model));
}

bool DemoRunWriter::write(const DemoManifest::Run &run, qint64 datasetVersionId, const StoredProvider &provider,
                          QString *error)
{
    PromptStore prompts(m_db);
    const std::optional<PromptInfo> prompt = prompts.find(run.prompt);
    if (!prompt) {
        *error = tr("run \"%1\": no prompt \"%2\"").arg(run.key, run.prompt);
        return false;
    }
    RunSpec spec;
    spec.name = run.name;
    spec.datasetVersionId = datasetVersionId;
    spec.config = QJsonObject{{u"demo"_s, u"stored sample outputs; no model was called"_s}};
    QHash<QString, QHash<QString, StoredOutput>> outputs;   // "version|model" -> row id -> answer
    for (int number : run.versions) {
        const std::optional<PromptVersion> version = prompts.version(prompt->id, number);
        if (!version) {
            *error = tr("run \"%1\": \"%2\" has no version %3").arg(run.key, run.prompt).arg(number);
            return false;
        }
        for (const QString &model : m_manifest.models) {
            spec.columns.append(RunPlan::columnSpec(*version, provider, model));
            auto stored = readOutputs(m_manifest.outputsPath(run.prompt, number, model), error);
            if (!stored)
                return false;
            outputs.insert(QString::number(number) + u'|' + model, *stored);
        }
    }

    RunStore store(m_db);
    StoreError storeError;
    const std::optional<qint64> runId = store.createRun(spec, &storeError);
    if (!runId || !store.setStatus(*runId, u"running"_s, &storeError)) {
        *error = storeError.message;
        return false;
    }
    m_runs.insert(run.key, *runId);
    QString planError;
    const std::unique_ptr<RunPlan> plan = RunPlan::load(m_db, *runId, false, &planError);
    if (!plan) {
        *error = planError;
        return false;
    }
    QHash<qint64, int> versionOfColumn;   // run column id -> prompt version number
    for (const RunColumnInfo &c : store.columns(*runId))
        versionOfColumn.insert(c.id, c.promptVersion);
    const QHash<qint64, QString> names = rowNames(m_db, datasetVersionId);
    const PriceTable prices(PricingStore(m_db).list());

    QList<CaseResult> results;
    results.reserve(plan->pending.size());
    for (const CaseWork &work : std::as_const(plan->pending)) {
        const PlannedColumn &column = plan->columns.value(work.columnId);
        const int version = versionOfColumn.value(work.columnId);
        const QString rowName = names.value(work.rowId);
        const auto stored = outputs.value(QString::number(version) + u'|' + column.model).constFind(rowName);
        if (rowName.isEmpty() || stored == outputs.value(QString::number(version) + u'|' + column.model).cend()) {
            *error = tr("%1 has no output for row \"%2\"")
                         .arg(m_manifest.outputsPath(run.prompt, version, column.model), rowName);
            return false;
        }
        ChatRequest request;
        QString buildError;
        QByteArray body;
        if (!column.error.isEmpty() || !RequestBuilder::build(column, plan->rowVars.value(work.rowId), &request, &buildError)) {
            *error = tr("run \"%1\", row \"%2\": %3").arg(run.key, rowName, column.error.isEmpty() ? buildError : column.error);
            return false;
        }
        const QString hash = RequestBuilder::cacheKey(plan->providers.at(column.provider), request, work.repeat, &body,
                                                      &buildError);
        CaseResult r;
        r.caseId = work.caseId;
        r.ok = true;
        r.output = stored->output;
        r.httpStatus = 200;
        r.finishReason = u"stop"_s;
        r.latencyMs = stored->latencyMs;
        r.promptTokens = stored->promptTokens;
        r.completionTokens = stored->completionTokens;
        r.cost = prices.cost(column.model, r.promptTokens, r.completionTokens).value_or(-1);
        r.requestHash = hash;
        r.request = QString::fromUtf8(body);
        r.response = responseBody(column.model, *stored);
        results.append(r);
        m_cases.insert(caseKey(run.key, rowName, version, column.model), work.caseId);
    }
    if (!store.writeResults(results, &storeError) || !store.setStatus(*runId, u"completed"_s, &storeError)) {
        *error = storeError.message;
        return false;
    }
    m_results += results.size();

    RunScorer scorer(m_db);
    const std::optional<RunScoreReport> scored = scorer.scoreRun(*runId, &storeError);
    if (!scored) {
        *error = storeError.message;
        return false;
    }
    if (scored->scorerErrors > 0) {
        *error = tr("run \"%1\": scorer errors: %2").arg(run.key, scored->problems.join(u"; "_s));
        return false;
    }
    m_scores += scored->written;
    return true;
}

} // namespace lathe
