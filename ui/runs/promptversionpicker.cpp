#include "promptversionpicker.h"

#include <QHeaderView>

namespace lathe {

using namespace Qt::StringLiterals;

PromptVersionPicker::PromptVersionPicker(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"promptVersions"_s);
    setHeaderLabels({tr("Prompt version"), tr("Labels"), tr("Message")});
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0 && item->parent())
            Q_EMIT checkedChanged();
    });
}

void PromptVersionPicker::load(PromptStore &store)
{
    const QSignalBlocker block(this);
    clear();
    m_versions.clear();
    for (const PromptInfo &prompt : store.list()) {
        if (prompt.versionCount == 0)
            continue;
        auto *top = new QTreeWidgetItem(this, {prompt.name});
        top->setFlags(Qt::ItemIsEnabled);
        for (const PromptVersion &v : store.history(prompt.id)) {
            auto *item = new QTreeWidgetItem(top, {u"%1@%2"_s.arg(prompt.name).arg(v.number),
                                                   v.labels.join(u", "_s), v.message});
            item->setData(0, Qt::UserRole, v.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, tr("Committed %1").arg(v.createdAt));
            m_versions.insert(v.id, v);
        }
    }
    expandAll();
    resizeColumnToContents(0);
}

bool PromptVersionPicker::check(const QString &promptName, int number, const QString &label)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        if (top->text(0) != promptName)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *item = top->child(j);
            const PromptVersion &v = m_versions[item->data(0, Qt::UserRole).toLongLong()];
            const bool match = !label.isEmpty() ? v.labels.contains(label) : number == 0 ? j == 0 : v.number == number;
            if (match) {
                item->setCheckState(0, Qt::Checked);
                return true;
            }
        }
    }
    return false;
}

QList<PromptVersion> PromptVersionPicker::checkedVersions() const
{
    QList<PromptVersion> out;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->checkState(0) == Qt::Checked)
                out << m_versions.value(top->child(j)->data(0, Qt::UserRole).toLongLong());
        }
    }
    return out;
}

} // namespace lathe
