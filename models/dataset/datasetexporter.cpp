#include "datasetexporter.h"

#include "workspace/datasetstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace lathe {

QByteArray DatasetExporter::jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Undefined:
        return "null";
    default: {
        // Scalars: wrap in an array to reuse Qt's escaping and number formatting.
        const QByteArray a = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return a.sliced(1, a.size() - 2);
    }
    }
}

QString DatasetExporter::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    default:
        return QString::fromUtf8(jsonText(value));
    }
}

QByteArray DatasetExporter::csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    // Tabs, semicolons and bars are quoted too, so that re-importing never sniffs them as the
    // delimiter.
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')
                       || utf8.contains('\t') || utf8.contains(';') || utf8.contains('|')
                       || utf8.startsWith(' ') || utf8.endsWith(' ');
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

bool DatasetExporter::write(Database &db, qint64 versionId, Format format, QIODevice *out, const QString &tag,
                            QString *error)
{
    DatasetStore store(db);
    WorkspaceError wsError;
    const QList<DatasetColumn> columns = store.columns(versionId, &wsError);
    if (wsError) {
        *error = wsError.message;
        return false;
    }
    bool writeFailed = false;
    auto put = [&](const QByteArray &bytes) {
        if (!writeFailed && out->write(bytes) != bytes.size())
            writeFailed = true;
    };
    if (format == Format::Csv) {
        QByteArray header;
        for (qsizetype i = 0; i < columns.size(); ++i)
            header += (i ? "," : "") + csvField(columns.at(i).name);
        put(header + "\r\n");
    }
    // Column names as JSON strings, computed once.
    QList<QByteArray> jsonNames;
    for (const DatasetColumn &c : columns)
        jsonNames.append(jsonText(c.name));
    QByteArray line;
    const bool ok = store.forEachRow(versionId, tag, [&](const DatasetRow &row) {
        line.clear();
        if (format == Format::Csv) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i)
                    line += ',';
                line += csvField(cellText(row.data.value(columns.at(i).key)));
            }
            line += "\r\n";
        } else {
            line += '{';
            bool first = true;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QJsonValue v = row.data.value(columns.at(i).key);
                if (v.isUndefined())
                    continue;
                if (!first)
                    line += ',';
                first = false;
                line += jsonNames.at(i) + ':' + jsonText(v);
            }
            line += "}\n";
        }
        put(line);
        return !writeFailed;
    }, &wsError);
    if (!ok) {
        *error = wsError.message;
        return false;
    }
    if (writeFailed) {
        *error = tr("cannot write: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool DatasetExporter::writeFile(Database &db, qint64 versionId, Format format, const QString &path,
                                const QString &tag, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (!write(db, versionId, format, &file, tag, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace lathe
