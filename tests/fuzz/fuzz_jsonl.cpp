// Fuzz target for the JSON readers: the input is read as JSON Lines and as a JSON array (and
// with promptfoo/OpenAI shape detection). Checks that values stay within the columns, that an
// error names a position, and that JSONL rows written back out read back identically.
#include "dataset/datasetexporter.h"
#include "dataset/readerfactory.h"

#include <QBuffer>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "jsonl invariant failed: %s\n", what);
        std::abort();
    }
}

bool readRows(const QByteArray &bytes, const QString &name, DatasetFormat format, QList<QJsonObject> *rows)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = openRecordReader(&buffer, name, format);
    ImportRecord record;
    while (reader->next(record)) {
        check(record.values.size() <= reader->columns().size(), "values within the columns");
        QJsonObject row;
        for (qsizetype i = 0; i < record.values.size(); ++i) {
            if (!record.values.at(i).isUndefined())
                row.insert(reader->columns().at(i), record.values.at(i));
        }
        rows->append(row);
    }
    if (reader->error()) {
        check(reader->error().line >= 1 && reader->error().column >= 1, "error has a position");
        return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QJsonObject> ignored;
    readRows(input, QStringLiteral("fuzz.json"), DatasetFormat::Json, &ignored);
    ignored.clear();
    readRows(input, QStringLiteral("fuzz.jsonl"), DatasetFormat::Auto, &ignored);

    QList<QJsonObject> rows;
    if (!readRows(input, QStringLiteral("fuzz.jsonl"), DatasetFormat::Jsonl, &rows))
        return 0;
    QByteArray jsonl;
    for (const QJsonObject &row : std::as_const(rows)) {
        QByteArray line = "{";
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (line.size() > 1)
                line += ',';
            line += DatasetExporter::jsonText(it.key()) + ':' + DatasetExporter::jsonText(it.value());
        }
        jsonl += line + "}\n";
    }
    QList<QJsonObject> again;
    if (rows.isEmpty())
        return 0;
    check(readRows(jsonl, QStringLiteral("again.jsonl"), DatasetFormat::Jsonl, &again), "written rows read back");
    check(again == rows, "same rows");
    return 0;
}
