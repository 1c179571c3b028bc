#pragma once

#include "runcomparison.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>

namespace lathe {

// The compared cases of one RunComparisonResult with one CaseChange (improved, regressed,
// unchanged or not judged), one row per case: the row's position in its dataset version (as
// reports show it; ".N" for repeat N), what the row asked (its variables,
// shortened), and each side's verdict ("pass 1.00", "fail 0.25", "error", "pending", "—").
// Display only; setResult() resets the model. ChangeRole / CaseIdRole give the data views need.
class ComparedCasesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, InputColumn, BaselineColumn, CandidateColumn, ColumnCount };
    enum Role {
        BaselineCaseIdRole = Qt::UserRole + 1,
        CandidateCaseIdRole,
        PassChangedRole,    // bool: decided by pass/fail (else by score)
    };

    explicit ComparedCasesModel(CaseChange change, QObject *parent = nullptr);

    CaseChange change() const { return m_change; }
    // Keeps the cases of `result` with this model's change; `rowValues` (by dataset row id)
    // fill the input column.
    void setResult(const RunComparisonResult &result, const QHash<qint64, QJsonObject> &rowValues);
    void clear();
    // The case at `row`, or null.
    const ComparedCase *caseAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "pass 1.00", "fail 0.25", "error", "pending" or "not scored".
    static QString verdictText(const ComparableCase &side);
    // The row's variables as "name: value · name: value", on one line.
    static QString inputText(const QJsonObject &values);

private:
    CaseChange m_change;
    QList<ComparedCase> m_cases;
    QHash<qint64, QJsonObject> m_rowValues;
};

} // namespace lathe
