#include "casefilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace lathe {

CaseFilterBar::CaseFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    using K = CaseFilter::Kind;
    for (const K k : {K::All, K::FailedAnywhere, K::Errors, K::Changed, K::Regressions, K::Improvements})
        m_kind->addItem(CaseFilter::kindName(k), int(k));
    m_kind->setToolTip(tr("Which rows to show"));
    m_a->setToolTip(tr("Column A (the baseline) for Changed, Regressions and Improvements"));
    m_b->setToolTip(tr("Column B (the candidate) for Changed, Regressions and Improvements"));
    m_search->setPlaceholderText(tr("Search inputs, outputs and errors"));
    m_search->setClearButtonEnabled(true);
    m_tag->setToolTip(tr("Only rows carrying this tag"));
    for (QComboBox *box : {m_a, m_b, m_tag})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->addItem(tr("Any tag"), QString());
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_kind);
    layout->addWidget(show);
    layout->addWidget(m_kind);
    auto *a = new QLabel(tr("&A:"), this);
    a->setBuddy(m_a);
    layout->addWidget(a);
    layout->addWidget(m_a);
    auto *b = new QLabel(tr("&B:"), this);
    b->setBuddy(m_b);
    layout->addWidget(b);
    layout->addWidget(m_b);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_tag);
    layout->addWidget(m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updatePairEnabled();
        emitIfChanged();
    });
    connect(m_a, &QComboBox::currentIndexChanged, this, &CaseFilterBar::emitIfChanged);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CaseFilterBar::emitIfChanged);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &CaseFilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseFilterBar::emitIfChanged);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseFilterBar::emitIfChanged);
    updatePairEnabled();
}

void CaseFilterBar::setColumns(const QList<QPair<QString, qint64>> &columns)
{
    const qint64 a = m_a->currentData().toLongLong();
    const qint64 b = m_b->currentData().toLongLong();
    m_updating = true;
    m_a->clear();
    m_b->clear();
    for (const auto &[title, id] : columns) {
        m_a->addItem(title, id);
        m_b->addItem(title, id);
    }
    const int ia = m_a->findData(a);
    const int ib = m_b->findData(b);
    m_a->setCurrentIndex(ia >= 0 ? ia : 0);
    m_b->setCurrentIndex(ib >= 0 ? ib : std::min(1, int(columns.size()) - 1));
    m_updating = false;
    updatePairEnabled();
    emitIfChanged();
}

void CaseFilterBar::setTags(const QStringList &tags)
{
    const QString current = m_tag->currentData().toString();
    m_updating = true;
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &t : tags)
        m_tag->addItem(t, t);
    const int i = m_tag->findData(current);
    m_tag->setCurrentIndex(i >= 0 ? i : 0);
    m_updating = false;
    m_tag->setEnabled(!tags.isEmpty());
    emitIfChanged();
}

void CaseFilterBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

CaseFilter CaseFilterBar::filter() const
{
    CaseFilter f;
    f.kind = CaseFilter::Kind(m_kind->currentData().toInt());
    if (CaseFilter::isPairwise(f.kind)) {
        f.columnA = m_a->currentData().toLongLong();
        f.columnB = m_b->currentData().toLongLong();
    }
    f.search = m_search->text().trimmed();
    f.tag = m_tag->currentData().toString();
    return f;
}

void CaseFilterBar::setFilter(const CaseFilter &filter)
{
    m_updating = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(filter.kind))));
    if (filter.columnA > 0 && m_a->findData(filter.columnA) >= 0)
        m_a->setCurrentIndex(m_a->findData(filter.columnA));
    if (filter.columnB > 0 && m_b->findData(filter.columnB) >= 0)
        m_b->setCurrentIndex(m_b->findData(filter.columnB));
    m_search->setText(filter.search);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(filter.tag)));
    m_updating = false;
    m_searchDelay->stop();
    updatePairEnabled();
    emitIfChanged();
}

void CaseFilterBar::updatePairEnabled()
{
    const bool pairwise = CaseFilter::isPairwise(CaseFilter::Kind(m_kind->currentData().toInt()));
    m_a->setEnabled(pairwise && m_a->count() > 1);
    m_b->setEnabled(pairwise && m_b->count() > 1);
}

void CaseFilterBar::emitIfChanged()
{
    if (m_updating)
        return;
    const CaseFilter f = filter();
    if (f == m_emitted)
        return;
    m_emitted = f;
    Q_EMIT filterChanged(f);
}

} // namespace lathe
