#include "promptfooconfigreader.h"

#include "promptfooproviders.h"
#include "promptfootestfile.h"

#include "eval/judge/judgescorer.h"
#include "eval/scorers/scorerregistry.h"
#include "eval/scorers/scorerspec.h"
#include "eval/scorers/yamljson.h"
#include "prompt/template.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lathe {

namespace {

using namespace Qt::StringLiterals;

struct Context
{
    const PromptfooConfigReader::Environment &env;
    PromptfooConfig &config;
    QString error;

    void unsupported(const QString &line) { config.unsupported.append(line); }

    // The bytes of a file:// reference, or nullopt with `error` set.
    std::optional<QByteArray> load(const QString &reference)
    {
        const QString path = QDir::cleanPath(QDir(env.baseDir).filePath(reference.mid(7)));
        QString why;
        std::optional<QByteArray> bytes = env.readFile ? env.readFile(path, &why) : std::nullopt;
        if (!bytes)
            error = PromptfooConfigReader::tr("cannot read %1: %2").arg(reference, why.isEmpty() ? u"no file access"_s : why);
        return bytes;
    }
};

bool isFile(const QJsonValue &v)
{
    return v.isString() && v.toString().startsWith(u"file://"_s);
}

bool isGlob(const QString &s)
{
    return s.contains(u'*') || s.contains(u'?') || s.contains(u'{');
}

// Asserts Lathe can run, in promptfoo's syntax; the rest named in ctx.
QJsonArray mapAsserts(Context &ctx, const QJsonValue &list, const QString &where)
{
    QJsonArray out;
    const QJsonArray items = list.isArray() ? list.toArray() : QJsonArray{list};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = u"%1.assert[%2]"_s.arg(where).arg(i + 1);
        QString why;
        const std::optional<ScorerSpec> spec = ScorerSpec::fromJson(items[i], &why);
        if (!spec) {
            ctx.unsupported(u"%1: %2"_s.arg(at, why));
            continue;
        }
        const QString name = u"%1 (%2)"_s.arg(at, spec->fullType());
        ScorerSpec mapped = *spec;
        QStringList problems;
        const bool judge = JudgeScorer::types().contains(spec->type);
        for (auto it = spec->extra.begin(); it != spec->extra.end(); ++it) {
            if (judge && it.key() == u"rubricPrompt"_s)
                continue;
            if (judge && it.key() == u"provider"_s) {
                // A promptfoo provider id, not a stored provider: the judge comes from the command line.
                mapped.extra.remove(it.key());
                ctx.unsupported(PromptfooConfigReader::tr("%1: the grading provider is not mapped; the judge is "
                                                          "--judge-provider/--judge-model").arg(name));
                continue;
            }
            problems.append(PromptfooConfigReader::tr("'%1' is not supported").arg(it.key()));
        }
        if (isFile(spec->value))
            problems.append(PromptfooConfigReader::tr("values from files are not supported"));
        if (ScorerRegistry::support(spec->type) != ScorerRegistry::Support::Available)
            problems.append(ScorerRegistry::unavailableReason(*spec));
        else if (const QString bad = ScorerRegistry::check(mapped); !bad.isEmpty())
            problems.append(bad);
        if (!problems.isEmpty()) {
            ctx.unsupported(PromptfooConfigReader::tr("%1: %2; left out").arg(name, problems.join(u"; "_s)));
            continue;
        }
        out.append(mapped.toJson());
    }
    return out;
}

// Adds `text` as one prompt per "---"-separated part, if it parses as a template.
void addTemplatePrompt(Context &ctx, const PromptContent &content, const QString &label, const QString &where)
{
    for (const QString &t : content.templates()) {
        TemplateError e;
        if (!Template::parse(t, &e)) {
            ctx.unsupported(PromptfooConfigReader::tr("%1: the template does not parse in Lathe (%2 at %3:%4); left out")
                                .arg(where, e.message).arg(e.line).arg(e.column));
            return;
        }
    }
    ctx.config.prompts.append({label, content});
}

