#pragma once

#include <QString>

namespace lathe {

// Thrown inside the template engine (lexer, parser, renderer) and caught at the Template
// boundary, which turns it into a TemplateError. `pos` is an offset into the template source.
struct TmplException
{
    int pos = 0;
    QString message;
};

} // namespace lathe
