#include "prompthistorymodel.h"

#include <QDateTime>

namespace lathe {

PromptHistoryModel::PromptHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PromptHistoryModel::reload(PromptStore *store, qint64 promptId)
{
    beginResetModel();
    m_versions = store ? store->history(promptId) : QList<PromptVersion>();
    endResetModel();
}

const PromptVersion *PromptHistoryModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions[row] : nullptr;
}

int PromptHistoryModel::rowOfNumber(int number) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions[i].number == number)
            return i;
    }
    return -1;
}

int PromptHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

QVariant PromptHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromptVersion &v = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QDateTime at = QDateTime::fromString(v.createdAt, Qt::ISODateWithMs).toLocalTime();
        QString text = tr("@%1  %2").arg(v.number).arg(v.message.section(u'\n', 0, 0));
        if (!v.labels.isEmpty())
            text += QStringLiteral("  [") + v.labels.join(QStringLiteral(", ")) + u']';
        return QString(text + u'\n' + at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    case Qt::ToolTipRole:
        return tr("Version %1 (parent %2)\n%3\nHash %4").arg(v.number).arg(v.parentNumber).arg(v.message, v.contentHash.left(16));
    case NumberRole: return v.number;
    case MessageRole: return v.message;
    case CreatedAtRole: return v.createdAt;
    case LabelsRole: return v.labels;
    case HashRole: return v.contentHash;
    default: return {};
    }
}

QHash<int, QByteArray> PromptHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(MessageRole, "message");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(LabelsRole, "labels");
    names.insert(HashRole, "hash");
    return names;
}

} // namespace lathe
