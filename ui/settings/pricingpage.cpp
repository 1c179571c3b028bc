#include "pricingpage.h"

#include "workspace/pricingstore.h"
#include "workspace/workspace.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

constexpr int kOriginalModelRole = Qt::UserRole + 1;

// Prices need more than the two decimals of the default editor (e.g. 0.075 per million).
class PriceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QDoubleSpinBox(parent);
        box->setDecimals(4);
        box->setRange(0, 1e6);
        box->setFrame(false);
        return box;
    }
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return locale.toString(value.toDouble(), 'f', 4).remove(QRegularExpression(u"0{1,2}$"_s));
    }
};

QTableWidgetItem *priceItem(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PricingPage::PricingPage(QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_note(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    m_table->setObjectName(u"pricing"_s);
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Input / 1M tokens"), tr("Output / 1M tokens"), tr("Currency")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *delegate = new PriceDelegate(m_table);
    m_table->setItemDelegateForColumn(InputColumn, delegate);
    m_table->setItemDelegateForColumn(OutputColumn, delegate);
    m_table->setToolTip(tr("A model name, or a pattern such as gpt-4o* that prices every matching model"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_add->setObjectName(u"addPrice"_s);
    m_remove->setObjectName(u"removePrice"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PricingPage::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &PricingPage::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &PricingPage::modified);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PricingPage::updateButtons);
    load();
}

void PricingPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    load();
}

QString PricingPage::title() const
{
    return tr("Pricing");
}

void PricingPage::load()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_loadedModels.clear();
    if (!m_workspace) {
        m_note->setText(tr("Prices belong to a workspace. Open a workspace to edit its pricing table."));
        updateButtons();
        return;
    }
    PricingStore store(m_workspace->database());
    const QList<ModelPrice> prices = store.list();
    m_table->setRowCount(int(prices.size()));
    for (int row = 0; row < int(prices.size()); ++row) {
        const ModelPrice &p = prices.at(row);
        auto *model = new QTableWidgetItem(p.model);
        model->setData(kOriginalModelRole, p.model);
        m_table->setItem(row, ModelColumn, model);
        m_table->setItem(row, InputColumn, priceItem(p.inputPerMTok));
        m_table->setItem(row, OutputColumn, priceItem(p.outputPerMTok));
        m_table->setItem(row, CurrencyColumn, new QTableWidgetItem(p.currency));
        m_loadedModels.append(p.model);
    }
    m_note->setText(m_workspace->isReadOnly()
                        ? tr("The workspace is read-only; its prices cannot be changed.")
                        : tr("Prices per million tokens. Run costs are computed with them when results arrive."));
    m_table->setEditTriggers(m_workspace->isReadOnly() ? QAbstractItemView::NoEditTriggers
                                                       : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                           | QAbstractItemView::AnyKeyPressed);
    updateButtons();
}

void PricingPage::addEntry()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, ModelColumn, new QTableWidgetItem);
        m_table->setItem(row, InputColumn, priceItem(0));
        m_table->setItem(row, OutputColumn, priceItem(0));
        m_table->setItem(row, CurrencyColumn, new QTableWidgetItem(u"USD"_s));
    }
    m_table->setCurrentCell(row, ModelColumn);
    m_table->editItem(m_table->item(row, ModelColumn));
    Q_EMIT modified();
}

void PricingPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_workspace || m_workspace->isReadOnly())
        return;
    const QString model = m_table->item(row, ModelColumn)->text();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Price"),
                                model.isEmpty() ? tr("Remove this empty entry?")
                                                : tr("Remove the price of “%1”? Results already stored keep their "
                                                     "costs; new results of this model will have none.")
                                                      .arg(model),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemovePrice"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QTableWidgetItem *item = m_table->item(row, ModelColumn);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, item](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        const int current = m_table->row(item);   // the table may have changed meanwhile
        if (current < 0)
            return;
        m_table->removeRow(current);
        updateButtons();
        Q_EMIT modified();
    });
    box->open();
}

QString PricingPage::validate()
{
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    QStringList seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString model = m_table->item(row, ModelColumn)->text().trimmed();
        const auto focus = [this, row](int column) {
            m_table->setCurrentCell(row, column);
            m_table->setFocus();
        };
        if (model.isEmpty()) {
            focus(ModelColumn);
            return tr("Pricing, row %1: enter a model name or a pattern such as gpt-4o*.").arg(row + 1);
        }
        if (seen.contains(model)) {
            focus(ModelColumn);
            return tr("Pricing, row %1: “%2” is priced twice.").arg(row + 1).arg(model);
        }
        seen.append(model);
        if (!currency.match(m_table->item(row, CurrencyColumn)->text().trimmed()).hasMatch()) {
            focus(CurrencyColumn);
            return tr("Pricing, row %1: the currency must be a three-letter code such as USD.").arg(row + 1);
        }
    }
    return {};
}

bool PricingPage::apply(QString *error)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return true;
    PricingStore store(m_workspace->database());
    QList<ModelPrice> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        rows.append({m_table->item(row, ModelColumn)->text().trimmed(),
                     m_table->item(row, InputColumn)->data(Qt::EditRole).toDouble(),
                     m_table->item(row, OutputColumn)->data(Qt::EditRole).toDouble(),
                     m_table->item(row, CurrencyColumn)->text().trimmed()});
    }
    const QList<ModelPrice> stored = store.list();
    StoreError failure;
    for (const ModelPrice &old : stored) {
        const bool kept = std::any_of(rows.cbegin(), rows.cend(), [&old](const ModelPrice &p) { return p.model == old.model; });
        if (!kept && m_loadedModels.contains(old.model) && !store.remove(old.model, &failure)) {
            *error = tr("Pricing: “%1” could not be removed: %2").arg(old.model, failure.message);
            return false;
        }
    }
    for (const ModelPrice &price : std::as_const(rows)) {
        if (stored.contains(price))
            continue;
        if (!store.save(price, &failure)) {
            *error = tr("Pricing: “%1” could not be stored: %2").arg(price.model, failure.message);
            return false;
        }
    }
    load();
    return true;
}

void PricingPage::updateButtons()
{
    const bool editable = m_workspace && !m_workspace->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_table->currentRow() >= 0);
}

} // namespace lathe
