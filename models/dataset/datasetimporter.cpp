#include "datasetimporter.h"

#include "columnguess.h"
#include "readerfactory.h"

#include "workspace/datasetwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lathe {

namespace {

ImportError fileError(const QString &fileName, const QString &message)
{
    ImportError e;
    e.fileName = QFileInfo(fileName).fileName();
    e.message = message;
    return e;
}

// Final columns: the reader's, with the overrides applied and guesses for the rest.
std::optional<QList<DatasetColumn>> finalColumns(const QStringList &source, const QList<TypeTally> &tallies,
                                                 const QList<ColumnOverride> &overrides,
                                                 const QString &fileName, ImportError *error)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < source.size(); ++i)
        index.insert(source.at(i), i);
    QList<DatasetColumn> columns;
    for (qsizetype i = 0; i < source.size(); ++i)
        columns.append({QStringLiteral("c%1").arg(i + 1), source.at(i), ColumnGuess::role(source.at(i)),
                        tallies.value(i).type()});
    for (const ColumnOverride &o : overrides) {
        const auto it = index.constFind(o.sourceName);
        if (it == index.constEnd()) {
            *error = fileError(fileName, ImportError::tr("there is no column named “%1” (columns: %2)")
                                             .arg(o.sourceName, source.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        DatasetColumn &c = columns[*it];
        if (!o.name.trimmed().isEmpty())
            c.name = o.name.trimmed();
        if (o.role)
            c.role = *o.role;
        if (o.type)
            c.type = *o.type;
    }
    QSet<QString> names;
    for (const DatasetColumn &c : std::as_const(columns)) {
        if (names.contains(c.name)) {
            *error = fileError(fileName, ImportError::tr("two columns would be named “%1”").arg(c.name));
            return std::nullopt;
        }
        names.insert(c.name);
    }
    return columns;
}

} // namespace

std::optional<ImportResult> DatasetImporter::importFile(Database &db, const QString &path,
                                                        const ImportOptions &options, ImportError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileError(path, ImportError::tr("cannot open the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return importDevice(db, &file, path, options, error);
}

std::optional<ImportResult> DatasetImporter::importDevice(Database &db, QIODevice *device, const QString &fileName,
                                                          const ImportOptions &options, ImportError *error)
{
    const QString shortName = QFileInfo(fileName).fileName();
    QString name = options.name.trimmed().isEmpty() ? QFileInfo(fileName).completeBaseName()
                                                    : options.name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("dataset");
    std::unique_ptr<RecordReader> reader = openRecordReader(device, fileName, options.format);
    DatasetWriter writer(db);
    WorkspaceError wsError;
    if (!writer.begin(name, shortName, &wsError)) {
        *error = fileError(fileName, wsError.message);
        return std::nullopt;
    }

    QList<TypeTally> tallies;
    QStringList keys;
    ImportRecord record;
    QJsonObject data;
    qint64 rows = 0;
    while (reader->next(record)) {
        const QStringList &columns = reader->columns();
        while (keys.size() < columns.size())
            keys.append(QStringLiteral("c%1").arg(keys.size() + 1));
        tallies.resize(columns.size());
        data = {};
        for (qsizetype i = 0; i < record.values.size(); ++i) {
            const QJsonValue &v = record.values.at(i);
            if (v.isUndefined())
                continue;
            data.insert(keys.at(i), v);
            tallies[i].add(v);
        }
        const QByteArray scorers = record.scorers.isEmpty()
                                       ? QByteArray()
                                       : QJsonDocument(record.scorers).toJson(QJsonDocument::Compact);
        if (!writer.addRow(QJsonDocument(data).toJson(QJsonDocument::Compact), scorers, {}, &wsError)) {
            *error = fileError(fileName, wsError.message);
            return std::nullopt;
        }
        if (++rows % 4096 == 0 && options.progress && !options.progress(device->pos())) {
            *error = fileError(fileName, ImportError::tr("the import was cancelled"));
            return std::nullopt;
        }
    }
    if (reader->error()) {
        *error = reader->error();
        return std::nullopt;
    }
    tallies.resize(reader->columns().size());
    auto columns = finalColumns(reader->columns(), tallies, options.overrides, fileName, error);
    if (!columns)
        return std::nullopt;
    const QJsonArray defaults = reader->defaultScorers();
    if (!writer.commit(*columns,
                       defaults.isEmpty() ? QByteArray() : QJsonDocument(defaults).toJson(QJsonDocument::Compact),
                       &wsError)) {
        *error = fileError(fileName, wsError.message);
        return std::nullopt;
    }
    if (options.progress)
        options.progress(device->pos());
    return ImportResult{writer.datasetId(), writer.versionId(), rows, reader->format(), *columns};
}

} // namespace lathe
