#pragma once

#include "csvreader.h"

#include <memory>

namespace lathe {

// promptfoo's CSV test format: a CSV whose ordinary columns are variables and whose special
// columns drive the test. Every column is kept as a column (so the data round-trips); in
// addition each non-empty __expected / __expected1..N cell becomes one of the row's scorers
// (see PromptfooAssertion), with __metric as their metric when that column exists.
class PromptfooCsvReader final : public RecordReader
{
public:
    explicit PromptfooCsvReader(std::unique_ptr<CsvReader> csv);

    bool next(ImportRecord &record) override;

    // True when a header names one of promptfoo's special columns.
    static bool looksLikePromptfoo(const QStringList &header);

private:
    std::unique_ptr<CsvReader> m_csv;
    QList<qsizetype> m_expected;   // indexes of __expected columns
    qsizetype m_metric = -1;
};

} // namespace lathe