// Chat JSON: an array of {role, content} with string contents.
std::optional<PromptContent> chatContent(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return std::nullopt;
    PromptContent c;
    c.kind = PromptContent::Kind::Chat;
    for (const QJsonValue &m : value.toArray()) {
        const QJsonObject o = m.toObject();
        if (!o.value(u"role"_s).isString() || !o.value(u"content"_s).isString())
            return std::nullopt;
        c.messages.append({o.value(u"role"_s).toString(), o.value(u"content"_s).toString()});
    }
    return c;
}

void addPromptText(Context &ctx, const QString &text, const QString &label, const QString &where)
{
    if (text.trimmed().startsWith(u'[')) {
        if (const auto chat = chatContent(QJsonDocument::fromJson(text.toUtf8()).array()); chat && !chat->messages.isEmpty()) {
            addTemplatePrompt(ctx, *chat, label, where);
            return;
        }
    }
    PromptContent c;
    c.templateText = text;
    addTemplatePrompt(ctx, c, label, where);
}

bool addPrompt(Context &ctx, const QString &source, QString label, const QString &where)
{
    if (!source.startsWith(u"file://"_s)) {
        addPromptText(ctx, source, label.isEmpty() ? u"prompt %1"_s.arg(ctx.config.prompts.size() + 1) : label, where);
        return true;
    }
    const QString path = source.mid(7);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (isGlob(path) || path.contains(u':') || QStringList{u"py"_s, u"js"_s, u"ts"_s, u"mjs"_s, u"cjs"_s}.contains(suffix)) {
        ctx.unsupported(PromptfooConfigReader::tr("%1 (%2): globs and prompt functions are not supported; left out")
                            .arg(where, source));
        return true;
    }
    const std::optional<QByteArray> bytes = ctx.load(source);
    if (!bytes)
        return false;
    if (label.isEmpty())
        label = QFileInfo(path).fileName();
    if (suffix == u"json"_s || suffix == u"yaml"_s || suffix == u"yml"_s) {
        QString why;
        const std::optional<QJsonValue> v = YamlJson::parse(*bytes, &why);
        if (const auto chat = v ? chatContent(*v) : std::nullopt) {
            addTemplatePrompt(ctx, *chat, label, where);
        } else if (v && v->isString()) {
            addPromptText(ctx, v->toString(), label, where);
        } else {
            ctx.unsupported(PromptfooConfigReader::tr("%1 (%2): not chat messages ([{role, content}]) or text; left out")
                                .arg(where, source));
        }
        return true;
    }
    static const QRegularExpression separator(u"^---$"_s, QRegularExpression::MultilineOption);
    const QStringList parts = QString::fromUtf8(*bytes).split(separator);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString text = parts[i].trimmed();
        if (!text.isEmpty())
            addPromptText(ctx, text, parts.size() > 1 ? u"%1 #%2"_s.arg(label).arg(i + 1) : label, where);
    }
    return true;
}

bool readPrompts(Context &ctx, const QJsonValue &prompts)
{
    if (prompts.isObject()) {   // {path: label}
        const QJsonObject o = prompts.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!addPrompt(ctx, it.key(), it.value().toString(), u"prompts.%1"_s.arg(it.key())))
                return false;
        }
        return true;
    }
    const QJsonArray list = prompts.isArray() ? prompts.toArray() : QJsonArray{prompts};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"prompts[%1]"_s.arg(i + 1);
        const QJsonValue p = list[i];
        if (p.isString()) {
            if (!addPrompt(ctx, p.toString(), {}, where))
                return false;
        } else if (p.isObject()) {
            const QJsonObject o = p.toObject();
            const QString label = o.value(u"label"_s).toString();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!QStringList{u"id"_s, u"raw"_s, u"label"_s}.contains(it.key()))
                    ctx.unsupported(PromptfooConfigReader::tr("%1: '%2' is not supported").arg(where, it.key()));
            }
            if (o.value(u"raw"_s).isArray()) {
                if (const auto chat = chatContent(o.value(u"raw"_s)))
                    addTemplatePrompt(ctx, *chat, label.isEmpty() ? u"prompt %1"_s.arg(i + 1) : label, where);
            } else if (!addPrompt(ctx, o.value(o.contains(u"raw"_s) ? u"raw"_s : u"id"_s).toString(), label, where)) {
                return false;
            }
        } else {
            ctx.unsupported(PromptfooConfigReader::tr("%1: not a prompt; left out").arg(where));
        }
    }
    return true;
}

