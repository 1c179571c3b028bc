#include "promptdiffview.h"

#include "diff/diffcolors.h"
#include "diff/diffview.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lathe {
namespace {

QString messageName(const QString &base, int index, const QString &role)
{
    if (index < 0)
        return QStringLiteral("/dev/null");
    return QStringLiteral("%1/messages/%2 (%3)").arg(base).arg(index + 1).arg(role);
}

} // namespace

PromptDiffView::PromptDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_parameters(new QTableWidget(this))
    , m_messages(new QListWidget(this))
    , m_text(new DiffView(this))
{
    m_summary->setObjectName(QStringLiteral("promptSummaryLabel"));
    auto *copyAll = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy Full Diff"), this);
    copyAll->setToolTip(tr("Copy the unified diff of parameters, template and messages"));
    connect(copyAll, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(unifiedDiff()); });
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(copyAll);
    copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copyButton->setAutoRaise(true);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_summary, 1);
    header->addWidget(copyButton);

    m_parameters->setColumnCount(3);
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_parameters->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_parameters->setAccessibleName(tr("Parameters"));

    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setMinimumWidth(140);
    connect(m_messages, &QListWidget::currentRowChanged, this, &PromptDiffView::showMessage);

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setChildrenCollapsible(false);
    body->addWidget(m_messages);
    body->addWidget(m_text);
    body->setStretchFactor(1, 1);
    body->setSizes({180, 820});

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_parameters);
    split->addWidget(body);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(split, 1);
}

void PromptDiffView::setPrompts(const QString &leftTitle, const PromptSnapshot &left, const QString &rightTitle,
                                const PromptSnapshot &right)
{
    setDiff(leftTitle, rightTitle, PromptDiff::compare(left, right));
}

void PromptDiffView::setDiff(const QString &leftTitle, const QString &rightTitle, const PromptDiff &diff)
{
    m_diff = diff;
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    fillParameters();
    fillMessages();

    QStringList parts;
    if (const int n = diff.changedParameterCount())
        parts.append(n == 1 ? tr("1 parameter changed") : tr("%1 parameters changed").arg(n));
    if (!diff.isChat()) {
        const DiffSummary s = diff.text().summary();
        if (!s.identical())
            parts.append(tr("template +%1 \u2212%2 lines").arg(s.insertions).arg(s.deletions));
        m_text->setDiff(leftTitle, rightTitle, diff.text());
    } else {
        const auto count = [&](MessageDiff::Kind kind) {
            return int(std::count_if(diff.messages().cbegin(), diff.messages().cend(),
                                     [kind](const MessageDiff &m) { return m.kind == kind; }));
        };
        if (const int n = count(MessageDiff::Kind::Changed))
            parts.append(n == 1 ? tr("1 message changed") : tr("%1 messages changed").arg(n));
        if (const int n = count(MessageDiff::Kind::Added))
            parts.append(n == 1 ? tr("1 message added") : tr("%1 messages added").arg(n));
        if (const int n = count(MessageDiff::Kind::Removed))
            parts.append(n == 1 ? tr("1 message removed") : tr("%1 messages removed").arg(n));
    }
    m_summary->setText(parts.isEmpty() ? tr("No differences") : parts.join(QStringLiteral(" · ")));
}

QString PromptDiffView::unifiedDiff() const
{
    return m_diff.unifiedDiff(m_leftTitle, m_rightTitle);
}

void PromptDiffView::showMessage(int index)
{
    if (!m_diff.isChat() || index < 0 || index >= m_diff.messages().size())
        return;
    const MessageDiff &m = m_diff.messages().at(index);
    m_text->setDiff(messageName(m_leftTitle, m.left, m.leftRole), messageName(m_rightTitle, m.right, m.rightRole),
                    m.content);
    if (m_messages->currentRow() != index)
        m_messages->setCurrentRow(index);
}

void PromptDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        fillParameters();
        const int current = m_messages->currentRow();
        fillMessages();
        m_messages->setCurrentRow(current);
    }
}

