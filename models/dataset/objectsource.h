#pragma once

#include "importerror.h"
#include "jsonparser.h"

#include <QJsonArray>

namespace lathe {

// One object read from a source.
struct SourceObject
{
    JsonParser::Members members;          // in file order
    JsonParser::NestedKeys nestedKeys;    // file order of the members' own object values
    qint64 offset = 0;                    // byte offset where the object starts
};

// A file that holds a list of JSON-like objects, read one object at a time: JSON Lines, a
// JSON array, a YAML list. Members keep their order in the file.
class ObjectSource
{
    Q_DISABLE_COPY_MOVE(ObjectSource)
public:
    ObjectSource() = default;
    virtual ~ObjectSource() = default;

    // The next object; false at the end or on an error.
    virtual bool next(SourceObject &object) = 0;
    const ImportError &error() const { return m_error; }
    // Settings that apply to every object (promptfoo defaultTest.assert), a JSON array.
    QJsonArray defaultScorers() const { return m_defaultScorers; }

protected:
    bool fail(const ImportError &error)
    {
        m_error = error;
        return false;
    }

    ImportError m_error;
    QJsonArray m_defaultScorers;
};

} // namespace lathe
