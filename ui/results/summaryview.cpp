#include "summaryview.h"

#include "bestvaluedelegate.h"

#include "results/summarytablemodel.h"
#include "results/tabletext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace lathe {

SummaryView::SummaryView(SummaryTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_copyTsv(new QAction(tr("Copy as &TSV"), this))
    , m_copyMarkdown(new QAction(tr("Copy as &Markdown"), this))
    , m_copy(new QAction(tr("&Copy"), this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SummaryTableModel::RawValueRole);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new BestValueDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    m_copyTsv->setToolTip(tr("Copy the selected rows (or all) as tab-separated values, for spreadsheets"));
    m_copyMarkdown->setToolTip(tr("Copy the table as Markdown, best values in bold, for issues and notes"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copy);
    m_table->addActions({m_copyTsv, m_copyMarkdown});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(tsv()); });
    connect(m_copyTsv, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(tsv()); });
    connect(m_copyMarkdown, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(markdown()); });

    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_copyTsv, m_copyMarkdown}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    bar->addStretch();

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("summaryMessage"));
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_refresh, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    connect(m_refresh, &QPushButton::clicked, this, &SummaryView::refreshRequested);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_table);
    m_stack->addWidget(messagePage);
    m_stack->addWidget(tablePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showMessage(tr("No run selected. Choose a run in the Runs panel and click Open to see its results."));
}

void SummaryView::showMessage(const QString &text, bool offerRefresh)
{
    m_message->setText(text);
    m_refresh->setVisible(offerRefresh);
    m_stack->setCurrentIndex(text.isEmpty() ? 1 : 0);
    m_copyTsv->setEnabled(text.isEmpty());
    m_copyMarkdown->setEnabled(text.isEmpty());
}

bool SummaryView::isShowingTable() const
{
    return m_stack->currentIndex() == 1;
}

QString SummaryView::message() const
{
    return isShowingTable() ? QString() : m_message->text();
}

QList<int> SummaryView::selectedRows() const
{
    QList<int> rows;
    if (!m_table->selectionModel())
        return rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString SummaryView::tsv() const
{
    return TableText::tsv(*m_proxy, selectedRows());
}

QString SummaryView::markdown() const
{
    return TableText::markdown(*m_proxy, SummaryTableModel::BestRole);
}

} // namespace lathe
