#include "requestbuilder.h"

#include <QCryptographicHash>

namespace lathe {

using namespace Qt::StringLiterals;

bool RequestBuilder::build(const PlannedColumn &column, const QJsonObject &vars, ChatRequest *out, QString *error)
{
    out->messages.clear();
    out->messages.reserve(column.templates.size());
    for (qsizetype i = 0; i < column.templates.size(); ++i) {
        TemplateError renderError;
        QString text = column.templates.at(i)->render(vars, &renderError);
        if (renderError) {
            *error = describe(renderError);
            return false;
        }
        out->messages.append({column.roles.value(i, u"user"_s), std::move(text)});
    }
    out->params = column.params;
    return true;
}

QString RequestBuilder::cacheKey(const PlannedProvider &provider, const ChatRequest &request, int repeat,
                                 QByteArray *body, QString *error)
{
    const HttpRequest http = provider.protocol->buildChat(request, false, provider.config, QByteArray(), error);
    if (!error->isEmpty())
        return {};
    *body = http.body;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(ProviderConfig::kindName(provider.config.kind).toUtf8());
    hash.addData("\n");
    hash.addData(http.url.toEncoded());
    hash.addData("\n");
    hash.addData(http.body);
    if (repeat > 0) {
        hash.addData("\nrepeat ");
        hash.addData(QByteArray::number(repeat));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString RequestBuilder::describe(const TemplateError &error)
{
    return u"template error at %1:%2: %3"_s.arg(error.line).arg(error.column).arg(error.message);
}

} // namespace lathe
