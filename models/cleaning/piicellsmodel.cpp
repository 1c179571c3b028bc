#include "piicellsmodel.h"

#include "previewtext.h"

#include <QRegularExpression>

namespace lathe {

void PiiCellsModel::setReport(std::shared_ptr<const CleaningData> data, PiiReport report)
{
    beginReplace();
    m_data = std::move(data);
    m_report = std::move(report);
    endReplace(int(m_report.cells.size()));
}

QList<qsizetype> PiiCellsModel::checkedCells() const
{
    QList<qsizetype> cells;
    for (int i : checkedItems())
        cells.append(i);
    return cells;
}

int PiiCellsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant PiiCellsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Redact");
    case 1: return tr("Row");
    case 2: return tr("Column");
    case 3: return tr("Found");
    case 4: return tr("Original");
    case 5: return tr("Redacted");
    }
    return {};
}

QVariant PiiCellsModel::itemData(int item, int column, int role) const
{
    const PiiCell &cell = m_report.cells.at(item);
    if (role == RowIdRole)
        return m_data->rows.at(cell.row).id;
    if (role == Qt::ToolTipRole && (column == 4 || column == 5))
        return column == 4 ? cell.original : cell.redacted;
    if (role != Qt::DisplayRole && role != HighlightRole)
        return {};
    switch (column) {
    case 1: return role == Qt::DisplayRole ? QVariant(qlonglong(cell.row + 1)) : QVariant();
    case 2: return role == Qt::DisplayRole ? QVariant(m_data->columnName(cell.columnKey)) : QVariant();
    case 3: {
        if (role != Qt::DisplayRole)
            return {};
        QStringList types;
        for (const PiiMatch &m : cell.matches) {
            const QString name = PiiTypeInfo::name(m.type);
            if (!types.contains(name))
                types.append(name);
        }
        return types.join(QStringLiteral(", "));
    }
    case 4: {
        QList<int> spans;
        for (const PiiMatch &m : cell.matches)
            spans << int(m.start) << int(m.length);
        const QString shown = PreviewText::oneLine(cell.original, 240, &spans);
        return role == HighlightRole ? QVariant::fromValue(spans) : QVariant(shown);
    }
    case 5: {
        static const QRegularExpression placeholder(QStringLiteral("\\[(?:EMAIL|PHONE|CARD|IBAN|IP|RRN)_\\d+\\]"));
        QList<int> spans;
        for (auto it = placeholder.globalMatch(cell.redacted); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            spans << int(m.capturedStart()) << int(m.capturedLength());
        }
        const QString shown = PreviewText::oneLine(cell.redacted, 240, &spans);
        return role == HighlightRole ? QVariant::fromValue(spans) : QVariant(shown);
    }
    }
    return {};
}

} // namespace lathe
