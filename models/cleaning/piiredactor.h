#pragma once

#include "cleaningdata.h"
#include "piiscanner.h"

#include "workspace/dataseteditor.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <optional>

namespace lathe {

class Database;

// One cell holding personal data: its text before and after redaction.
struct PiiCell
{
    qsizetype row = 0;            // index into CleaningData::rows
    QString columnKey;
    QString original;
    QString redacted;
    QList<PiiMatch> matches;      // offsets into `original`
};

struct PiiReport
{
    PiiTypes types;
    QStringList columnKeys;       // the columns scanned
    QList<PiiCell> cells;         // dataset order, then column order
    QMap<PiiType, int> found;     // occurrences per type
    QMap<PiiType, int> distinct;  // distinct values (= placeholders) per type
};

// Replaces personal data by typed placeholders, "[EMAIL_1]", "[PHONE_2]", ..., so prompts still
// read naturally. Numbering is per type and per distinct canonical value (PiiMatch::canonical),
// in order of first appearance: the same address is [EMAIL_1] wherever it occurs, however
// it was written. A redactor keeps its numbering across redact() calls; scan() uses a fresh
// one for a whole dataset.
class PiiRedactor final
{
    Q_DECLARE_TR_FUNCTIONS(PiiRedactor)
public:
    explicit PiiRedactor(const PiiScanner &scanner = PiiScanner()) : m_scanner(scanner) {}

    // Scans and redacts one text; the matches found go to *matches (offsets into `text`).
    QString redact(QStringView text, QList<PiiMatch> *matches = nullptr);
    // Redacts known matches of `text`, numbering new values.
    QString redact(QStringView text, const QList<PiiMatch> &matches);
    // The placeholder of a value, assigning the next number when it is new.
    QString placeholder(const PiiMatch &match);
    int distinctCount(PiiType type) const;

    // Preview: every cell of `columnKeys` (empty = the text columns) holding personal data.
    static PiiReport scan(const CleaningData &data, PiiTypes types, const QStringList &columnKeys = {},
                          const std::atomic_bool *cancel = nullptr, const QDate &today = QDate::currentDate());
    // Writes the redacted text of the report's cells `cellIndexes` (indexes into
    // report.cells, the ones the user kept ticked) as one new version; logs 'dataset.redact'
    // with the counts per type, never the values.
    static std::optional<DatasetEdit> apply(Database &db, const CleaningData &data, const PiiReport &report,
                                            const QList<qsizetype> &cellIndexes, WorkspaceError *error = nullptr);

private:
    PiiScanner m_scanner;
    QHash<PiiType, QHash<QString, int>> m_numbers;   // type -> canonical value -> number
};

} // namespace lathe
