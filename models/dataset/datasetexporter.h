#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

class QIODevice;

namespace lathe {

class Database;

// Writes one dataset version (optionally only rows with a tag) as:
//  - CSV (RFC 4180, UTF-8 without BOM, CRLF record ends): a header of column names, then one
//    record per row; fields are quoted when they hold a comma, quote, CR, LF, tab, semicolon,
//    bar (so a re-import never sniffs another delimiter) or leading or trailing space; structured values are written as compact JSON text, absent values as
//    empty fields.
//  - JSONL: one object per row, column name -> value in column order, structured values kept
//    as JSON; absent values are left out.
// Rows stream from the database, so memory does not grow with the dataset.
class DatasetExporter final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
public:
    enum class Format { Csv, Jsonl };

    static bool write(Database &db, qint64 versionId, Format format, QIODevice *out, const QString &tag,
                      QString *error);
    // Writes to `path` atomically (a temporary file renamed into place on success).
    static bool writeFile(Database &db, qint64 versionId, Format format, const QString &path, const QString &tag,
                          QString *error);

    // One CSV field, quoted when needed.
    static QByteArray csvField(const QString &text);
    // A value as CSV cell text: strings as they are, other values as JSON text.
    static QString cellText(const QJsonValue &value);
    // A value as compact JSON text.
    static QByteArray jsonText(const QJsonValue &value);
};

} // namespace lathe
