#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

namespace lathe {

class OutputPane;

// The texts of one comparison row: the expected answer above, the outputs side by side below.
// Word differences are recomputed over what each pane shows (plain or rendered Markdown): an
// output is boxed where it differs from the other output it is compared with (A with B, every
// other output with A) and underlined where it differs from the expected answer. Scrolling one
// output scrolls the others to the same fraction.
class ComparisonPanes final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonPanes(QWidget *parent = nullptr);

    // One output pane per title (replacing the panes there were).
    void setTitles(const QStringList &titles);
    void setTexts(const QString &expected, const QStringList &outputs);
    void setNote(int output, const QString &note);
    void setCurrent(int output);
    void setMarkdown(bool on);
    // Which differences to show; both on by default.
    void setHighlights(bool others, bool expected);

    const QList<OutputPane *> &panes() const { return m_panes; }
    OutputPane *expectedPane() const { return m_expected; }

Q_SIGNALS:
    // Output `index` was clicked.
    void activated(int index);
    // The output panes were replaced (their widgets may need key filters).
    void panesRebuilt();

private:
    void updateDifferences();
    void syncScroll(OutputPane *from, double fraction);

    OutputPane *m_expected = nullptr;
    QWidget *m_host = nullptr;
    QList<OutputPane *> m_panes;
    bool m_markdown = false;
    bool m_others = true;
    bool m_against = true;
    bool m_syncing = false;
};

} // namespace lathe
