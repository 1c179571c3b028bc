#pragma once

#include "promptfooconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace lathe {

// Reads a promptfoo config (YAML or JSON) into Lathe's terms:
//  - prompts: strings (templates, or chat JSON: an array of {role, content}), {raw|id, label}
//    objects, a {path: label} map; file:// paths relative to the config (.txt/.md and other
//    text split on lines holding only "---", .json chat or text, .yaml chat messages);
//    each template must parse with Lathe's template engine (docs/TEMPLATES.md);
//  - providers: see PromptfooProviders;
//  - tests: a list of test objects and/or file:// paths (CSV in promptfoo's format, YAML or
//    JSON test lists), or one such path; vars holding lists expand into one test per
//    combination, as promptfoo does; file:// var values are read as text;
//  - defaultTest: assert, vars and threshold.
// Asserts Lathe cannot run (python, webhooks, model-graded types without a judge, transforms,
// file-based values) are left out. Everything left out is named in PromptfooConfig::
// unsupported, never dropped silently; that includes every key Lathe does not read.
//
// Fails (nullopt, *error) only when the file is not a promptfoo config at all (not YAML, not
// a mapping, an unreadable referenced file), or when nothing runnable is left: no prompt, no
// provider or no test.
class PromptfooConfigReader final
{
    Q_DECLARE_TR_FUNCTIONS(PromptfooConfigReader)
public:
    struct Environment
    {
        QString baseDir;   // file:// paths are relative to it
        // Reads a file (an absolute path); nullopt with *error when it cannot.
        std::function<std::optional<QByteArray>(const QString &path, QString *error)> readFile;
        // An environment variable's value, empty when unset.
        std::function<QString(const QString &name)> variable;
    };

    // Reads the config at `path` with the process environment and the disk.
    static std::optional<PromptfooConfig> read(const QString &path, QString *error);
    static std::optional<PromptfooConfig> parse(const QByteArray &text, const Environment &environment,
                                                QString *error);
    // The most tests one config may expand to.
    static constexpr qsizetype kMaxTests = 100000;
};

} // namespace lathe
