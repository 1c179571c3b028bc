#include "casematrixview.h"

#include "casefilterbar.h"
#include "cellstatedelegate.h"
#include "groupheaderview.h"

#include "results/casematrixmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lathe {

CaseMatrixView::CaseMatrixView(CaseMatrixModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new CaseFilterBar(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_clearFilter(new QPushButton(tr("C&lear Filter"), this))
{
    m_table->setObjectName(QStringLiteral("caseMatrix"));
    m_table->setHorizontalHeader(new GroupHeaderView(m_table));
    m_table->setModel(model);
    m_table->setItemDelegate(new CellStateDelegate(m_table));
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform row heights: the view never measures 1,000,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filter->searchEdit()->selectAll();
    });

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("casesMessage"));
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_clearFilter, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    connect(m_clearFilter, &QPushButton::clicked, m_filter, &CaseFilterBar::clear);
    m_stack->addWidget(messagePage);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &CaseFilterBar::filterChanged, m_model, &CaseMatrixModel::setFilter);
    connect(m_model, &CaseMatrixModel::tagsChanged, m_filter, &CaseFilterBar::setTags);
    connect(m_model, &CaseMatrixModel::modelReset, this, &CaseMatrixView::onLayoutLoaded);
    connect(m_model, &CaseMatrixModel::loadingChanged, this, &CaseMatrixView::updateState);
    connect(m_model, &CaseMatrixModel::rowCountChanged, this, &CaseMatrixView::updateState);
    connect(m_model, &CaseMatrixModel::dataChanged, this, &CaseMatrixView::updateCurrentCase);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CaseMatrixView::updateCurrentCase);
    updateState();
}

void CaseMatrixView::showMessage(const QString &text)
{
    m_pinnedMessage = text;
    updateState();
}

bool CaseMatrixView::isShowingTable() const
{
    return m_stack->currentIndex() == 1;
}

QString CaseMatrixView::message() const
{
    return isShowingTable() ? QString() : m_message->text();
}

void CaseMatrixView::onLayoutLoaded()
{
    QList<QPair<QString, qint64>> columns;
    for (int g = 0; g < m_model->groupCount(); ++g)
        columns.append({m_model->groupTitle(g), m_model->runLayout().columns.at(g).id});
    m_filter->setColumns(columns);
    if (m_sizedGroups != m_model->groupCount())
        sizeColumns();
    updateState();
    updateCurrentCase();
}

void CaseMatrixView::sizeColumns()
{
    m_sizedGroups = m_model->groupCount();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = 6 * em;
        switch (m_model->kindOfColumn(c)) {
        case CaseMatrixModel::ColumnKind::Input: width = 18 * em; break;
        case CaseMatrixModel::ColumnKind::Expected: width = 10 * em; break;
        case CaseMatrixModel::ColumnKind::Output: width = 20 * em; break;
        case CaseMatrixModel::ColumnKind::Result: width = 8 * em; break;
        case CaseMatrixModel::ColumnKind::Score: width = 5 * em; break;
        case CaseMatrixModel::ColumnKind::Scorer:
            width = std::max(5 * em, m_table->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * em);
            break;
        }
        m_table->setColumnWidth(c, width);
    }
}

void CaseMatrixView::updateState()
{
    const QLocale locale;
    // The vertical header shows dataset row numbers, which a filtered view does not bound.
    if (!m_model->isLoading() && !m_model->filter().isActive())
        m_widestRow = std::max<qint64>(m_widestRow, m_model->rowCount());
    const int digits = int(QString::number(std::max<qint64>(m_widestRow, 1)).size());
    const QString sample = QString(digits, u'0') + (m_model->runLayout().repeats > 1 ? QStringLiteral(" #00") : QString());
    m_table->verticalHeader()->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(sample) + 12);
    QString text = m_pinnedMessage;
    bool clearOffered = false;
    if (text.isEmpty() && m_model->runId() <= 0)
        text = tr("No run selected. Choose a run in the Runs panel and click Open to see its cases.");
    if (text.isEmpty() && !m_model->isLoading() && !m_model->errorString().isEmpty())
        text = m_model->errorString();
    if (text.isEmpty() && !m_model->isLoading() && m_model->rowCount() == 0) {
        if (m_model->filter().isActive()) {
            text = tr("No rows match this filter. Clear the filter, or choose other columns for A and B.");
            clearOffered = true;
        } else {
            text = tr("This run has no cases. Its dataset version may have no rows (or none with the run's tag).");
        }
    }
    if (text.isEmpty() && m_model->rowCount() == 0 && m_model->isLoading())
        text = tr("Loading the cases…");
    m_message->setText(text);
    m_clearFilter->setVisible(clearOffered);
    m_stack->setCurrentIndex(text.isEmpty() ? 1 : 0);
    if (m_model->isLoading())
        m_filter->setStatus(tr("Loading…"));
    else if (m_model->runId() > 0)
        m_filter->setStatus(m_model->filter().isActive() ? tr("%1 rows match").arg(locale.toString(m_model->rowCount()))
                                                         : tr("%1 rows").arg(locale.toString(m_model->rowCount())));
    else
        m_filter->setStatus(QString());
}

void CaseMatrixView::updateCurrentCase()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 caseId = current.isValid() ? current.data(CaseMatrixModel::CaseIdRole).toLongLong() : 0;
    if (caseId == m_currentCase)
        return;
    m_currentCase = caseId;
    Q_EMIT currentCaseChanged(caseId);
}

} // namespace lathe