// A test's vars with lists expanded into one set of vars per combination.
QList<QJsonObject> expand(const QJsonObject &vars)
{
    QList<QJsonObject> out{QJsonObject()};
    for (auto it = vars.begin(); it != vars.end(); ++it) {
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        QList<QJsonObject> next;
        for (const QJsonObject &partial : std::as_const(out)) {
            for (const QJsonValue &v : values) {
                QJsonObject o = partial;
                o.insert(it.key(), v);
                next.append(o);
                if (next.size() > PromptfooConfigReader::kMaxTests)
                    return next;
            }
        }
        out = next;
    }
    return out;
}

// file:// var values become the file's text.
bool resolveVars(Context &ctx, QJsonObject &vars, const QString &where)
{
    for (auto it = vars.begin(); it != vars.end(); ++it) {
        if (!isFile(it.value()))
            continue;
        const QString ref = it.value().toString();
        const QString suffix = QFileInfo(ref).suffix().toLower();
        if (isGlob(ref) || QStringList{u"py"_s, u"js"_s, u"ts"_s}.contains(suffix)) {
            ctx.unsupported(PromptfooConfigReader::tr("%1.vars.%2 (%3): globs and var functions are not supported; "
                                                      "the reference is kept as text").arg(where, it.key(), ref));
            continue;
        }
        const std::optional<QByteArray> bytes = ctx.load(ref);
        if (!bytes)
            return false;
        it.value() = QString::fromUtf8(*bytes);
    }
    return true;
}

bool addTest(Context &ctx, const QJsonObject &test, const QString &where, const QJsonObject &defaultVars)
{
    PromptfooTest t;
    QJsonObject vars = defaultVars;
    const QJsonObject own = test.value(u"vars"_s).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        vars.insert(it.key(), it.value());
    for (auto it = test.begin(); it != test.end(); ++it) {
        const QString &key = it.key();
        if (key == u"description"_s)
            t.description = it.value().toString();
        else if (key == u"assert"_s)
            t.asserts = mapAsserts(ctx, it.value(), where);
        else if (key == u"threshold"_s && it.value().isDouble())
            t.threshold = it.value().toDouble();
        else if (key != u"vars"_s && key != u"metadata"_s)
            ctx.unsupported(PromptfooConfigReader::tr("%1: '%2' is not supported").arg(where, key));
    }
    if (!resolveVars(ctx, vars, where))
        return false;
    for (const QJsonObject &v : expand(vars)) {
        if (ctx.config.tests.size() >= PromptfooConfigReader::kMaxTests) {
            ctx.error = PromptfooConfigReader::tr("more than %1 tests").arg(PromptfooConfigReader::kMaxTests);
            return false;
        }
        t.vars = v;
        ctx.config.tests.append(t);
    }
    return true;
}

bool readTests(Context &ctx, const QJsonValue &tests, const QJsonObject &defaultVars)
{
    const QJsonArray list = tests.isArray() ? tests.toArray() : QJsonArray{tests};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"tests[%1]"_s.arg(i + 1);
        if (list[i].isObject()) {
            if (!addTest(ctx, list[i].toObject(), where, defaultVars))
                return false;
        } else if (isFile(list[i]) && !isGlob(list[i].toString())) {
            const QString ref = list[i].toString();
            const std::optional<QByteArray> bytes = ctx.load(ref);
            if (!bytes)
                return false;
            QList<QJsonObject> objects;
            QStringList notes;
            if (!PromptfooTestFile::read(*bytes, QFileInfo(ref.mid(7)).fileName(), &objects, &notes, &ctx.error))
                return false;
            for (const QString &n : std::as_const(notes))
                ctx.unsupported(u"%1 (%2): %3"_s.arg(where, ref, n));
            for (qsizetype j = 0; j < objects.size(); ++j) {
                if (!addTest(ctx, objects[j], u"%1 (%2) test %3"_s.arg(where, ref).arg(j + 1), defaultVars))
                    return false;
            }
        } else {
            ctx.unsupported(PromptfooConfigReader::tr("%1: only test objects and file:// paths to CSV, YAML or JSON "
                                                      "files are supported (no globs, no generators); left out").arg(where));
        }
    }
    return true;
}

} // namespace

