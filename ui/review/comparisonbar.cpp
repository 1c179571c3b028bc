#include "comparisonbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lathe {

ComparisonBar::ComparisonBar(QWidget *parent)
    : QWidget(parent)
    , m_markdown(new QCheckBox(tr("&Markdown"), this))
    , m_others(new QCheckBox(tr("Differences between outputs"), this))
    , m_expected(new QCheckBox(tr("Against expected"), this))
    , m_advance(new QCheckBox(tr("Next row after a vote"), this))
    , m_progress(new QLabel(this))
{
    // Two lines, so the view stays narrow enough to share a page with a detail pane.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pickers = new QHBoxLayout;
    auto *switches = new QHBoxLayout;
    layout->addLayout(pickers);
    layout->addLayout(switches);
    for (int i = 0; i < 4; ++i) {
        const QString letter(QChar(u'A' + i));
        auto *picker = new QComboBox(this);
        picker->setToolTip(tr("Output %1: the prompt version and model shown in this place").arg(letter));
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(14);
        auto *label = new QLabel(letter, this);
        label->setBuddy(picker);
        pickers->addWidget(label);
        pickers->addWidget(picker);
        m_pickers.append(picker);
        connect(picker, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                Q_EMIT columnsPicked(picked());
        });
    }
    pickers->addStretch(1);
    pickers->addWidget(m_progress);
    for (QCheckBox *box : {m_markdown, m_others, m_expected, m_advance})
        switches->addWidget(box);
    switches->addStretch(1);
    m_others->setChecked(true);
    m_expected->setChecked(true);
    m_advance->setChecked(true);
    m_others->setToolTip(tr("Box the words where an output differs from the other one (A from B, the others from A)"));
    m_expected->setToolTip(tr("Underline the words where an output differs from the expected answer"));
    m_advance->setToolTip(tr("After a preference (1-4), move to the next row"));
}

void ComparisonBar::setChoices(const QList<std::pair<qint64, QString>> &columns, const QList<qint64> &shown)
{
    m_filling = true;
    for (int i = 0; i < m_pickers.size(); ++i) {
        QComboBox *picker = m_pickers.at(i);
        picker->clear();
        if (i >= 2)
            picker->addItem(tr("(none)"), qint64(0));
        for (const auto &[id, label] : columns)
            picker->addItem(label, id);
        // A and B show nothing rather than a column that is not shown (a run of one column).
        picker->setCurrentIndex(i < shown.size() ? picker->findData(shown.at(i)) : i >= 2 ? 0 : -1);
        picker->setEnabled(columns.size() > std::min(i, 2));
    }
    m_filling = false;
}

QList<qint64> ComparisonBar::picked() const
{
    QList<qint64> ids;
    for (const QComboBox *picker : m_pickers) {
        const qint64 id = picker->currentData().toLongLong();
        if (id > 0)
            ids.append(id);
    }
    return ids;
}

void ComparisonBar::setProgress(const QString &text)
{
    m_progress->setText(text);
}

QString ComparisonBar::progress() const
{
    return m_progress->text();
}

} // namespace lathe
