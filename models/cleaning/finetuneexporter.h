#pragma once

#include "prompt/promptcontent.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace lathe {

class Database;

struct FinetuneOptions
{
    QString outputColumnKey;   // the assistant's answer for each row
    QString tag;               // only rows with this tag; empty = every row
};

struct FinetuneSummary
{
    qint64 written = 0;        // examples written
    qint64 skipped = 0;        // rows whose output cell is empty
};

// Writes chat fine-tuning JSONL: one {"messages": [...]} object per row, the prompt rendered
// with the row (variables are the column names; values keep their JSON type) followed by
// {"role": "assistant", "content": <output cell>}. A text prompt becomes one user message;
// a chat prompt keeps its messages. Rendering is strict: an undefined variable fails the
// export, naming the row. Rows with an empty output are skipped and counted.
class FinetuneExporter final
{
    Q_DECLARE_TR_FUNCTIONS(FinetuneExporter)
public:
    static bool write(Database &db, qint64 versionId, const PromptContent &prompt, const FinetuneOptions &options,
                      QIODevice *out, FinetuneSummary *summary, QString *error);
    // Writes to `path` atomically (QSaveFile).
    static bool writeFile(Database &db, qint64 versionId, const PromptContent &prompt, const FinetuneOptions &options,
                          const QString &path, FinetuneSummary *summary, QString *error);
};

} // namespace lathe
