#include "runcomparison.h"

#include "workspace/runcomparisonquery.h"
#include "workspace/runstore.h"

#include <QHash>

#include <algorithm>

#include <cmath>
#include <vector>

namespace lathe {

namespace {

struct Verdict
{
    bool pass = false;
    double score = 0.0;
};

// An error result is a fail worth 0; a pending or unscored case has no verdict.
std::optional<Verdict> verdict(const ComparableCase &c)
{
    if (c.state == ComparableCase::State::Error)
        return Verdict{};
    if (c.state != ComparableCase::State::Ok || !c.pass)
        return std::nullopt;
    return Verdict{*c.pass, c.score.value_or(*c.pass ? 1.0 : 0.0)};
}

} // namespace

qint64 RunComparisonResult::count(CaseChange change) const
{
    switch (change) {
    case CaseChange::Improved:
        return improved;
    case CaseChange::Regressed:
        return regressed;
    case CaseChange::Unchanged:
        return unchanged;
    case CaseChange::NotJudged:
        return notJudged;
    }
    return 0;
}

bool RunComparisonResult::isSignificantRegression(double alpha) const
{
    return mcnemar.pValue < alpha && mcnemar.b > mcnemar.c;
}

CaseChange RunComparison::classify(const ComparableCase &baseline, const ComparableCase &candidate, double epsilon,
                                   bool *passChanged)
{
    if (passChanged)
        *passChanged = false;
    const std::optional<Verdict> a = verdict(baseline);
    const std::optional<Verdict> b = verdict(candidate);
    if (!a || !b)
        return CaseChange::NotJudged;
    if (a->pass != b->pass) {
        if (passChanged)
            *passChanged = true;
        return b->pass ? CaseChange::Improved : CaseChange::Regressed;
    }
    if (b->score > a->score + epsilon)
        return CaseChange::Improved;
    if (b->score < a->score - epsilon)
        return CaseChange::Regressed;
    return CaseChange::Unchanged;
}

RunComparisonResult RunComparison::compare(const QList<ComparableCase> &baseline,
                                           const QList<ComparableCase> &candidate) const
{
    RunComparisonResult out;
    QHash<std::pair<qint64, int>, qsizetype> byKey;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        byKey.insert({candidate[i].rowId, candidate[i].repeat}, i);
    std::vector<bool> used(std::size_t(candidate.size()), false);

    std::vector<double> scoresA;
    std::vector<double> scoresB;
    qint64 onlyA = 0;
    qint64 onlyB = 0;
    for (const ComparableCase &a : baseline) {
        const auto it = byKey.constFind({a.rowId, a.repeat});
        if (it == byKey.cend()) {
            ++out.onlyBaseline;
            continue;
        }
        used[std::size_t(*it)] = true;
        ComparedCase c;
        c.rowId = a.rowId;
        c.rowPosition = a.rowPosition;
        c.repeat = a.repeat;
        c.baseline = a;
        c.candidate = candidate[*it];
        c.change = classify(a, c.candidate, m_options.epsilon, &c.passChanged);
        switch (c.change) {
        case CaseChange::Improved:
            ++out.improved;
            break;
        case CaseChange::Regressed:
            ++out.regressed;
            break;
        case CaseChange::Unchanged:
            ++out.unchanged;
            break;
        case CaseChange::NotJudged:
            ++out.notJudged;
            break;
        }
        if (c.change != CaseChange::NotJudged) {
            const Verdict x = *verdict(a);
            const Verdict y = *verdict(c.candidate);
            scoresA.push_back(x.score);
            scoresB.push_back(y.score);
            onlyA += x.pass && !y.pass ? 1 : 0;
            onlyB += !x.pass && y.pass ? 1 : 0;
        }
        out.cases.append(std::move(c));
    }
    for (const bool u : used)
        out.onlyCandidate += u ? 0 : 1;
    out.mcnemar = McNemar::test(onlyA, onlyB);
    out.score = PairedBootstrap::compareMeans(scoresA, scoresB, m_options.bootstrap);
    return out;
}

QList<std::pair<qint64, qint64>> RunComparison::matchColumns(const QList<RunColumnInfo> &a,
                                                             const QList<RunColumnInfo> &b)
{
    QList<std::pair<qint64, qint64>> out;
    for (const RunColumnInfo &x : a) {
        for (const RunColumnInfo &y : b) {
            if (x.promptVersionId == y.promptVersionId && x.model == y.model) {
                out.append({x.id, y.id});
                break;
            }
        }
    }
    return out;
}

std::optional<std::pair<ColumnRef, ColumnRef>> RunComparison::resolve(Database &db, ColumnRef baseline,
                                                                      ColumnRef candidate, QString *error)
{
    RunComparisonQuery query(db);
    const std::optional<ComparableRun> ra = query.run(baseline.runId);
    const std::optional<ComparableRun> rb = query.run(candidate.runId);
    if (!ra || !rb) {
        *error = tr("Run %1 does not exist.").arg(!ra ? baseline.runId : candidate.runId);
        return std::nullopt;
    }
    if (ra->datasetId == 0 || ra->datasetId != rb->datasetId) {
        *error = tr("Runs %1 and %2 answer different datasets; only runs of the same dataset can be compared.")
                     .arg(ra->id)
                     .arg(rb->id);
        return std::nullopt;
    }
    RunStore runs(db);
    const QList<RunColumnInfo> ca = runs.columns(baseline.runId);
    const QList<RunColumnInfo> cb = runs.columns(candidate.runId);
    const auto has = [](const QList<RunColumnInfo> &columns, qint64 id) {
        return std::any_of(columns.cbegin(), columns.cend(), [id](const RunColumnInfo &c) { return c.id == id; });
    };
    if ((baseline.columnId && !has(ca, baseline.columnId)) || (candidate.columnId && !has(cb, candidate.columnId))) {
        *error = tr("The chosen column does not belong to its run.");
        return std::nullopt;
    }
    if (!baseline.columnId || !candidate.columnId) {
        if (baseline.runId == candidate.runId) {
            if (!baseline.columnId && ca.size() > 0)
                baseline.columnId = ca.constFirst().id;
            if (!candidate.columnId) {
                for (const RunColumnInfo &c : cb) {
                    if (c.id != baseline.columnId) {
                        candidate.columnId = c.id;
                        break;
                    }
                }
            }
        } else {
            for (const auto &[x, y] : matchColumns(ca, cb)) {
                if ((!baseline.columnId || baseline.columnId == x) && (!candidate.columnId || candidate.columnId == y)) {
                    baseline.columnId = x;
                    candidate.columnId = y;
                    break;
                }
            }
            if (!baseline.columnId && ca.size() == 1)
                baseline.columnId = ca.constFirst().id;
            if (!candidate.columnId && cb.size() == 1)
                candidate.columnId = cb.constFirst().id;
        }
    }
    if (!baseline.columnId || !candidate.columnId || baseline == candidate) {
        *error = tr("Choose the columns to compare: no column of run %1 matches one of run %2 by prompt version "
                    "and model.")
                     .arg(baseline.runId)
                     .arg(candidate.runId);
        return std::nullopt;
    }
    return std::pair{baseline, candidate};
}

std::optional<RunComparisonResult> RunComparison::load(Database &db, ColumnRef baseline, ColumnRef candidate,
                                                       QString *error) const
{
    const auto refs = resolve(db, baseline, candidate, error);
    if (!refs)
        return std::nullopt;
    RunComparisonQuery query(db);
    return compare(query.cases(refs->first.runId, refs->first.columnId),
                   query.cases(refs->second.runId, refs->second.columnId));
}

} // namespace lathe
