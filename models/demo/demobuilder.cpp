#include "demobuilder.h"

#include "demomanifest.h"
#include "demorunwriter.h"
#include "demovotes.h"

#include "dataset/datasetimporter.h"
#include "eval/scorers/scorerset.h"
#include "workspace/demowriter.h"
#include "workspace/pricingstore.h"
#include "workspace/promptdatasetlink.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/scorestore.h"
#include "workspace/sqlerror.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

// A step that failed; caught once in build().
struct StepFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw StepFailure{message};
}

void check(bool ok, const StoreError &error)
{
    if (!ok)
        fail(error.message);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(DemoBuilder::tr("%1: cannot read: %2").arg(path, f.errorString()));
    return f.readAll();
}

struct ImportedDataset
{
    qint64 id = 0;
    qint64 versionId = 0;
};

ImportedDataset importDataset(Database &db, const DemoManifest &m, const DemoManifest::Dataset &d)
{
    ImportOptions options;
    options.name = d.name;
    for (auto it = d.roles.begin(); it != d.roles.end(); ++it) {
        const std::optional<ColumnRole> role = DatasetColumn::roleFromName(it.value());
        if (!role)
            fail(DemoBuilder::tr("dataset \"%1\": unknown role \"%2\"").arg(d.name, it.value()));
        options.overrides.append(ColumnOverride{it.key(), {}, role, {}});
    }
    ImportError importError;
    const std::optional<ImportResult> imported = DatasetImporter::importFile(db, m.path(d.file), options, &importError);
    if (!imported)
        fail(importError.toString());
    if (imported->rows != d.rows)
        fail(DemoBuilder::tr("%1 has %2 rows; demo.json declares %3").arg(d.file).arg(imported->rows).arg(d.rows));

    StoreError error;
    if (!d.description.isEmpty())
        check(DemoWriter(db).setDatasetDescription(imported->datasetId, d.description, &error), error);
    if (!d.scorers.isEmpty()) {
        QString parseError;
        const std::optional<ScorerSet> set = ScorerSet::parse(readFile(m.path(d.scorers)), &parseError);
        if (!set)
            fail(DemoBuilder::tr("%1: %2").arg(d.scorers, parseError));
        check(ScoreStore(db).setDatasetScorers(imported->datasetId, set->toJson(), &error), error);
    }
    return {imported->datasetId, imported->versionId};
}

PromptContent versionContent(const DemoManifest &m, const DemoManifest::Version &v)
{
    const QByteArray text = readFile(m.path(v.file));
    PromptContent content;
    if (v.file.endsWith(u".json"_s)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (!doc.isObject())
            fail(DemoBuilder::tr("%1: %2").arg(v.file, parseError.errorString()));
        content = PromptContent::fromJson(doc.object());
    } else {
        content.kind = PromptContent::Kind::Text;
        content.templateText = QString::fromUtf8(text);
        if (content.templateText.endsWith(u'\n'))
            content.templateText.chop(1);
    }
    for (auto it = v.params.begin(); it != v.params.end(); ++it)
        content.params.insert(it.key(), it.value());
    if (const QStringList problems = content.validate(); !problems.isEmpty())
        fail(DemoBuilder::tr("%1: %2").arg(v.file, problems.join(u"; "_s)));
    return content;
}

int commitPrompt(Database &db, const DemoManifest &m, const DemoManifest::Prompt &p, qint64 datasetId)
{
    PromptStore store(db);
    StoreError error;
    qint64 promptId = 0;
    for (const DemoManifest::Version &v : p.versions) {
        const std::optional<PromptVersion> committed = store.commitContent(p.name, versionContent(m, v), v.message, &error);
        check(committed.has_value(), error);
        promptId = committed->promptId;
    }
    for (auto it = p.labels.begin(); it != p.labels.end(); ++it)
        check(store.setLabel(promptId, it.key(), it.value(), &error), error);
    if (datasetId != 0)
        check(PromptDatasetLink(db).setLinkedDataset(promptId, datasetId, &error), error);
    return int(p.versions.size());
}

