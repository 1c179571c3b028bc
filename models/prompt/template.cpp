#include "prompt/template.h"

#include "prompt/tmplast.h"
#include "prompt/tmplexception.h"
#include "prompt/tmpllexer.h"
#include "prompt/tmplparser.h"
#include "prompt/tmplrenderer.h"
#include "prompt/tmplvariables.h"

#include <QStringBuilder>

namespace lathe {

struct Template::Impl
{
    QString source;
    TmplNodeList nodes;
    QStringList variables;
};

namespace {

void fillError(TemplateError *error, const QString &source, const TmplException &e)
{
    if (!error)
        return;
    TmplLexer::lineColumn(source, e.pos < 0 ? 0 : e.pos, &error->line, &error->column);
    error->message = e.message;
}

} // namespace

QString TemplateError::toString() const
{
    return QString::number(line) + u':' + QString::number(column) + u": " + message;
}

Template::Template(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

Template::~Template() = default;

std::shared_ptr<const Template> Template::parse(const QString &source, TemplateError *error)
{
    auto impl = std::make_unique<Impl>();
    impl->source = source;
    try {
        TmplLexer lexer(impl->source);
        TmplParser parser(impl->source, lexer.tokenize());
        impl->nodes = parser.parse();
    } catch (const TmplException &e) {
        fillError(error, source, e);
        return nullptr;
    }
    impl->variables = TmplVariables::collect(impl->nodes);
    if (error)
        *error = {};
    return std::shared_ptr<const Template>(new Template(std::move(impl)));
}

QString Template::render(const QJsonObject &vars, TemplateError *error, const RenderOptions &options) const
{
    try {
        TmplRenderer renderer(vars, options);
        QString out = renderer.render(d->nodes);
        if (out.isNull())
            out = QStringLiteral("");       // success is never a null string
        if (error)
            *error = {};
        return out;
    } catch (const TmplException &e) {
        fillError(error, d->source, e);
        return {};
    }
}

QStringList Template::variables() const
{
    return d->variables;
}

QString Template::source() const
{
    return d->source;
}

} // namespace lathe
