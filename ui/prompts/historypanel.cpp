#include "historypanel.h"

#include "prompt/prompthistorymodel.h"

#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace lathe {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PromptHistoryModel(this))
    , m_view(new QListView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_restore(new QPushButton(tr("&Restore to Draft"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_label(new QPushButton(tr("&Label…"), this))
    , m_fork(new QPushButton(tr("&Fork…"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Version history"));
    m_open->setToolTip(tr("Open the selected version read-only"));
    m_restore->setToolTip(tr("Replace the draft with the selected version"));
    m_compare->setToolTip(tr("Compare one selected version with the draft, or two versions with each other"));
    m_label->setToolTip(tr("Point a label such as production at the selected version"));
    m_fork->setToolTip(tr("Start a new prompt from the selected version"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_restore, 0, 1);
    buttons->addWidget(m_compare, 0, 2);
    buttons->addWidget(m_label, 1, 0);
    buttons->addWidget(m_fork, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>History</b>"), this));
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto first = [this] { return selectedNumbers().value(0); };
    connect(m_open, &QPushButton::clicked, this, [this, first] { Q_EMIT openRequested(first()); });
    connect(m_restore, &QPushButton::clicked, this, [this, first] { Q_EMIT restoreRequested(first()); });
    connect(m_label, &QPushButton::clicked, this, [this, first] { Q_EMIT labelRequested(first()); });
    connect(m_fork, &QPushButton::clicked, this, [this, first] { Q_EMIT forkRequested(first()); });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> n = selectedNumbers();
        if (n.size() == 1)
            Q_EMIT compareRequested(n[0], 0);
        else if (n.size() == 2)
            Q_EMIT compareRequested(qMin(n[0], n[1]), qMax(n[0], n[1]));
    });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(index.data(PromptHistoryModel::NumberRole).toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButtons);
    updateButtons();
}

void HistoryPanel::reload(PromptStore *store, qint64 promptId)
{
    const QList<int> keep = selectedNumbers();
    m_model->reload(store, promptId);
    selectNumbers(keep);
}

QList<int> HistoryPanel::selectedNumbers() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<int> out;
    for (int r : rows)
        out << m_model->versionAt(r)->number;
    return out;
}

void HistoryPanel::selectNumbers(const QList<int> &numbers)
{
    QItemSelection sel;
    for (int n : numbers) {
        const int row = m_model->rowOfNumber(n);
        if (row >= 0)
            sel.select(m_model->index(row), m_model->index(row));
    }
    m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

void HistoryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void HistoryPanel::updateButtons()
{
    const qsizetype n = selectedNumbers().size();
    m_open->setEnabled(n == 1);
    m_restore->setEnabled(n == 1 && !m_readOnly);
    m_compare->setEnabled(n == 1 || n == 2);
    m_compare->setText(n == 2 ? tr("&Compare Both") : tr("&Compare with Draft"));
    m_label->setEnabled(n == 1 && !m_readOnly);
    m_fork->setEnabled(n == 1 && !m_readOnly);
}

} // namespace lathe
