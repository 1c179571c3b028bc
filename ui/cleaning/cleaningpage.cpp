#include "cleaningpage.h"

#include "highlightdelegate.h"

#include "cleaning/cleaningpreviewmodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lathe {

CleaningPage::CleaningPage(QWidget *parent)
    : QWidget(parent), m_options(new QFormLayout), m_extra(new QVBoxLayout), m_view(new QTableView(this)),
      m_summary(new QLabel(this)), m_apply(new QPushButton(tr("Apply"), this)), m_debounce(new QTimer(this))
{
    m_options->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_view->setItemDelegate(new HighlightDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);

    auto *all = new QPushButton(tr("Tick all"), this);
    auto *none = new QPushButton(tr("Untick all"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->setAllChecked(true);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->setAllChecked(false);
    });
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        QString description;
        CleaningApply apply = makeApply(&description);
        if (apply)
            Q_EMIT applyRequested(description, apply);
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(all);
    bottom->addWidget(none);
    bottom->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_options);
    layout->addLayout(m_extra);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CleaningPage::previewNow);
}

CleaningPage::~CleaningPage()
{
    cancelRunning();
}

void CleaningPage::setData(std::shared_ptr<const CleaningData> data)
{
    m_data = std::move(data);
    columnsChanged();
    previewNow();
}

void CleaningPage::setModel(CleaningPreviewModel *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(model, &CleaningPreviewModel::checkedCountChanged, this, &CleaningPage::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_view->model()->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 360));
    });
}

void CleaningPage::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void CleaningPage::schedulePreview()
{
    m_pending = true;
    m_debounce->start();
}

void CleaningPage::previewNow()
{
    m_debounce->stop();
    m_pending = false;
    if (m_data)
        startPreview();
}

void CleaningPage::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void CleaningPage::previewStarted()
{
    m_apply->setEnabled(false);
    setSummary(tr("Looking…"));
}

void CleaningPage::previewFinished()
{
    updateSummary();
    Q_EMIT previewReady(m_model ? m_model->rowCount() : 0);
}

void CleaningPage::updateSummary()
{
    if (m_running > 0)
        return;
    setSummary(summaryText());
    m_apply->setEnabled(m_model && m_model->checkedCount() > 0);
}

} // namespace lathe
