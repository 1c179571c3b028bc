#pragma once

// Test helpers for the cleaning tools: a workspace in a temporary folder and datasets built
// from string tables (columns keyed c1, c2, ... named as given).
#include "workspace/database.h"
#include "workspace/datasetwriter.h"
#include "workspace/statement.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cleaningtest {

inline std::unique_ptr<lathe::Workspace> createWorkspace(const QTemporaryDir &dir, const QString &file = QStringLiteral("w.lathe"))
{
    lathe::WorkspaceError error;
    return lathe::Workspace::create(dir.filePath(file), QStringLiteral("test"), &error);
}

// Returns the dataset id, 0 on failure.
inline qint64 makeDataset(lathe::Database &db, const QString &name, const QStringList &columns,
                          const QList<QStringList> &rows)
{
    lathe::DatasetWriter writer(db);
    lathe::WorkspaceError error;
    if (!writer.begin(name, QStringLiteral("test.csv"), &error))
        return 0;
    for (const QStringList &row : rows) {
        QJsonObject o;
        for (qsizetype c = 0; c < row.size(); ++c)
            o.insert(u'c' + QString::number(c + 1), row.at(c));
        if (!writer.addRow(QJsonDocument(o).toJson(QJsonDocument::Compact), "[]", "[]", &error))
            return 0;
    }
    QList<lathe::DatasetColumn> cols;
    for (qsizetype c = 0; c < columns.size(); ++c)
        cols.append({u'c' + QString::number(c + 1), columns.at(c), lathe::ColumnRole::Variable, lathe::ColumnType::Text});
    if (!writer.commit(cols, {}, &error))
        return 0;
    return writer.datasetId();
}

inline qint64 count(lathe::Database &db, const char *sql)
{
    return db.queryInt(sql);
}

} // namespace cleaningtest
