// lathe-cli prompt diff|render: compare two prompt versions; render a version with variables.
#include "commandregistry.h"
#include "promptcommandsupport.h"

#include "diff/promptdiff.h"
#include "prompt/template.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));

int diff(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two prompt versions (parameters, then the template or each chat message).\n"
        "References: NAME@VERSION, NAME@LABEL, NAME@latest or NAME@draft."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("LEFT"), QStringLiteral("The older side."));
    parser.addPositionalArgument(QStringLiteral("RIGHT"), QStringLiteral("The newer side."));
    const QCommandLineOption context({QStringLiteral("U"), QStringLiteral("context")}, QStringLiteral("Lines of context (default 3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption exitCode(QStringLiteral("exit-code"), QStringLiteral("Exit with 1 when the sides differ."));
    parser.addOptions({context, exitCode, kJson});
    if (auto code = ctx.parse(parser, 3, 3))
        return *code;
    bool ok = false;
    const int lines = parser.value(context).toInt(&ok);
    if (!ok || lines < 0)
        return ctx.fail(UsageError, QStringLiteral("--context expects a whole number"));
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    PromptStore store(ws->database());
    const auto left = resolveContent(ctx, store, parser.positionalArguments().at(1));
    if (!left)
        return BadInput;
    const auto right = resolveContent(ctx, store, parser.positionalArguments().at(2));
    if (!right)
        return BadInput;
    const PromptDiff d = PromptDiff::compare(PromptSnapshot::fromContent(left->content), PromptSnapshot::fromContent(right->content));
    const QString unified = d.unifiedDiff(left->label, right->label, lines);
    if (parser.isSet(kJson)) {
        QJsonArray params;
        for (const ParameterChange &p : d.parameters()) {
            if (p.kind == ParameterChange::Kind::Unchanged)
                continue;
            static const char *kinds[] = {"unchanged", "added", "removed", "changed"};
            params.append(QJsonObject{{QStringLiteral("key"), p.key}, {QStringLiteral("change"), QLatin1StringView(kinds[int(p.kind)])},
                                      {QStringLiteral("old"), p.oldValue}, {QStringLiteral("new"), p.newValue}});
        }
        ctx.printJson({{QStringLiteral("left"), left->label}, {QStringLiteral("right"), right->label},
                       {QStringLiteral("identical"), d.identical()}, {QStringLiteral("parameters"), params},
                       {QStringLiteral("unified"), unified}});
    } else {
        ctx.out << unified;
    }
    return parser.isSet(exitCode) && !d.identical() ? WorkFailed : Success;
}

bool readVars(CliContext &ctx, const QByteArray &bytes, const QString &source, QJsonObject *vars)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        ctx.fail(BadInput, QStringLiteral("%1: expected a JSON object of variables (%2 at offset %3)")
                               .arg(source, pe.error == QJsonParseError::NoError ? QStringLiteral("not an object") : pe.errorString())
                               .arg(pe.offset));
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        vars->insert(it.key(), it.value());
    return true;
}

int render(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Render a prompt version with variables, as a run would send it."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("PROMPT"), QStringLiteral("NAME, NAME@VERSION, NAME@LABEL or NAME@draft."));
    const QCommandLineOption vars(QStringLiteral("vars"), QStringLiteral("Variables as a JSON object."), QStringLiteral("JSON"));
    const QCommandLineOption varsFile(QStringLiteral("vars-file"), QStringLiteral("Variables from a JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption lenient(QStringLiteral("lenient"), QStringLiteral("Render undefined variables as empty instead of failing."));
    parser.addOptions({vars, varsFile, lenient, kJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    QJsonObject values;
    if (parser.isSet(varsFile)) {
        QFile f(parser.value(varsFile));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(BadInput, QStringLiteral("cannot read %1: %2").arg(parser.value(varsFile), f.errorString()));
        if (!readVars(ctx, f.readAll(), parser.value(varsFile), &values))
            return BadInput;
    }
    if (parser.isSet(vars) && !readVars(ctx, parser.value(vars).toUtf8(), QStringLiteral("--vars"), &values))
        return BadInput;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    PromptStore store(ws->database());
    const auto resolved = resolveContent(ctx, store, parser.positionalArguments().at(1));
    if (!resolved)
        return BadInput;
    RenderOptions options;
    options.strictUndefined = !parser.isSet(lenient);

    const PromptContent &c = resolved->content;
    const QStringList templates = c.templates();
    QStringList outputs;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QString where = c.kind == PromptContent::Kind::Chat
            ? QStringLiteral("%1 message %2 (%3)").arg(resolved->label).arg(i + 1).arg(c.messages[i].role)
            : resolved->label;
        TemplateError error;
        const auto tmpl = Template::parse(templates[i], &error);
        QString text = tmpl ? tmpl->render(values, &error, options) : QString();
        if (error)
            return ctx.fail(BadInput, QStringLiteral("%1: %2").arg(where, error.toString()));
        outputs << text;
    }
    if (parser.isSet(kJson)) {
        if (c.kind == PromptContent::Kind::Text) {
            ctx.printJson({{QStringLiteral("prompt"), resolved->label}, {QStringLiteral("text"), outputs.value(0)}});
        } else {
            QJsonArray messages;
            for (qsizetype i = 0; i < outputs.size(); ++i)
                messages.append(QJsonObject{{QStringLiteral("role"), c.messages[i].role}, {QStringLiteral("content"), outputs[i]}});
            ctx.printJson({{QStringLiteral("prompt"), resolved->label}, {QStringLiteral("messages"), messages}});
        }
        return Success;
    }
    PromptContent rendered = c;
    rendered.templateText = outputs.value(0);
    for (qsizetype i = 0; i < rendered.messages.size(); ++i)
        rendered.messages[i].content = outputs.value(i);
    ctx.out << renderContentText(rendered);
    return Success;
}

} // namespace

void registerPromptDiffRender(CommandRegistry &registry)
{
    const QString g = QStringLiteral("prompt");
    registry.add({g, QStringLiteral("diff"), QStringLiteral("Compare two versions (unified diff)"), diff});
    registry.add({g, QStringLiteral("render"), QStringLiteral("Render a version with variables"), render});
}

} // namespace lathe::cli
