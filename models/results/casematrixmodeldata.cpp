// CaseMatrixModel: how rows, cells and headers read (text, tooltips and roles).
#include "casematrixmodel.h"

#include "dataset/datasetcelltext.h"

namespace lathe {

namespace {

constexpr int kPreviewChars = 200;

QString scoreText(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

QString CaseMatrixModel::rowValues(const MatrixRow &row, ColumnRole role) const
{
    QStringList parts;
    int count = 0;
    for (const DatasetColumn &c : m_layout.datasetColumns)
        count += c.role == role ? 1 : 0;
    for (const DatasetColumn &c : m_layout.datasetColumns) {
        if (c.role != role)
            continue;
        const QString value = DatasetCellText::display(row.data.value(c.key));
        parts.append(count > 1 ? tr("%1: %2").arg(c.name, value) : value);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant CaseMatrixModel::leadingData(const MatrixRow &row, ColumnKind kind, int role) const
{
    const QString text = rowValues(row, kind == ColumnKind::Input ? ColumnRole::Variable : ColumnRole::Expected);
    switch (role) {
    case Qt::DisplayRole: return DatasetCellText::singleLine(text, kPreviewChars);
    case Qt::ToolTipRole: return text.size() > 40 || text.contains(u'\n') ? QVariant(text.left(2000)) : QVariant();
    case RawValueRole: return text;
    case CaseIdRole: return qint64(0);
    case RunColumnIdRole: return qint64(0);
    default: return {};
    }
}

QVariant CaseMatrixModel::cellData(const MatrixCell &cell, ColumnKind kind, int scorer, qint64 runColumnId, int role) const
{
    const MatrixScore scored = scorer >= 0 && scorer < cell.scores.size() ? cell.scores.at(scorer) : MatrixScore{};
    switch (role) {
    case CaseIdRole: return cell.caseId;
    case CellStateRole: return int(cell.state);
    case ErrorRole: return cell.state == CellState::Error;
    case RunColumnIdRole: return runColumnId;
    case PassRole:
        if (kind == ColumnKind::Scorer) {
            return scored.pass ? QVariant(*scored.pass) : QVariant();
        }
        if (cell.state == CellState::Pass || cell.state == CellState::Fail || cell.state == CellState::Error)
            return cell.state == CellState::Pass;
        return {};
    default:
        break;
    }
    switch (kind) {
    case ColumnKind::Output:
        if (role == Qt::DisplayRole) {
            if (cell.state == CellState::Error)
                return DatasetCellText::singleLine(tr("Error: %1").arg(cell.error), kPreviewChars);
            return DatasetCellText::singleLine(cell.output, kPreviewChars);
        }
        if (role == Qt::ToolTipRole) {
            const QString text = cell.state == CellState::Error ? cell.error : cell.output;
            return text.size() > 40 || text.contains(u'\n') ? QVariant(text) : QVariant();
        }
        if (role == RawValueRole)
            return cell.output;
        return {};
    case ColumnKind::Result:
        if (role == Qt::DisplayRole || role == RawValueRole) {
            switch (cell.state) {
            case CellState::Pending: return tr("pending");
            case CellState::Pass: return tr("pass");
            case CellState::Answered: return tr("no verdict");
            case CellState::Fail: return tr("fail");
            case CellState::Error: return tr("error");
            }
        }
        if (role == Qt::ToolTipRole && cell.state == CellState::Error)
            return cell.error;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    case ColumnKind::Score:
    case ColumnKind::Scorer: {
        const std::optional<double> value = kind == ColumnKind::Score ? cell.score : scored.value;
        if (role == Qt::DisplayRole) {
            if (value)
                return scoreText(*value);
            if (kind == ColumnKind::Scorer && scored.pass)
                return *scored.pass ? tr("pass") : tr("fail");
            return QString();
        }
        if (role == RawValueRole)
            return value ? QVariant(*value) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case ColumnKind::Input:
    case ColumnKind::Expected:
        break;
    }
    return {};
}

QVariant CaseMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= m_rowCount)
            return {};
        const MatrixRow *row = m_cache.row(section);
        if (!row)
            return QString::number(section + 1);
        return m_layout.repeats > 1 ? tr("%1 #%2").arg(row->position + 1).arg(row->repeat + 1)
                                    : QString::number(row->position + 1);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const int group = groupOfColumn(section);
    const ColumnKind kind = kindOfColumn(section);
    const QString scorer = kind == ColumnKind::Scorer
        ? m_layout.scorers.value(section - firstColumnOfGroup(group) - kFixedGroupColumns) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (kind) {
        case ColumnKind::Input: return tr("Input");
        case ColumnKind::Expected: return tr("Expected");
        case ColumnKind::Output: return tr("Output");
        case ColumnKind::Result: return tr("Result");
        case ColumnKind::Score: return tr("Score");
        case ColumnKind::Scorer: return scorer;
        }
        return {};
    case Qt::ToolTipRole:
        switch (kind) {
        case ColumnKind::Input: return tr("The row's variables");
        case ColumnKind::Expected: return tr("The row's expected answer");
        case ColumnKind::Output: return tr("What %1 answered (the first characters)").arg(groupTitle(group));
        case ColumnKind::Result: return tr("The verdict of %1: pass, fail, error, pending or no verdict").arg(groupTitle(group));
        case ColumnKind::Score: return tr("The case score of %1 (the weighted mean of its scorers)").arg(groupTitle(group));
        case ColumnKind::Scorer: return tr("Scorer %1 on %2").arg(scorer, groupTitle(group));
        }
        return {};
    case ColumnGroupRole: return group;
    case ColumnKindRole: return int(kind);
    case GroupTitleRole: return groupTitle(group);
    case RunColumnIdRole: return group >= 0 ? m_layout.columns.at(group).id : qint64(0);
    case ScorerNameRole: return scorer;
    default: return {};
    }
}

QHash<int, QByteArray> CaseMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(CellStateRole, "cellState");
    names.insert(PassRole, "pass");
    names.insert(ErrorRole, "error");
    names.insert(RawValueRole, "rawValue");
    names.insert(LoadedRole, "loaded");
    names.insert(RowIdRole, "rowId");
    names.insert(RunColumnIdRole, "runColumnId");
    return names;
}

} // namespace lathe
