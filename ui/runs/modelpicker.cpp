#include "modelpicker.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lathe {

using namespace Qt::StringLiterals;

ModelPicker::ModelPicker(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_typed(new QLineEdit(this))
{
    m_tree->setObjectName(u"providerModelPicker"_s);
    m_tree->setHeaderLabels({tr("Provider / model"), tr("Endpoint")});
    m_tree->header()->setStretchLastSection(true);
    m_typed->setObjectName(u"typedModel"_s);
    m_typed->setPlaceholderText(tr("Another model of the selected provider, then Enter"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_typed);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0 && item->parent())
            Q_EMIT checkedChanged();
    });
    m_typed->installEventFilter(this);
}

bool ModelPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Enter adds the typed model; it must not reach the dialog's default button.
    if (watched != m_typed || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter)
        return false;
    QTreeWidgetItem *current = m_tree->currentItem() ? m_tree->currentItem() : m_tree->topLevelItem(0);
    if (current && !m_typed->text().trimmed().isEmpty()) {
        QTreeWidgetItem *provider = current->parent() ? current->parent() : current;
        check(m_providers.value(m_tree->indexOfTopLevelItem(provider)).name, m_typed->text().trimmed());
        m_typed->clear();
    }
    return true;
}

QTreeWidgetItem *ModelPicker::addModel(QTreeWidgetItem *provider, const QString &model)
{
    auto *item = new QTreeWidgetItem(provider, {model});
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    return item;
}

void ModelPicker::load(ProviderStore &store)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_providers = store.list();
    for (const StoredProvider &p : std::as_const(m_providers)) {
        auto *top = new QTreeWidgetItem(m_tree, {p.name, p.baseUrl});
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (const QJsonValue &m : p.config.value(u"models"_s).toArray())
            addModel(top, m.toString());
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_typed->setEnabled(!m_providers.isEmpty());
}

bool ModelPicker::check(const QString &providerName, const QString &model)
{
    for (int i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).name != providerName)
            continue;
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->text(0) == model) {
                top->child(j)->setCheckState(0, Qt::Checked);
                return true;
            }
        }
        addModel(top, model)->setCheckState(0, Qt::Checked);
        top->setExpanded(true);
        return true;
    }
    return false;
}

QList<std::pair<StoredProvider, QString>> ModelPicker::checkedModels() const
{
    QList<std::pair<StoredProvider, QString>> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->checkState(0) == Qt::Checked)
                out.append({m_providers.at(i), top->child(j)->text(0)});
        }
    }
    return out;
}

} // namespace lathe