StoredProvider saveProvider(Database &db, const DemoManifest &m)
{
    StoredProvider provider;
    provider.name = m.provider.value("name"_L1).toString();
    provider.kind = m.provider.value("kind"_L1).toString();
    provider.baseUrl = m.provider.value("base_url"_L1).toString();
    if (const QStringList problems = provider.validate(); !problems.isEmpty())
        fail(DemoBuilder::tr("provider: %1").arg(problems.join(u"; "_s)));
    ProviderStore store(db);
    StoreError error;
    const std::optional<qint64> id = store.save(provider, false, &error);
    check(id.has_value(), error);
    provider.id = *id;
    PricingStore pricing(db);
    for (const DemoManifest::Price &p : m.pricing)
        check(pricing.save(ModelPrice{p.model, p.inputPerMTok, p.outputPerMTok}, &error), error);
    return provider;
}

// Fills the new workspace; throws StepFailure (or SqlError from a store's read).
void fill(Workspace &ws, const DemoManifest &m, DemoBuildReport *report)
{
    Database &db = ws.database();
    StoreError error;
    if (!m.description.isEmpty())
        check(DemoWriter(db).setProjectDescription(m.description, &error), error);
    const StoredProvider provider = saveProvider(db, m);

    QHash<QString, ImportedDataset> datasets;
    for (const DemoManifest::Dataset &d : m.datasets) {
        datasets.insert(d.name, importDataset(db, m, d));
        ++report->datasets;
        report->datasetRows += d.rows;
    }
    for (const DemoManifest::Prompt &p : m.prompts) {
        if (!p.dataset.isEmpty() && !datasets.contains(p.dataset))
            fail(DemoBuilder::tr("prompt \"%1\" names an unknown dataset \"%2\"").arg(p.name, p.dataset));
        report->promptVersions += commitPrompt(db, m, p, datasets.value(p.dataset).id);
        ++report->prompts;
    }

    DemoRunWriter runs(db, m);
    for (const DemoManifest::Run &r : m.runs) {
        const DemoManifest::Prompt *p = m.prompt(r.prompt);
        QString runError;
        if (!runs.write(r, datasets.value(p->dataset).versionId, provider, &runError))
            fail(runError);
        ++report->runs;
    }
    report->results = runs.results();
    report->scores = runs.scores();

    if (!m.votes.isEmpty()) {
        QString voteError;
        const std::optional<int> votes = DemoVotes::write(db, m, runs, &voteError);
        if (!votes)
            fail(voteError);
        report->judgements = *votes;
    }
    check(DemoWriter(db).compact(&error), error);
}

} // namespace

std::optional<DemoBuildReport> DemoBuilder::build(const QString &outPath, bool overwrite, QString *error) const
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<DemoManifest> manifest = DemoManifest::load(m_sourceDir, error);
    if (!manifest)
        return std::nullopt;
    const QFileInfo out(outPath);
    if (out.exists() && !overwrite) {
        *error = tr("%1 already exists (replace it with --force)").arg(outPath);
        return std::nullopt;
    }
    if (!QDir().mkpath(out.absolutePath())) {
        *error = tr("cannot create the folder %1").arg(out.absolutePath());
        return std::nullopt;
    }
    // Built under a temporary name beside the target, renamed into place at the end.
    const QString partial = out.absoluteFilePath() + u".partial"_s;
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(partial + suffix);
    };
    removePartial();

    DemoBuildReport report;
    QString problem;
    {
        WorkspaceError wsError;
        std::unique_ptr<Workspace> ws = Workspace::create(partial, manifest->project, &wsError);
        if (!ws) {
            *error = wsError.message;
            return std::nullopt;
        }
        try {
            fill(*ws, *manifest, &report);
        } catch (const StepFailure &failure) {
            problem = failure.message;
        } catch (const SqlError &e) {
            problem = e.message();
        }
    }   // closing the last connection folds the WAL into the file
    if (!problem.isEmpty()) {
        removePartial();
        *error = problem;
        return std::nullopt;
    }
    if (out.exists() && !QFile::remove(out.absoluteFilePath())) {
        removePartial();
        *error = tr("cannot replace %1").arg(outPath);
        return std::nullopt;
    }
    if (!QFile::rename(partial, out.absoluteFilePath())) {
        removePartial();
        *error = tr("cannot rename the finished demo to %1").arg(outPath);
        return std::nullopt;
    }
    report.path = out.absoluteFilePath();
    report.bytes = QFileInfo(report.path).size();
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace lathe
