#include "comparisonpanes.h"

#include "diff/worddiff.h"
#include "outputpane.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QVBoxLayout>

namespace lathe {

ComparisonPanes::ComparisonPanes(QWidget *parent)
    : QWidget(parent)
    , m_expected(new OutputPane(this))
    , m_host(new QWidget(this))
{
    m_expected->setTitle(tr("Expected"));
    auto *row = new QHBoxLayout(m_host);
    row->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_expected);
    split->addWidget(m_host);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ComparisonPanes::setTitles(const QStringList &titles)
{
    qDeleteAll(m_panes);
    m_panes.clear();
    for (int i = 0; i < titles.size(); ++i) {
        auto *pane = new OutputPane(m_host);
        pane->setTitle(titles.at(i));
        pane->setMarkdown(m_markdown);
        m_host->layout()->addWidget(pane);
        m_panes.append(pane);
        connect(pane, &OutputPane::scrolled, this, [this, pane](double f) { syncScroll(pane, f); });
        connect(pane, &OutputPane::activated, this, [this, i] { Q_EMIT activated(i); });
    }
    Q_EMIT panesRebuilt();
}

void ComparisonPanes::setTexts(const QString &expected, const QStringList &outputs)
{
    m_expected->setText(expected);
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setText(outputs.value(i));
    updateDifferences();
}

void ComparisonPanes::setNote(int output, const QString &note)
{
    if (output >= 0 && output < m_panes.size())
        m_panes.at(output)->setNote(note);
}

void ComparisonPanes::setCurrent(int output)
{
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setCurrent(i == output);
}

void ComparisonPanes::setMarkdown(bool on)
{
    m_markdown = on;
    m_expected->setMarkdown(on);
    for (OutputPane *pane : std::as_const(m_panes))
        pane->setMarkdown(on);
    updateDifferences();
}

void ComparisonPanes::setHighlights(bool others, bool expected)
{
    m_others = others;
    m_against = expected;
    updateDifferences();
}

void ComparisonPanes::updateDifferences()
{
    const QString expected = m_expected->visibleText();
    QStringList texts;
    for (const OutputPane *pane : std::as_const(m_panes))
        texts.append(pane->visibleText());
    for (int i = 0; i < m_panes.size(); ++i) {
        QList<WordRange> others;
        QList<WordRange> against;
        const int reference = i == 0 ? 1 : 0;
        if (m_others && reference < texts.size())
            others = WordDiff::compare(texts.at(i), texts.at(reference)).left;
        if (m_against && !expected.isEmpty())
            against = WordDiff::compare(texts.at(i), expected).left;
        m_panes.at(i)->setDifferences(others, against);
    }
}

void ComparisonPanes::syncScroll(OutputPane *from, double fraction)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (OutputPane *pane : std::as_const(m_panes)) {
        if (pane != from)
            pane->setScrollFraction(fraction);
    }
    m_syncing = false;
}

} // namespace lathe
