#pragma once

#include "workspace/datasetcolumn.h"

#include <QJsonValue>
#include <QString>

namespace lathe {

// First guesses for an imported column, which the user can change before committing.
namespace ColumnGuess {

// expected: expected, expected_output, answer, ideal, label, reference, target, output,
// ground_truth, gold, correct_answer and promptfoo's __expected, __expected1..N;
// metadata: id, source and promptfoo's other __ columns (__description, __metadata:<key>);
// variable: everything else. Case and spaces/dashes are ignored ("Expected Output").
ColumnRole role(const QString &name);

} // namespace ColumnGuess

// Accumulates the values of one column to guess its type: number when every non-empty value
// is a number (or, for text files, a string that reads as one), json when any value is an
// object, array or boolean, text otherwise (and for a column with no values).
class TypeTally final
{
public:
    void add(const QJsonValue &value);
    ColumnType type() const;

private:
    qint64 m_values = 0;
    bool m_allNumbers = true;
    bool m_structured = false;
};

} // namespace lathe
