#include "reportbuilder.h"

#include "reportstats.h"

#include "core/buildinfo.h"
#include "diff/promptdiff.h"
#include "diff/textdiff.h"
#include "workspace/datasetstore.h"
#include "workspace/promptstore.h"
#include "workspace/runresults.h"
#include "workspace/sqlerror.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QSet>

#include <limits>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QString versionName(const RunColumnInfo &c)
{
    return c.promptName + u'@' + QString::number(c.promptVersion);
}

QList<ReportColumn> readColumns(Database &db, qint64 runId)
{
    QList<ReportColumn> out;
    PromptStore prompts(db);
    ReportQuery query(db);
    QSet<QString> labels;
    for (const RunColumnInfo &info : RunStore(db).columns(runId)) {
        ReportColumn c;
        c.info = info;
        c.label = versionName(info) + u' ' + info.model;
        if (labels.contains(c.label))
            c.label += u" #%1"_s.arg(out.size() + 1);
        labels.insert(c.label);
        if (const auto key = query.promptVersionKey(info.promptVersionId)) {
            if (const auto v = prompts.version(key->first, key->second)) {
                c.prompt = v->content;
                c.promptMessage = v->message;
                c.promptCreatedAt = v->createdAt;
                c.promptHash = v->contentHash;
            }
        }
        if (!out.isEmpty() && c.promptHash != out.constFirst().promptHash) {
            const ReportColumn &first = out.constFirst();
            c.promptDiff = PromptDiff::compare(PromptSnapshot::fromContent(first.prompt),
                                               PromptSnapshot::fromContent(c.prompt))
                               .unifiedDiff(versionName(first.info), versionName(info));
        }
        out.append(c);
    }
    return out;
}

// Groups the cases (in plan order: row position, column, repeat) into rows of one case per
// column, and indexes where each case went.
void readRows(Database &db, qint64 runId, ReportData &data, QHash<qint64, std::pair<int, int>> *caseIndex)
{
    QHash<qint64, int> columnIndex;
    for (int i = 0; i < data.columns.size(); ++i)
        columnIndex.insert(data.columns[i].info.id, i);

    ReportQuery query(db);
    const QHash<qint64, ReportRowRecord> rowRecords = query.rows(runId);
    QHash<qint64, QList<ReportScoreRecord>> scores;
    QSet<QString> scorerSeen;
    for (const ReportScoreRecord &s : query.scores(runId)) {
        scores[s.caseId].append(s);
        if (!scorerSeen.contains(s.scorer)) {
            scorerSeen.insert(s.scorer);
            data.scorerNames.append(s.scorer);
        }
    }

    QHash<std::pair<qint64, int>, int> rowIndex;   // (row id, repeat) -> index in data.rows
    const QList<CaseRecord> cases =
        RunResults(db).cases(runId, 0, std::numeric_limits<qint64>::max(), false);
    for (const CaseRecord &record : cases) {
        const int column = columnIndex.value(record.work.columnId, -1);
        if (column < 0)
            continue;
        const std::pair<qint64, int> key{record.work.rowId, record.work.repeat};
        auto it = rowIndex.constFind(key);
        if (it == rowIndex.constEnd()) {
            ReportRow row;
            row.rowId = record.work.rowId;
            row.position = record.work.rowPosition;
            row.repeat = record.work.repeat;
            const ReportRowRecord rr = rowRecords.value(row.rowId);
            row.data = rr.data;
            row.tags = rr.tags;
            row.cases.resize(data.columns.size());
            for (int i = 0; i < data.columns.size(); ++i)
                row.cases[i].columnId = data.columns[i].info.id;
            data.rows.append(row);
            it = rowIndex.insert(key, int(data.rows.size() - 1));
        }
        ReportCase &c = data.rows[*it].cases[column];
        c.caseId = record.work.caseId;
        c.state = !record.answered ? ReportCaseState::Pending
            : record.result.ok     ? ReportCaseState::Ok
                                   : ReportCaseState::Error;
        c.result = record.result;
        c.answeredAt = record.createdAt;
        c.scores = scores.value(c.caseId);
        c.pass = ReportStats::verdict(c.state, c.scores);
        caseIndex->insert(c.caseId, {*it, column});
    }
}

void addOutputDiffs(ReportData &data)
{
    for (ReportRow &row : data.rows) {
        const ReportCase &first = row.cases.constFirst();
        if (first.state != ReportCaseState::Ok)
            continue;
        for (qsizetype i = 1; i < row.cases.size(); ++i) {
            ReportCase &c = row.cases[i];
            if (c.state == ReportCaseState::Ok && c.result.output != first.result.output)
                c.diff = TextDiff::compare(first.result.output, c.result.output, TextDiff::Level::Words);
        }
    }
}

} // namespace

std::optional<ReportData> ReportBuilder::build(Database &db, qint64 runId, QString *error)
{
    try {
        const std::optional<RunInfo> run = RunStore(db).find(runId);
        if (!run) {
            *error = tr("There is no run %1.").arg(runId);
            return std::nullopt;
        }
        ReportData data;
        data.run = *run;
        data.title = run->name.isEmpty() ? tr("Run %1").arg(runId) : run->name;
        ReportQuery query(db);
        data.projectName = query.projectName();
        data.currency = query.currency();
        data.generatedAt = Workspace::nowUtc();
        data.latheVersion = BuildInfo::versionString();
        data.dataset = query.dataset(run->datasetVersionId);
        data.datasetColumns = DatasetStore(db).columns(run->datasetVersionId);
        data.columns = readColumns(db, runId);
        if (data.columns.isEmpty()) {
            *error = tr("Run %1 has no columns.").arg(runId);
            return std::nullopt;
        }
        QHash<qint64, std::pair<int, int>> caseIndex;   // case id -> (row index, column index)
        readRows(db, runId, data, &caseIndex);
        addOutputDiffs(data);
        for (const ReportJudgementRecord &r : query.judgements(runId)) {
            ReportJudgement j;
            j.record = r;
            if (const auto a = caseIndex.constFind(r.caseA); a != caseIndex.constEnd()) {
                j.rowIndex = a->first;
                j.columnA = a->second;
            }
            if (const auto b = caseIndex.constFind(r.caseB); b != caseIndex.constEnd())
                j.columnB = b->second;
            data.judgements.append(j);
        }
        ReportStats::compute(data);
        return data;
    } catch (const SqlError &e) {
        *error = tr("Cannot read run %1: %2").arg(runId).arg(e.message());
        return std::nullopt;
    }
}

} // namespace lathe