void PromptDiffView::fillParameters()
{
    const DiffColors colors = DiffColors::forPaper(palette().color(QPalette::Base), palette());
    const QList<ParameterChange> &changes = m_diff.parameters();
    m_parameters->clearContents();
    m_parameters->setRowCount(int(changes.size()));
    m_parameters->setHorizontalHeaderLabels({tr("Parameter"), m_leftTitle, m_rightTitle});
    for (int row = 0; row < int(changes.size()); ++row) {
        const ParameterChange &c = changes.at(row);
        const bool changed = c.kind != ParameterChange::Kind::Unchanged;
        auto *key = new QTableWidgetItem(c.key);
        auto *before = new QTableWidgetItem(c.oldValue.isUndefined() ? tr("(not set)") : PromptDiff::valueText(c.oldValue));
        auto *after = new QTableWidgetItem(c.newValue.isUndefined() ? tr("(not set)") : PromptDiff::valueText(c.newValue));
        QFont font = key->font();
        font.setBold(changed);
        key->setFont(font);
        for (QTableWidgetItem *item : {before, after}) {
            if (item->text() == tr("(not set)")) {
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
        }
        if (changed) {
            if (c.kind != ParameterChange::Kind::Added)
                before->setBackground(colors.removedLine);
            if (c.kind != ParameterChange::Kind::Removed)
                after->setBackground(colors.addedLine);
            key->setBackground(c.kind == ParameterChange::Kind::Added     ? colors.addedLine
                               : c.kind == ParameterChange::Kind::Removed ? colors.removedLine
                                                                          : palette().color(QPalette::Base));
        }
        m_parameters->setItem(row, 0, key);
        m_parameters->setItem(row, 1, before);
        m_parameters->setItem(row, 2, after);
    }
    m_parameters->setCurrentItem(nullptr);
    m_parameters->setVisible(!changes.isEmpty());
}

void PromptDiffView::fillMessages()
{
    const QSignalBlocker blocker(m_messages);
    m_messages->clear();
    m_messages->setVisible(m_diff.isChat());
    if (!m_diff.isChat())
        return;
    const DiffColors colors = DiffColors::forPaper(palette().color(QPalette::Base), palette());
    int firstChange = -1;
    for (int i = 0; i < int(m_diff.messages().size()); ++i) {
        const MessageDiff &m = m_diff.messages().at(i);
        QString mark = QStringLiteral("=");
        QColor colour = palette().color(QPalette::PlaceholderText);
        switch (m.kind) {
        case MessageDiff::Kind::Equal: break;
        case MessageDiff::Kind::Changed: mark = QStringLiteral("~"); colour = colors.changedMark; break;
        case MessageDiff::Kind::Added: mark = QStringLiteral("+"); colour = colors.addedMark; break;
        case MessageDiff::Kind::Removed: mark = QStringLiteral("\u2212"); colour = colors.removedMark; break;
        }
        const int number = (m.right >= 0 ? m.right : m.left) + 1;
        QString role = m.right >= 0 ? m.rightRole : m.leftRole;
        if (m.left >= 0 && m.right >= 0 && m.leftRole != m.rightRole)
            role = m.leftRole + QStringLiteral(" \u2192 ") + m.rightRole;
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2. %3").arg(mark).arg(number).arg(role), m_messages);
        item->setForeground(colour);
        const DiffSummary s = m.content.summary();
        item->setToolTip(tr("+%1 \u2212%2 lines").arg(s.insertions).arg(s.deletions));
        if (firstChange < 0 && m.kind != MessageDiff::Kind::Equal)
            firstChange = i;
    }
    const int current = std::max(firstChange, 0);
    if (!m_diff.messages().isEmpty()) {
        m_messages->setCurrentRow(current);
        showMessage(current);
    } else {
        m_text->setDiff(m_leftTitle, m_rightTitle, DiffResult());
    }
}

} // namespace lathe
