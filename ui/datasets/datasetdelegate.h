#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace lathe {

// Paints and edits the cells of a dataset table. Paints the matches of the search text with a
// highlight; edits short text in a line edit, long or multi-line text in a plain-text editor
// (Enter adds a line, Ctrl+Enter or leaving the cell commits, Esc cancels), and structured
// cells in a JsonCellEditor that refuses to commit text that is not JSON.
//
// It never writes to the model: a finished edit is announced with cellCommitted() so the
// owner can make it an undoable command.
class DatasetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DatasetDelegate(QObject *parent = nullptr);

    void setHighlight(const QString &text) { m_highlight = text; }
    QString highlight() const { return m_highlight; }
    // Where `text` holds the highlight text (case-insensitively), as (start, length) pairs.
    QList<QPair<int, int>> matches(const QString &text) const;
    static QColor highlightColor();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

Q_SIGNALS:
    // The user finished editing `index`; `text` is the editor's text.
    void cellCommitted(const QModelIndex &index, const QString &text) const;
    // A structured cell's editor was left with text that is not JSON; nothing was stored.
    void commitRefused(const QString &message) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString m_highlight;
};

} // namespace lathe
