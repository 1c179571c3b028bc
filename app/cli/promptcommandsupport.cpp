#include "promptcommandsupport.h"

#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace lathe::cli {

std::unique_ptr<Workspace> openWorkspace(CliContext &ctx, const QString &path, bool readOnly)
{
    WorkspaceError error;
    Workspace::OpenOptions options;
    options.readOnly = readOnly;
    auto ws = Workspace::open(path, options, &error);
    if (!ws)
        ctx.fail(BadInput, error.message);
    else if (!readOnly && ws->isReadOnly())
        ctx.err << "lathe-cli " << ctx.commandName << ": warning: " << ws->readOnlyReason() << Qt::endl;
    return ws;
}

std::optional<ResolvedContent> resolveContent(CliContext &ctx, PromptStore &store, const QString &reference)
{
    if (reference.endsWith(QLatin1StringView("@draft"))) {
        const QString name = reference.chopped(6);
        const auto info = store.find(name);
        if (!info) {
            ctx.fail(BadInput, QStringLiteral("there is no prompt named '%1'").arg(name));
            return std::nullopt;
        }
        return ResolvedContent{store.draft(info->id).content, std::nullopt, reference};
    }
    StoreError error;
    auto v = store.resolve(reference, &error);
    if (!v) {
        ctx.fail(BadInput, error.message);
        return std::nullopt;
    }
    return ResolvedContent{v->content, v, QStringLiteral("%1@%2").arg(v->promptName).arg(v->number)};
}

static bool readBytes(CliContext &ctx, const QString &path, QByteArray *bytes)
{
    QFile f;
    const bool ok = path == QLatin1StringView("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        ctx.fail(BadInput, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    *bytes = f.readAll();
    return true;
}

bool readContent(CliContext &ctx, const QString &path, bool chat, PromptContent *content)
{
    QByteArray bytes;
    if (!readBytes(ctx, path, &bytes))
        return false;
    if (!chat) {
        content->kind = PromptContent::Kind::Text;
        content->templateText = QString::fromUtf8(bytes);
        return true;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        ctx.fail(BadInput, QStringLiteral("%1: expected a JSON array of {\"role\", \"content\"} messages (%2 at offset %3)")
                               .arg(path, pe.error == QJsonParseError::NoError ? QStringLiteral("not an array") : pe.errorString())
                               .arg(pe.offset));
        return false;
    }
    content->kind = PromptContent::Kind::Chat;
    int i = 0;
    for (const QJsonValue &v : doc.array()) {
        ++i;
        const QJsonObject m = v.toObject();
        if (!m.value(QStringLiteral("role")).isString() || !m.value(QStringLiteral("content")).isString()) {
            ctx.fail(BadInput, QStringLiteral("%1: message %2 needs string fields \"role\" and \"content\"").arg(path).arg(i));
            return false;
        }
        content->messages.append({m.value(QStringLiteral("role")).toString(), m.value(QStringLiteral("content")).toString()});
    }
    return true;
}

bool readParamsFile(CliContext &ctx, const QString &path, QJsonObject *params)
{
    QByteArray bytes;
    if (!readBytes(ctx, path, &bytes))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject()) {
        ctx.fail(BadInput, QStringLiteral("%1: expected a JSON object of model parameters").arg(path));
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        params->insert(it.key(), it.value());
    return true;
}

bool applyParam(CliContext &ctx, const QString &keyValue, QJsonObject *params)
{
    const qsizetype eq = keyValue.indexOf(u'=');
    if (eq <= 0) {
        ctx.fail(UsageError, QStringLiteral("--param expects KEY=VALUE, got '%1'").arg(keyValue));
        return false;
    }
    const QString key = keyValue.left(eq);
    const QString value = keyValue.mid(eq + 1);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + ']');
    params->insert(key, doc.isArray() && doc.array().size() == 1 ? doc.array().at(0) : QJsonValue(value));
    return true;
}

QString renderContentText(const PromptContent &content)
{
    if (content.kind == PromptContent::Kind::Text)
        return content.templateText.endsWith(u'\n') ? content.templateText : content.templateText + u'\n';
    QString out;
    for (const ChatMessage &m : content.messages)
        out += QStringLiteral("## ") + m.role + u'\n' + m.content + (m.content.endsWith(u'\n') ? u"\n" : u"\n\n");
    return out;
}

} // namespace lathe::cli
