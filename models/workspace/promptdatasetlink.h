#pragma once

#include "storeerror.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lathe {

class Database;

// Which dataset a prompt is written against: its columns are offered as template variables
// and it is the default dataset of the prompt's runs. Each setter is one transaction.
class PromptDatasetLink final
{
public:
    explicit PromptDatasetLink(Database &db) : m_db(db) {}

    // 0 when the prompt is not linked.
    qint64 linkedDataset(qint64 promptId);
    bool setLinkedDataset(qint64 promptId, qint64 datasetId, StoreError *error);
    // Datasets that can be linked: id and name, by name.
    QList<QPair<qint64, QString>> datasetChoices();
    // Column names of the newest version of the linked dataset whose role is not 'ignored'.
    QStringList linkedColumns(qint64 promptId);

private:
    Database &m_db;
};

} // namespace lathe
