#include "nearduplicatefinder.h"

#include "duplicatefinder.h"

#include "workspace/datasetbatch.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <rapidfuzz/distance.hpp>

namespace lathe {

namespace {

std::u32string codePoints(QStringView text)
{
    std::u32string out;
    out.reserve(size_t(text.size()));
    for (char32_t c : text.toUcs4())
        out.push_back(c);
    return out;
}

template<typename Scorer>
void verify(const std::vector<std::u32string> &texts, int x, const std::vector<int> &ys, double threshold,
            std::vector<NearDuplicateFinder::ScoredPair> &out)
{
    const Scorer scorer(texts[size_t(x)]);
    for (int y : ys) {
        const double s = scorer.normalized_similarity(texts[size_t(y)], threshold);
        if (s >= threshold)
            out.push_back({std::min(x, y), std::max(x, y), s});
    }
}

} // namespace

std::vector<NearDuplicateFinder::ScoredPair> NearDuplicateFinder::join(const std::vector<std::u32string> &texts,
                                                                       double threshold, SimilarityMetric metric,
                                                                       QGramPrefixFilter::Stats *stats,
                                                                       const std::atomic_bool *cancel)
{
    std::vector<ScoredPair> out;
    // rapidfuzz rounds a cutoff to whole edits; a hair lower keeps pairs exactly at the threshold.
    const double cutoff = std::max(0.0, threshold - 1e-12);
    const QGramPrefixFilter::Stats s = QGramPrefixFilter::run(texts, threshold, metric,
        [&](int x, const std::vector<int> &ys) {
            if (metric == SimilarityMetric::Levenshtein)
                verify<rapidfuzz::CachedLevenshtein<char32_t>>(texts, x, ys, cutoff, out);
            else
                verify<rapidfuzz::CachedIndel<char32_t>>(texts, x, ys, cutoff, out);
        }, cancel);
    if (stats)
        *stats = s;
    return out;
}

double NearDuplicateFinder::similarity(QStringView a, QStringView b, SimilarityMetric metric)
{
    const std::u32string x = codePoints(a);
    const std::u32string y = codePoints(b);
    if (metric == SimilarityMetric::Levenshtein)
        return rapidfuzz::levenshtein_normalized_similarity(x, y);
    return rapidfuzz::indel_normalized_similarity(x, y);
}

NearDuplicateReport NearDuplicateFinder::find(const CleaningData &data, const NearDuplicateOptions &options,
                                              const std::atomic_bool *cancel)
{
    NearDuplicateReport report;
    report.options = options;
    report.columnKeys = options.columnKeys.isEmpty() ? data.textColumnKeys() : options.columnKeys;

    // One text per distinct normalised value; the rows holding it, in dataset order.
    QHash<QString, int> textOf;
    std::vector<std::u32string> texts;
    std::vector<std::vector<qsizetype>> holders;
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        const QString key = DuplicateFinder::rowKey(data, i, report.columnKeys, options.normalization);
        if (key.isEmpty() || key == QString(report.columnKeys.size() - 1, QChar(0x1F)))
            continue;
        const auto it = textOf.constFind(key);
        if (it != textOf.constEnd()) {
            holders[size_t(*it)].push_back(i);
            continue;
        }
        textOf.insert(key, int(texts.size()));
        texts.push_back(codePoints(key));
        holders.push_back({i});
    }
    if (cancel && cancel->load())
        return report;

    QList<NearDuplicatePair> pairs;
    for (const std::vector<qsizetype> &rows : holders) {
        for (size_t r = 1; r < rows.size(); ++r)
            pairs.append({rows.front(), rows[r], 1.0});
    }
    const std::vector<ScoredPair> joined = join(texts, options.threshold, options.metric, &report.stats, cancel);
    for (const ScoredPair &p : joined) {
        qsizetype a = holders[size_t(p.a)].front();
        qsizetype b = holders[size_t(p.b)].front();
        if (a > b)
            std::swap(a, b);
        pairs.append({a, b, p.score});
    }
    std::sort(pairs.begin(), pairs.end(), [](const NearDuplicatePair &x, const NearDuplicatePair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.first != y.first ? x.first < y.first : x.second < y.second;
    });
    if (pairs.size() > options.maxPairs) {
        pairs.resize(options.maxPairs);
        report.truncated = true;
    }
    report.pairs = std::move(pairs);
    return report;
}

std::optional<DatasetEdit> NearDuplicateFinder::apply(Database &db, const CleaningData &data,
                                                      const NearDuplicateReport &report, const QList<qint64> &rowIds,
                                                      WorkspaceError *error)
{
    DatasetBatch batch(db, data.datasetId, data.versionId);
    QJsonArray ids;
    QSet<qint64> seen;
    for (qint64 id : rowIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            batch.deleteRow(id);
            ids.append(id);
        }
    }
    QJsonArray columns;
    for (const QString &key : report.columnKeys)
        columns.append(data.columnName(key));
    const int n = int(batch.deleteCount());
    batch.setMessage(tr("Removed %n near-duplicate row(s)", nullptr, n));
    batch.setActivity(QStringLiteral("dataset.dedup"),
                      tr("Removed %n near-duplicate row(s) from “%1”", nullptr, n).arg(data.datasetName),
                      QJsonObject{{QStringLiteral("method"), QStringLiteral("near")},
                                  {QStringLiteral("metric"), SimilarityMetrics::name(report.options.metric)},
                                  {QStringLiteral("threshold"), report.options.threshold},
                                  {QStringLiteral("columns"), columns},
                                  {QStringLiteral("pairs"), report.pairs.size()},
                                  {QStringLiteral("removed"), n},
                                  {QStringLiteral("row_ids"), ids}});
    return batch.apply(error);
}

} // namespace lathe
