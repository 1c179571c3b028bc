// Fuzz target for the CSV reader (delimiter sniffed, promptfoo detection on). Checks that every
// row has one value per header column, that an error names a position, and that rows written
// back out as RFC 4180 CSV (DatasetExporter::csvField) read back identically.
#include "dataset/datasetexporter.h"
#include "dataset/readerfactory.h"

#include <QBuffer>
#include <QJsonValue>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "csv invariant failed: %s\n", what);
        std::abort();
    }
}

// Reads every row; returns false on a (well-formed) error.
bool readRows(const QByteArray &bytes, DatasetFormat format, QList<QStringList> *rows, qsizetype *columns)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = openRecordReader(&buffer, QStringLiteral("fuzz.csv"), format);
    ImportRecord record;
    while (reader->next(record)) {
        check(record.values.size() == reader->columns().size(), "one value per column");
        QStringList row;
        for (const QJsonValue &v : std::as_const(record.values)) {
            check(v.isString(), "CSV values are strings");
            row << v.toString();
        }
        rows->append(row);
    }
    *columns = reader->columns().size();
    if (reader->error()) {
        check(reader->error().line >= 1 && reader->error().column >= 1, "error has a position");
        check(!reader->error().message.isEmpty(), "error has a message");
        return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> rows;
    qsizetype columns = 0;
    if (!readRows(input, DatasetFormat::Auto, &rows, &columns) || columns == 0)
        return 0;

    // Write the rows back (comma-separated, header c0..cN) and read them again.
    QByteArray csv;
    for (qsizetype c = 0; c < columns; ++c)
        csv += (c ? ",c" : "c") + QByteArray::number(c);
    csv += "\r\n";
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QByteArray field = DatasetExporter::csvField(row.at(c));
            // An empty single field would be a blank line, which readers skip: quote it.
            csv += (c ? "," : "") + (field.isEmpty() && columns == 1 ? QByteArray("\"\"") : field);
        }
        csv += "\r\n";
    }
    QList<QStringList> again;
    qsizetype columnsAgain = 0;
    check(readRows(csv, DatasetFormat::Csv, &again, &columnsAgain), "written rows read back");
    check(columnsAgain == columns, "same column count");
    check(again == rows, "same rows");
    return 0;
}
