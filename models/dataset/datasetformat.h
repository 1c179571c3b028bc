#pragma once

#include <QString>

#include <optional>

namespace lathe {

// The file formats an import understands. Auto picks one from the file name and content.
enum class DatasetFormat {
    Auto,
    Csv,          // RFC 4180, delimiter sniffed (comma, semicolon, tab or bar)
    Tsv,          // tab-separated, same quoting rules as CSV
    Json,         // an array of objects
    Jsonl,        // one object per line
    Promptfoo,    // promptfoo tests: CSV with __expected columns, or JSON/JSONL/YAML test lists
    OpenAiEvals,  // OpenAI Evals samples: JSONL with "input" (chat messages) and "ideal"
};

// The spelling used by lathe-cli --format: csv, tsv, json, jsonl, promptfoo, openai-evals.
QString datasetFormatName(DatasetFormat format);
std::optional<DatasetFormat> datasetFormatFromName(const QString &name);

} // namespace lathe
