#pragma once

#include "cleaning/cleaningdata.h"
#include "workspace/dataseteditor.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <atomic>
#include <optional>

namespace lathe {

class Database;

// One unknown word in one cell. Offsets count UTF-16 code units of the cell text.
struct SpellingIssue
{
    qsizetype row = 0;             // index into CleaningData::rows
    QString columnKey;
    qsizetype start = 0;
    qsizetype length = 0;
    QString word;
    QStringList suggestions;       // best first, at most five
};

struct SpellingReport
{
    QString language;              // Sonnet dictionary code, e.g. "en_US", "ko"
    QStringList columnKeys;
    QList<SpellingIssue> issues;   // dataset order, then column order, then position
    bool dictionaryMissing = false;
};

// Spell check of text cells with Sonnet (lives in ui/ because Lathe keeps KF6 out of models/).
// Words are found with QTextBoundaryFinder; only words of the dictionary's script are checked
// (Hangul for Korean dictionaries, Latin otherwise). Skipped: words with digits or '_',
// inner capitals (camelCase, ACRONYMS), single letters, runs longer than 40 letters, and anything inside template tags
// ({{ }}, {% %}), URLs, email addresses and file paths. Each distinct word is checked once.
// Speller instances are created on the calling thread, so scan() may run on a worker.
class SpellCheckScanner final
{
    Q_DECLARE_TR_FUNCTIONS(SpellCheckScanner)
public:
    // Dictionary codes Sonnet offers, sorted.
    static QStringList availableLanguages();
    // "en_US" when offered, else the first English one, else the first one; empty if none.
    static QString defaultLanguage(const QStringList &available);

    static SpellingReport scan(const CleaningData &data, const QString &language, const QStringList &columnKeys,
                               const std::atomic_bool *cancel = nullptr);

    // Writes the chosen corrections ({issue index, replacement}) as one new version and logs
    // 'dataset.spellcheck'. Several corrections in one cell are applied together.
    static std::optional<DatasetEdit> apply(Database &db, const CleaningData &data, const SpellingReport &report,
                                            const QList<QPair<qsizetype, QString>> &corrections,
                                            WorkspaceError *error = nullptr);
};

} // namespace lathe
