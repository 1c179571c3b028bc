#pragma once

#include "scorercatalog.h"
#include "scorertextcheck.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {

// Text operations of the scorer panel on a list written as YAML or JSON; pure functions.
class ScorerListEdit final
{
public:
    using Syntax = ScorerTextCheck::Syntax;

    struct Insertion
    {
        QString text;        // the whole new text
        int caretLine = 0;   // 0-based line of the inserted scorer
    };

    // `json` written in `syntax`; an empty list is `emptyYaml` in YAML and "[]" in JSON.
    static QString render(const QJsonValue &json, Syntax syntax, const QString &emptyYaml);

    // `text` with the example of `info` appended to its list: in YAML as a commented snippet
    // at the list's indentation (replacing `emptyYaml` or "[]"), in JSON by rewriting the
    // value. The result always parses to one scorer more; nullopt when the text does not
    // parse or its shape is not understood.
    static std::optional<Insertion> append(const QString &text, Syntax syntax, const ScorerTypeInfo &info,
                                           const QString &emptyYaml);

    // YAML line comments: when every non-blank line is commented, removes one "#" (and the
    // space after it) from each; otherwise comments them all at their common indentation.
    static QStringList toggleComment(const QStringList &lines);

    ScorerListEdit() = delete;
};

} // namespace lathe
