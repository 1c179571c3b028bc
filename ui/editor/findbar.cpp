#include "findbar.h"


#include <Qsci/qsciscintilla.h>

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace lathe {

using Sci = QsciScintillaBase;

FindBar::FindBar(QsciScintilla *editor)
    : QFrame(editor)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_expand(new QToolButton(this))
    , m_case(nullptr)
    , m_word(nullptr)
    , m_regex(nullptr)
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_refresh(new QTimer(this))
    , m_search(editor)
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setFocusProxy(m_find);
    setCursor(Qt::ArrowCursor);

    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_expand->setAutoRaise(true);
    m_expand->setCheckable(true);
    m_expand->setArrowType(Qt::RightArrow);
    m_expand->setToolTip(tr("Toggle Replace (Ctrl+H)"));
    m_case = addToggle(QStringLiteral("Aa"), tr("Match Case"));
    m_word = addToggle(QStringLiteral("W"), tr("Match Whole Word"));
    m_regex = addToggle(QStringLiteral(".*"), tr("Use Regular Expression"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("999 of 999")));
    m_status->setAlignment(Qt::AlignCenter);

    const auto button = [this](const QString &text, const QString &toolTip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAccessibleName(toolTip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *prev = button(QStringLiteral("\u2191"), tr("Previous Match (Shift+Enter)"), &FindBar::findPrevious);
    auto *next = button(QStringLiteral("\u2193"), tr("Next Match (Enter)"), &FindBar::findNext);
    auto *close = button(QStringLiteral("\u2715"), tr("Close (Esc)"), &FindBar::dismiss);
    auto *replaceOne = button(tr("Replace"), tr("Replace (Enter)"), &FindBar::replaceCurrent);
    auto *replaceAllButton = button(tr("All"), tr("Replace All (Ctrl+Alt+Enter)"), &FindBar::replaceAll);
    replaceOne->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 3, 4, 3);
    grid->setHorizontalSpacing(2);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_expand, 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(m_case, 0, 2);
    grid->addWidget(m_word, 0, 3);
    grid->addWidget(m_regex, 0, 4);
    grid->addWidget(m_status, 0, 5);
    grid->addWidget(prev, 0, 6);
    grid->addWidget(next, 0, 7);
    grid->addWidget(close, 0, 8);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_replace, 1);
    row->addWidget(replaceOne);
    row->addWidget(replaceAllButton);
    grid->addWidget(m_replaceRow, 1, 1, 1, 8);
    grid->setColumnStretch(1, 1);
    m_replaceRow->hide();

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(80);
    connect(m_refresh, &QTimer::timeout, this, &FindBar::refresh);
    connect(m_find, &QLineEdit::textChanged, this, &FindBar::queryChanged);
    connect(m_expand, &QToolButton::toggled, this, [this](bool on) {
        m_replaceRow->setVisible(on);
        m_expand->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        reposition();
    });
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        m_search.invalidate();
        if (!isHidden())
            m_refresh->start();
    });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    m_editor->installEventFilter(this);
    hide();
}

QToolButton *FindBar::addToggle(const QString &text, const QString &toolTip)
{
    auto *b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAccessibleName(toolTip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    connect(b, &QToolButton::toggled, this, &FindBar::queryChanged);
    return b;
}

void FindBar::open(bool withReplace)
{
    const long from = m_editor->SendScintilla(Sci::SCI_GETSELECTIONSTART);
    const long to = m_editor->SendScintilla(Sci::SCI_GETSELECTIONEND);
    if (from != to && m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, from)
                          == m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, to)) {
        m_find->setText(m_editor->selectedText());
    }
    m_expand->setChecked(withReplace || m_expand->isChecked());
    show();
    raise();
    reposition();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    m_search.invalidate();
    m_refresh->start(0);
}

void FindBar::dismiss()
{
    m_refresh->stop();
    m_search.clearMarks();
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT dismissed();
}

bool FindBar::isReplaceVisible() const
{
    return m_expand->isChecked();
}

SearchQuery FindBar::query() const
{
    return {m_find->text(), m_regex->isChecked(), m_case->isChecked(), m_word->isChecked()};
}

