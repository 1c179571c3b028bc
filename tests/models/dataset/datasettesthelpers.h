#pragma once

// Helpers shared by the dataset tests: read every row of an in-memory file, write files.
#include "dataset/readerfactory.h"
#include "dataset/recordreader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace lathe::test {

// Everything a reader produced: column names, rows as name -> value objects, scorers, error.
struct ReadResult
{
    QStringList columns;
    QList<QJsonObject> rows;
    QList<QJsonArray> scorers;
    DatasetFormat format = DatasetFormat::Auto;
    QJsonArray defaultScorers;
    ImportError error;

    QString errorText() const { return error.toString(); }
};

inline ReadResult readAll(const QByteArray &bytes, const QString &fileName,
                          DatasetFormat format = DatasetFormat::Auto)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<RecordReader> reader = openRecordReader(&buffer, fileName, format);
    ReadResult r;
    ImportRecord record;
    while (reader->next(record)) {
        QJsonObject row;
        for (qsizetype i = 0; i < record.values.size(); ++i) {
            if (!record.values.at(i).isUndefined())
                row.insert(reader->columns().at(i), record.values.at(i));
        }
        r.rows.append(row);
        r.scorers.append(record.scorers);
    }
    r.columns = reader->columns();
    r.format = reader->format();
    r.defaultScorers = reader->defaultScorers();
    r.error = reader->error();
    return r;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

inline QJsonArray arr(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace lathe::test
