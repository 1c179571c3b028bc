#include "providersdialog.h"

#include "providerdialog.h"

#include "workspace/providerstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lathe {

using namespace Qt::StringLiterals;

ProvidersDialog::ProvidersDialog(Database &db, HttpClient &http, KeychainKeyResolver &keys, QWidget *parent)
    : QDialog(parent)
    , m_store(std::make_unique<ProviderStore>(db))
    , m_http(http)
    , m_keys(keys)
    , m_list(new QTreeWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(u"providersDialog"_s);
    setWindowTitle(tr("Providers"));
    m_list->setObjectName(u"providerList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Base URL"), tr("Key"), tr("Models")});
    m_list->header()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addProvider"_s);
    m_edit->setObjectName(u"editProvider"_s);
    m_remove->setObjectName(u"removeProvider"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    resize(760, 360);

    connect(close, &QDialogButtonBox::rejected, this, &ProvidersDialog::reject);
    connect(add, &QPushButton::clicked, this, &ProvidersDialog::addProvider);
    connect(m_edit, &QPushButton::clicked, this, [this] { editProvider(currentName()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeProvider(currentName()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editProvider(currentName()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_edit->setEnabled(m_list->currentItem());
        m_remove->setEnabled(m_list->currentItem());
    });
    reload();
}

ProvidersDialog::~ProvidersDialog() = default;

void ProvidersDialog::reload()
{
    const QString current = currentName();
    m_list->clear();
    for (const StoredProvider &p : m_store->list()) {
        const QString key = p.keyRef.isEmpty() ? tr("none") : p.keyRef;
        auto *item = new QTreeWidgetItem(m_list, {p.name, p.kind, p.baseUrl, key,
                                                  QString::number(p.config.value(u"models"_s).toArray().size())});
        if (p.name == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    m_edit->setEnabled(m_list->currentItem());
    m_remove->setEnabled(m_list->currentItem());
}

QString ProvidersDialog::currentName() const
{
    return m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
}

ProviderDialog *ProvidersDialog::openEditor()
{
    auto *dialog = new ProviderDialog(*m_store, m_http, m_keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProviderDialog::saved, this, [this] {
        reload();
        Q_EMIT providersChanged();
    });
    return dialog;
}

ProviderDialog *ProvidersDialog::addProvider()
{
    ProviderDialog *dialog = openEditor();
    dialog->open();
    return dialog;
}

ProviderDialog *ProvidersDialog::editProvider(const QString &name)
{
    const auto provider = m_store->find(name);
    if (!provider)
        return nullptr;
    ProviderDialog *dialog = openEditor();
    dialog->setProvider(*provider);
    dialog->open();
    return dialog;
}

void ProvidersDialog::removeProvider(const QString &name)
{
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Provider"),
                                tr("Remove the provider “%1”? Runs that used it keep a copy of its settings.").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoveProvider"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        StoreError error;
        if (!m_store->remove(name, &error)) {
            auto *failed = new QMessageBox(QMessageBox::Warning, tr("Remove Provider"), error.message, QMessageBox::Ok, this);
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->open();
            return;
        }
        reload();
        Q_EMIT providersChanged();
    });
    box->open();
}

} // namespace lathe
