#include "diffview.h"

#include "diff/diffpane.h"
#include "diff/textdiff.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lathe {
namespace {

QWidget *titled(QLabel *title, DiffPane *pane, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title->setTextFormat(Qt::PlainText);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(pane, 1);
    return box;
}

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_left(new DiffPane(DiffPane::Side::Left, this))
    , m_right(new DiffPane(DiffPane::Side::Right, this))
    , m_leftTitleLabel(new QLabel(this))
    , m_rightTitleLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_position(new QLabel(this))
    , m_previous(new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Previous Change"), this))
    , m_next(new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Next Change"), this))
    , m_copy(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy Unified Diff"), this))
    , m_export(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), this))
{
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right->setObjectName(QStringLiteral("rightPane"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_next->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_export->setToolTip(tr("Save the unified diff as a .diff or .patch file"));
    for (QAction *a : {m_previous, m_next, m_copy, m_export}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_previous, &QAction::triggered, this, &DiffView::goToPreviousChange);
    connect(m_next, &QAction::triggered, this, &DiffView::goToNextChange);
    connect(m_copy, &QAction::triggered, this, &DiffView::copyUnifiedDiff);
    connect(m_export, &QAction::triggered, this, &DiffView::exportUnifiedDiff);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(button(m_previous, this));
    bar->addWidget(button(m_next, this));
    bar->addWidget(m_position);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(button(m_copy, this));
    bar->addWidget(button(m_export, this));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titled(m_leftTitleLabel, m_left, splitter));
    splitter->addWidget(titled(m_rightTitleLabel, m_right, splitter));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connectScrolling(m_left, m_right);
    connectScrolling(m_right, m_left);
    for (DiffPane *pane : {m_left, m_right}) {
        connect(pane, &QsciScintilla::cursorPositionChanged, this, [this](int line, int) {
            if (!m_syncing) {
                m_currentRow = line;
                updateStatus();
            }
        });
    }
    updateStatus();
}

void DiffView::connectScrolling(DiffPane *from, DiffPane *to)
{
    // Both panes hold one line per row, so equal scroll positions show the same rows.
    connect(from, &DiffPane::viewScrolled, this, [this, from, to] {
        if (m_syncing)
            return;
        const QScopedValueRollback guard(m_syncing, true);
        to->scrollTo(from->firstVisibleLine(), int(from->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET)));
    });
}

void DiffView::setTexts(const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right)
{
    setDiff(leftTitle, rightTitle, TextDiff::compare(left, right));
}

void DiffView::setDiff(const QString &leftTitle, const QString &rightTitle, const DiffResult &diff)
{
    m_diff = diff;
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    m_leftTitleLabel->setText(leftTitle);
    m_rightTitleLabel->setText(rightTitle);
    {
        const QScopedValueRollback guard(m_syncing, true);
        m_left->showDiff(diff);
        m_right->showDiff(diff);
        const int digits = int(QString::number(std::max(diff.leftLineCount(), diff.rightLineCount())).size());
        m_left->setNumberDigits(digits);
        m_right->setNumberDigits(digits);
        const int width = std::max(m_left->contentWidth(), m_right->contentWidth());
        m_left->setScrollWidth(width);
        m_right->setScrollWidth(width);
    }
    const DiffSummary s = diff.summary();
    m_summary->setText(tr("+%1 \u2212%2 lines").arg(s.insertions).arg(s.deletions));
    m_currentHunk = -1;
    m_currentRow = -1;
    if (!diff.hunks().isEmpty())
        goToHunk(0);   // open on the first change
    else
        updateStatus();
}

void DiffView::setLexers(QsciLexer *left, QsciLexer *right)
{
    m_left->setDiffLexer(left);
    m_right->setDiffLexer(right);
}

QString DiffView::unifiedDiff() const
{
    return m_diff.unifiedDiff(m_leftTitle, m_rightTitle);
}

bool DiffView::exportTo(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(unifiedDiff().toUtf8()) < 0
        || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DiffView::goToNextChange()
{
    const int index = m_diff.nextHunk(m_currentRow);
    if (index >= 0)
        goToHunk(index);
}

void DiffView::goToPreviousChange()
{
    const int index = m_diff.previousHunk(m_currentRow);
    if (index >= 0)
        goToHunk(index);
}

void DiffView::goToHunk(int index)
{
    if (index < 0 || index >= m_diff.hunks().size())
        return;
    const DiffHunk &h = m_diff.hunks().at(index);
    m_currentHunk = index;
    m_currentRow = h.firstRow;
    {
        const QScopedValueRollback guard(m_syncing, true);
        // Leave the view alone when the whole change is on screen; otherwise show it a quarter
        // of the way down (at least 3 lines of context above).
        const int top = m_left->firstVisibleLine();
        const int onScreen = int(m_left->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
        const bool visible = h.firstRow >= top && h.firstRow + h.rowCount <= top + onScreen;
        const int first = visible ? top : std::max(0, h.firstRow - std::max(onScreen / 4, 3));
        for (DiffPane *pane : {m_left, m_right}) {
            pane->markCurrentHunk(h.firstRow, h.rowCount);
            pane->setCursorPosition(h.firstRow, 0);
            pane->scrollTo(first, visible ? int(pane->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET)) : 0);
        }
    }
    updateStatus();
    Q_EMIT currentHunkChanged(index);
}

void DiffView::copyUnifiedDiff()
{
    QGuiApplication::clipboard()->setText(unifiedDiff());
}

void DiffView::exportUnifiedDiff()
{
    auto *dialog = new QFileDialog(this, tr("Export Diff"), QString(),
                                   tr("Patch files (*.diff *.patch);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("diff"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportTo(path, &error))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Diff"),
                                    tr("Could not write %1: %2").arg(path, error), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void DiffView::updateStatus()
{
    const int count = int(m_diff.hunks().size());
    m_previous->setEnabled(m_diff.previousHunk(m_currentRow) >= 0);
    m_next->setEnabled(m_diff.nextHunk(m_currentRow) >= 0);
    m_copy->setEnabled(count > 0);
    m_export->setEnabled(count > 0);
    if (count == 0)
        m_position->setText(tr("No differences"));
    else if (m_currentHunk >= 0 && m_currentRow == m_diff.hunks().at(m_currentHunk).firstRow)
        m_position->setText(tr("Change %1 of %2").arg(m_currentHunk + 1).arg(count));
    else
        m_position->setText(count == 1 ? tr("1 change") : tr("%1 changes").arg(count));
}

} // namespace lathe
