#include "importpreview.h"

#include "columnguess.h"
#include "readerfactory.h"

#include <QFile>
#include <QFileInfo>

namespace lathe {

ImportPreview ImportPreview::read(const QString &path, DatasetFormat format, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPreview p;
        p.error.fileName = QFileInfo(path).fileName();
        p.error.message = ImportError::tr("cannot open the file: %1").arg(file.errorString());
        return p;
    }
    return read(&file, path, format, maxRows);
}

ImportPreview ImportPreview::read(QIODevice *device, const QString &fileName, DatasetFormat format, int maxRows)
{
    ImportPreview p;
    std::unique_ptr<RecordReader> reader = openRecordReader(device, fileName, format);
    QList<TypeTally> tallies;
    ImportRecord record;
    while (p.rows.size() < maxRows) {
        if (!reader->next(record)) {
            p.error = reader->error();
            p.complete = !p.error;
            break;
        }
        tallies.resize(reader->columns().size());
        for (qsizetype i = 0; i < record.values.size(); ++i)
            tallies[i].add(record.values.at(i));
        p.rows.append(record);
    }
    p.format = reader->format();
    tallies.resize(reader->columns().size());
    for (qsizetype i = 0; i < reader->columns().size(); ++i) {
        const QString &name = reader->columns().at(i);
        p.columns.append({name, name, ColumnGuess::role(name), tallies.at(i).type()});
    }
    return p;
}

QList<ColumnOverride> ImportPreview::overrides() const
{
    QList<ColumnOverride> out;
    for (const ImportColumn &c : columns)
        out.append({c.sourceName, c.name, c.role, c.type});
    return out;
}

} // namespace lathe
