#pragma once

#include "datasetformat.h"
#include "importerror.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace lathe {

// One row as read from a file, before it is stored.
struct ImportRecord
{
    QList<QJsonValue> values;  // by index into RecordReader::columns(); Undefined when absent
    QJsonArray scorers;        // per-row asserts (promptfoo assert syntax)
    qint64 offset = 0;         // byte offset where the row starts
};

// A source of rows read incrementally from one file. Column names are discovered while
// reading: a CSV header up front, JSON keys as they first appear, so columns() only grows.
// Names are unique and non-empty. After next() returns false, error() tells an error from
// the end of the input.
class RecordReader
{
    Q_DISABLE_COPY_MOVE(RecordReader)
public:
    RecordReader() = default;
    virtual ~RecordReader() = default;

    // Reads the next row; false at the end of the input or on an error.
    virtual bool next(ImportRecord &record) = 0;

    const QStringList &columns() const { return m_columns; }
    const ImportError &error() const { return m_error; }
    // The format being read (for a promptfoo or OpenAI Evals file recognised by its content,
    // known once the first row is read).
    DatasetFormat format() const { return m_format; }
    // Scorers that apply to every row (promptfoo defaultTest.assert), a JSON array.
    QJsonArray defaultScorers() const { return m_defaultScorers; }

protected:
    bool fail(const ImportError &error)
    {
        m_error = error;
        return false;
    }

    QStringList m_columns;
    ImportError m_error;
    QJsonArray m_defaultScorers;
    DatasetFormat m_format = DatasetFormat::Csv;
};

} // namespace lathe