QStringList PromptfooConfig::variables() const
{
    QStringList names;
    for (const PromptfooTest &t : tests) {
        for (auto it = t.vars.begin(); it != t.vars.end(); ++it) {
            if (!names.contains(it.key()))
                names.append(it.key());
        }
    }
    return names;
}

std::optional<PromptfooConfig> PromptfooConfigReader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Environment env;
    env.baseDir = QFileInfo(path).absolutePath();
    env.readFile = [](const QString &p, QString *why) -> std::optional<QByteArray> {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly)) {
            *why = f.errorString();
            return std::nullopt;
        }
        return f.readAll();
    };
    env.variable = [](const QString &name) { return qEnvironmentVariable(name.toLocal8Bit().constData()); };
    return parse(file.readAll(), env, error);
}

std::optional<PromptfooConfig> PromptfooConfigReader::parse(const QByteArray &text, const Environment &environment,
                                                            QString *error)
{
    const std::optional<QJsonValue> root = YamlJson::parse(text, error);
    if (!root)
        return std::nullopt;
    if (!root->isObject()) {
        *error = tr("a promptfoo config is a mapping with prompts, providers and tests");
        return std::nullopt;
    }
    PromptfooConfig config;
    Context ctx{environment, config, {}};
    const QJsonObject o = root->toObject();
    const QStringList known{u"description"_s, u"prompts"_s, u"providers"_s, u"tests"_s, u"defaultTest"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            ctx.unsupported(tr("'%1' is not supported; left out").arg(it.key()));
    }
    config.description = o.value(u"description"_s).toString();
    if (!readPrompts(ctx, o.value(u"prompts"_s))) {
        *error = ctx.error;
        return std::nullopt;
    }
    const QJsonValue providers = o.value(u"providers"_s);
    const QJsonArray providerList = providers.isArray() ? providers.toArray() : QJsonArray{providers};
    for (qsizetype i = 0; i < providerList.size(); ++i) {
        if (auto p = PromptfooProviders::map(providerList[i], int(i + 1), environment.variable
                                                 ? environment.variable
                                                 : [](const QString &) { return QString(); },
                                             &config.unsupported))
            config.providers.append(*p);
    }
    QJsonObject defaultVars;
    const QJsonValue defaultTest = o.value(u"defaultTest"_s);
    if (defaultTest.isObject()) {
        const QJsonObject d = defaultTest.toObject();
        for (auto it = d.begin(); it != d.end(); ++it) {
            if (it.key() == u"assert"_s)
                config.defaultAsserts = mapAsserts(ctx, it.value(), u"defaultTest"_s);
            else if (it.key() == u"vars"_s)
                defaultVars = it.value().toObject();
            else if (it.key() == u"threshold"_s && it.value().isDouble())
                config.defaultThreshold = it.value().toDouble();
            else if (it.key() != u"metadata"_s)
                ctx.unsupported(tr("defaultTest: '%1' is not supported").arg(it.key()));
        }
    } else if (!defaultTest.isUndefined()) {
        ctx.unsupported(tr("defaultTest: only an inline mapping is supported; left out"));
    }
    if (!readTests(ctx, o.value(u"tests"_s), defaultVars)) {
        *error = ctx.error;
        return std::nullopt;
    }
    if (config.tests.isEmpty() && !o.contains(u"tests"_s))
        config.tests.append({QString(), defaultVars, {}, std::nullopt});   // promptfoo runs each prompt once
    QString problem;
    if (config.prompts.isEmpty())
        problem = tr("no prompt Lathe can run");
    else if (config.providers.isEmpty())
        problem = tr("no provider Lathe can call");
    else if (config.tests.isEmpty())
        problem = tr("no tests");
    if (!problem.isEmpty()) {
        if (!config.unsupported.isEmpty())
            problem += tr(" (left out: %1)").arg(config.unsupported.join(u"; "_s));
        *error = problem;
        return std::nullopt;
    }
    return config;
}

} // namespace lathe
