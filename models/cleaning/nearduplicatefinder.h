#pragma once

#include "cleaningdata.h"
#include "qgramprefixfilter.h"
#include "similaritymetric.h"
#include "textnormalizer.h"

#include "workspace/dataseteditor.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace lathe {

class Database;

struct NearDuplicateOptions
{
    QStringList columnKeys;            // compared columns (joined); empty = the text columns
    double threshold = 0.9;            // in (0, 1]
    SimilarityMetric metric = SimilarityMetric::Levenshtein;
    TextNormalization normalization{true, true};
    qsizetype maxPairs = 100000;       // the report stops growing here (truncated = true)
};

// Two rows at least `threshold` alike. `first` comes before `second` in the dataset; the
// second is the proposed removal unless the reviewer keeps it instead.
struct NearDuplicatePair
{
    qsizetype first = 0;               // indexes into CleaningData::rows
    qsizetype second = 0;
    double score = 0.0;
};

struct NearDuplicateReport
{
    NearDuplicateOptions options;
    QStringList columnKeys;            // the columns actually compared
    QList<NearDuplicatePair> pairs;    // best score first, then dataset order
    bool truncated = false;
    QGramPrefixFilter::Stats stats;
};

// Near duplicates: pairs of rows whose compared text scores at least the threshold.
// Rows with identical (normalised) text are grouped first: each copy pairs with the first
// (score 1) and only one text per group enters the similarity join. Candidates come from
// QGramPrefixFilter and are verified with rapidfuzz's cached scorers and a score cutoff, so
// the result is exact, not sampled. Rows whose compared text is empty are skipped.
class NearDuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(NearDuplicateFinder)
public:
    static NearDuplicateReport find(const CleaningData &data, const NearDuplicateOptions &options,
                                    const std::atomic_bool *cancel = nullptr);

    struct ScoredPair
    {
        int a = 0;   // a < b, indexes into the texts
        int b = 0;
        double score = 0.0;
    };
    // The similarity self-join on plain texts (already normalised), in no particular order.
    static std::vector<ScoredPair> join(const std::vector<std::u32string> &texts, double threshold,
                                        SimilarityMetric metric, QGramPrefixFilter::Stats *stats = nullptr,
                                        const std::atomic_bool *cancel = nullptr);

    static double similarity(QStringView a, QStringView b, SimilarityMetric metric);

    // Deletes `rowIds` (for each reviewed pair, the row the reviewer did not keep).
    static std::optional<DatasetEdit> apply(Database &db, const CleaningData &data, const NearDuplicateReport &report,
                                            const QList<qint64> &rowIds, WorkspaceError *error = nullptr);
};

} // namespace lathe
