#include "comparedcasesmodel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {

using namespace Qt::StringLiterals;

ComparedCasesModel::ComparedCasesModel(CaseChange change, QObject *parent)
    : QAbstractTableModel(parent)
    , m_change(change)
{
}

void ComparedCasesModel::setResult(const RunComparisonResult &result, const QHash<qint64, QJsonObject> &rowValues)
{
    beginResetModel();
    m_cases.clear();
    for (const ComparedCase &c : result.cases) {
        if (c.change == m_change)
            m_cases.append(c);
    }
    m_rowValues = rowValues;
    endResetModel();
}

void ComparedCasesModel::clear()
{
    beginResetModel();
    m_cases.clear();
    m_rowValues.clear();
    endResetModel();
}

const ComparedCase *ComparedCasesModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases[row] : nullptr;
}

int ComparedCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int ComparedCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparedCasesModel::verdictText(const ComparableCase &side)
{
    switch (side.state) {
    case ComparableCase::State::Pending:
        return tr("pending");
    case ComparableCase::State::Error:
        return tr("error");
    case ComparableCase::State::Ok:
        break;
    }
    if (!side.pass)
        return tr("not scored");
    const QString score = side.score ? QString::number(*side.score, 'f', 2) : QString();
    return (*side.pass ? tr("pass %1") : tr("fail %1")).arg(score).trimmed();
}

QString ComparedCasesModel::inputText(const QJsonObject &values)
{
    QStringList parts;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue value = it.value();
        QString v;
        if (value.isString())
            v = value.toString();
        else if (value.isDouble())
            v = QString::number(value.toDouble());
        else if (value.isBool())
            v = value.toBool() ? u"true"_s : u"false"_s;
        else if (value.isObject())
            v = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            v = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        v = v.simplified();
        if (v.size() > 80)
            v = v.left(79) + u'…';
        parts.append(u"%1: %2"_s.arg(it.key(), v));
    }
    return parts.join(u" · "_s);
}

QVariant ComparedCasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const ComparedCase &c = m_cases[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return c.repeat > 0 ? u"%1.%2"_s.arg(c.rowPosition).arg(c.repeat + 1) : QString::number(c.rowPosition);
        case InputColumn:
            return inputText(m_rowValues.value(c.rowId));
        case BaselineColumn:
            return verdictText(c.baseline);
        case CandidateColumn:
            return verdictText(c.candidate);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == InputColumn)
            return inputText(m_rowValues.value(c.rowId));
        if (index.column() == CandidateColumn && c.change != CaseChange::NotJudged)
            return c.passChanged ? tr("Decided by the pass/fail verdict") : tr("Decided by the total score");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case BaselineCaseIdRole:
        return c.baseline.caseId;
    case CandidateCaseIdRole:
        return c.candidate.caseId;
    case PassChangedRole:
        return c.passChanged;
    default:
        return {};
    }
}

QVariant ComparedCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case InputColumn:
        return tr("Input");
    case BaselineColumn:
        return tr("Baseline");
    case CandidateColumn:
        return tr("Candidate");
    default:
        return {};
    }
}

} // namespace lathe
