#pragma once

#include "workspace/promptstore.h"

#include <QAbstractListModel>

namespace lathe {

// The committed versions of one prompt, newest first, for the history panel. Holds a copy of
// the versions (prompts have tens to hundreds of versions, not millions); reload() re-reads.
class PromptHistoryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        NumberRole = Qt::UserRole + 1,
        MessageRole,
        CreatedAtRole,
        LabelsRole,        // QStringList
        HashRole,
    };

    explicit PromptHistoryModel(QObject *parent = nullptr);

    void reload(PromptStore *store, qint64 promptId);
    const PromptVersion *versionAt(int row) const;
    int rowOfNumber(int number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<PromptVersion> m_versions;
};

} // namespace lathe
