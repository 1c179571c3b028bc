#include "datasetdelegate.h"

#include "jsoncelleditor.h"

#include "dataset/datasetcelltext.h"
#include "dataset/datasettablemodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextLayout>

namespace lathe {

namespace {

constexpr int kLongText = 60;   // longer text is edited in a multi-line editor

bool isStructuredCell(const QModelIndex &index)
{
    const auto *model = index.model();
    if (model->headerData(index.column(), Qt::Horizontal, DatasetTableModel::ColumnKeyRole).toString().isEmpty())
        return false;   // the Tags column
    const auto type = ColumnType(model->headerData(index.column(), Qt::Horizontal,
                                                   DatasetTableModel::ColumnTypeRole).toInt());
    return DatasetCellText::isStructured(index.data(DatasetTableModel::JsonValueRole).toJsonValue(), type);
}

} // namespace

DatasetDelegate::DatasetDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

QColor DatasetDelegate::highlightColor()
{
    return QColor(0xff, 0xd5, 0x4f);
}

QList<QPair<int, int>> DatasetDelegate::matches(const QString &text) const
{
    QList<QPair<int, int>> out;
    if (m_highlight.isEmpty())
        return out;
    for (qsizetype at = text.indexOf(m_highlight, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_highlight, at + m_highlight.size(), Qt::CaseInsensitive))
        out.append({int(at), int(m_highlight.size())});
    return out;
}

void DatasetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (matches(opt.text).isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Draw the cell without its text, then the text with the matches on a highlight.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect r = textRect.adjusted(margin, 0, -margin, 0);
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, r.width());
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : matches(shown)) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = length;
        range.format.setBackground(highlightColor());
        range.format.setForeground(QColor(Qt::black));
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(r.width());
    layout.endLayout();
    painter->save();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(r);
    const qreal x = opt.displayAlignment.testFlag(Qt::AlignRight) ? r.right() - line.naturalTextWidth() : r.left();
    layout.draw(painter, QPointF(x, r.top() + (r.height() - line.height()) / 2));
    painter->restore();
}

QWidget *DatasetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (isStructuredCell(index))
        return new JsonCellEditor(parent);
    const QString text = index.data(Qt::EditRole).toString();
    if (text.size() > kLongText || text.contains(u'\n')) {
        auto *editor = new QPlainTextEdit(parent);
        editor->setObjectName(QStringLiteral("multiLineEditor"));
        editor->setTabChangesFocus(true);
        return editor;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    return editor;
}

void DatasetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->setPlainText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DatasetDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    if (auto *json = qobject_cast<JsonCellEditor *>(editor)) {
        if (!json->isValid()) {
            Q_EMIT commitRefused(tr("Not saved: %1").arg(json->errorText()));
            return;
        }
        Q_EMIT cellCommitted(index, json->toPlainText());
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        Q_EMIT cellCommitted(index, plain->toPlainText());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        Q_EMIT cellCommitted(index, line->text());
    }
}

void DatasetDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (!qobject_cast<QPlainTextEdit *>(editor)) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // A multi-line editor opens over the cell, larger than it, and stays inside the view.
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), 380));
    r.setHeight(std::max(r.height() * 7, 170));
    if (const QWidget *area = editor->parentWidget()) {
        const QRect bounds = area->rect();
        if (r.right() > bounds.right())
            r.moveRight(std::max(bounds.right(), r.width() - 1));
        if (r.bottom() > bounds.bottom())
            r.moveBottom(std::max(bounds.bottom(), r.height() - 1));
        r.moveLeft(std::max(r.left(), 0));
        r.moveTop(std::max(r.top(), 0));
    }
    editor->setGeometry(r);
}

bool DatasetDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *plain = qobject_cast<QPlainTextEdit *>(object);
    if (plain && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (auto *json = qobject_cast<JsonCellEditor *>(plain); json && !json->isValid())
                return true;   // stay open: the error line says what is wrong
            Q_EMIT commitData(plain);
            Q_EMIT closeEditor(plain, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace lathe
