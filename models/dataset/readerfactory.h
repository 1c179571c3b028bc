#pragma once

#include "datasetformat.h"
#include "recordreader.h"

#include <memory>

class QIODevice;

namespace lathe {

// Opens the reader for a file. With DatasetFormat::Auto the file name decides (.csv/.txt:
// CSV with a sniffed delimiter, .tsv/.tab: TSV, .json: JSON array or, when the file starts
// with '{', JSON Lines, .jsonl/.ndjson: JSON Lines, .yaml/.yml: promptfoo tests; anything
// else by its first byte), then the content: a CSV header with promptfoo's __ columns is a
// promptfoo file, JSON objects with vars/assert are promptfoo tests and objects with
// input+ideal are OpenAI Evals samples. `device` must be open, random access, and stay open
// for the reader's lifetime. Problems in the content surface from the reader's next().
std::unique_ptr<RecordReader> openRecordReader(QIODevice *device, const QString &fileName, DatasetFormat format);

} // namespace lathe
