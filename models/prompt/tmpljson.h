#pragma once

#include "prompt/tmplvalue.h"

namespace lathe {

// JSON encodings of template values for the tojson (Jinja2) and dump (Nunjucks) filters.
// Both stop adding once the text passes `limit` characters (the caller checks the size), and
// write null below a nesting depth of 512, which keeps namespace self-references finite.
class TmplJson final
{
public:
    // Jinja2's tojson: json.dumps(value, sort_keys=True, indent=indent) with ensure_ascii, then
    // <, >, & and ' escaped as \u003c etc. `indent` is a string of spaces, or null for the
    // one-line form with ", " and ": " separators. Undefined values encode as null.
    static QString jinja(const TmplValue &value, const QString &indent, qsizetype limit);
    // Nunjucks' dump: JSON.stringify(value, null, indent): keys in their own order, compact
    // separators, non-ASCII text kept, numbers as JavaScript prints them. An undefined value
    // at the top gives an empty string.
    static QString javascript(const TmplValue &value, const QString &indent, qsizetype limit);
};

} // namespace lathe
