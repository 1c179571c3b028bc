#include "tabletext.h"

#include <QAbstractItemModel>

namespace lathe::TableText {

namespace {

QList<int> rowsOf(const QAbstractItemModel &model, const QList<int> &rows)
{
    if (!rows.isEmpty())
        return rows;
    QList<int> all;
    for (int r = 0; r < model.rowCount(); ++r)
        all.append(r);
    return all;
}

QString flat(QString text)
{
    text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return text;
}

QString markdownCell(const QString &text)
{
    QString out = flat(text);
    out.replace(QStringLiteral("|"), QStringLiteral("\\|"));
    return out;
}

} // namespace

QString tsv(const QAbstractItemModel &model, const QList<int> &rows)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(flat(model.headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(u'\t'));
    for (const int r : rowsOf(model, rows)) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(flat(model.index(r, c).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

QString markdown(const QAbstractItemModel &model, int boldRole, const QList<int> &rows)
{
    const QList<int> rowList = rowsOf(model, rows);
    QStringList header;
    QStringList rule;
    for (int c = 0; c < model.columnCount(); ++c) {
        header.append(markdownCell(model.headerData(c, Qt::Horizontal).toString()));
        bool numeric = !rowList.isEmpty();
        for (const int r : rowList) {
            const QVariant align = model.index(r, c).data(Qt::TextAlignmentRole);
            if (!model.index(r, c).data().toString().isEmpty() && !(align.toInt() & Qt::AlignRight))
                numeric = false;
        }
        rule.append(numeric ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    QStringList lines{QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |"),
                      QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |")};
    for (const int r : rowList) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            QString text = markdownCell(index.data().toString());
            if (boldRole >= 0 && !text.isEmpty() && index.data(boldRole).toBool())
                text = QStringLiteral("**") + text + QStringLiteral("**");
            cells.append(text);
        }
        lines.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace lathe::TableText
