#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace lathe {

// Where and why a template failed to parse or render. Lines and columns are 1-based and count
// UTF-16 code units of the template source (what an editor shows for BMP text).
struct TemplateError
{
    int line = 0;
    int column = 0;
    QString message;    // e.g. "unclosed {% for %} opened at 3:5"

    explicit operator bool() const { return !message.isEmpty(); }
    // "line:column: message". The message itself never repeats its own position; it names
    // another one when that helps ("unclosed {% for %} opened at 3:5, expected {% endfor %}").
    QString toString() const;
};

struct RenderOptions
{
    // Strict (default): an undefined variable or attribute is an error naming it and its
    // position. Lenient: it renders as the empty string (and is falsy in conditions).
    bool strictUndefined = true;
    // Guards against runaway templates: rendering fails (with the position of the construct
    // that crossed the limit) once the output or any string built while rendering exceeds
    // maxOutputLength UTF-16 code units, once a list built while rendering has more than
    // maxIterations items, or once for-loop iterations and range() sizes together exceed
    // maxIterations.
    qsizetype maxOutputLength = 16 * 1024 * 1024;
    qint64 maxIterations = 1000000;
};

// A parsed Jinja2/Nunjucks-compatible template (Lathe's subset, see docs/TEMPLATES.md).
// Parse once, render many times: render() is const and safe to call from several threads at
// once on the same Template.
class Template final
{
public:
    // Returns nullptr and fills *error when `source` does not parse.
    static std::shared_ptr<const Template> parse(const QString &source, TemplateError *error);

    ~Template();

    // Renders with `vars` (JSON values: strings, numbers, booleans, null, arrays, objects).
    // On failure returns a null QString and fills *error.
    QString render(const QJsonObject &vars, TemplateError *error, const RenderOptions &options = {}) const;

    // Top-level variable names the template reads, in order of first use, without loop
    // variables, `loop`, or names the template sets itself. For dataset mapping and
    // autocompletion.
    QStringList variables() const;

    QString source() const;

    struct Impl;
private:
    explicit Template(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace lathe