void FindBar::setQuery(const SearchQuery &query)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_find), QSignalBlocker(m_regex),
                                       QSignalBlocker(m_case), QSignalBlocker(m_word)};
    m_find->setText(query.pattern);
    m_regex->setChecked(query.regex);
    m_case->setChecked(query.caseSensitive);
    m_word->setChecked(query.wholeWord);
    queryChanged();
}

QString FindBar::replacement() const
{
    return m_replace->text();
}

void FindBar::setReplacement(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::queryChanged()
{
    m_search.setQuery(query());
    m_wrapped = false;
    m_refresh->start();
}

void FindBar::refresh()
{
    if (isHidden())
        return;
    m_search.markAll();
    updateStatus();
}

void FindBar::updateStatus()
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    const QColor negative(0xda, 0x44, 0x53);
    const QString error = m_search.error();
    const qsizetype count = m_search.matches().size();
    QString text;
    if (!error.isEmpty()) {
        text = tr("Invalid");
        pal.setColor(QPalette::WindowText, negative);
    } else if (m_find->text().isEmpty()) {
        text.clear();
    } else if (count == 0) {
        text = tr("No results");
        pal.setColor(QPalette::WindowText, negative);
    } else if (const int current = m_search.selectedMatch(); current >= 0) {
        text = tr("%1 of %2").arg(current + 1).arg(count);
    } else {
        text = tr("%n match(es)", nullptr, int(count));
    }
    m_status->setPalette(pal);
    m_status->setText(text);
    m_status->setToolTip(!error.isEmpty() ? error : m_wrapped ? tr("Search wrapped around") : QString());
}

QString FindBar::statusText() const
{
    return m_status->text();
}

int FindBar::matchCount()
{
    return int(m_search.matches().size());
}

bool FindBar::go(int index)
{
    if (index < 0) {
        updateStatus();
        return false;
    }
    m_search.select(index);
    refresh();
    return true;
}

bool FindBar::findNext()
{
    m_search.setQuery(query());
    return go(m_search.nextMatch(m_editor->SendScintilla(Sci::SCI_GETSELECTIONEND), &m_wrapped));
}

bool FindBar::findPrevious()
{
    m_search.setQuery(query());
    return go(m_search.previousMatch(m_editor->SendScintilla(Sci::SCI_GETSELECTIONSTART), &m_wrapped));
}

bool FindBar::replaceCurrent()
{
    m_search.setQuery(query());
    const long start = m_editor->SendScintilla(Sci::SCI_GETSELECTIONSTART);
    const long inserted = m_search.replaceSelected(m_replace->text());
    if (inserted < 0) {
        findNext();
        return false;
    }
    m_editor->SendScintilla(Sci::SCI_SETSEL, start + inserted, start + inserted);
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    m_search.setQuery(query());
    const int count = m_search.replaceAll(m_replace->text());
    refresh();
    if (count > 0)
        m_status->setText(tr("Replaced %n", nullptr, count));
    return count;
}

void FindBar::reposition()
{
    const QRect area = m_editor->viewport()->geometry();
    const int width = std::min(std::max(sizeHint().width(), 420), std::max(area.width() - 24, 200));
    resize(width, sizeHint().height());
    move(area.right() - width - 16, area.top() + 4);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::Resize && !isHidden())
            reposition();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (watched == m_replace && mods == (Qt::ControlModifier | Qt::AltModifier))
        replaceAll();
    else if (watched == m_replace)
        replaceCurrent();
    else if (mods & Qt::ShiftModifier)
        findPrevious();
    else
        findNext();
    return true;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
    } else if (event->matches(QKeySequence::FindNext)) {
        findNext();
    } else if (event->matches(QKeySequence::FindPrevious)) {
        findPrevious();
    } else if (event->matches(QKeySequence::Replace)) {
        m_expand->setChecked(true);
        m_replace->setFocus();
    } else if (event->matches(QKeySequence::Find)) {
        m_find->setFocus();
        m_find->selectAll();
    }
    // Keys the fields did not use stay in the bar instead of reaching the editor below.
    event->accept();
}

} // namespace lathe
