#include "modellistcall.h"

#include "chatprotocol.h"
#include "httpclient.h"
#include "httpreply.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lathe {

using namespace Qt::StringLiterals;

ModelListCall::ModelListCall(std::shared_ptr<const ChatProtocol> protocol, QByteArray apiKey,
                             QObject *parent)
    : QObject(parent)
    , m_protocol(std::move(protocol))
    , m_apiKey(std::move(apiKey))
{
}

ModelListCall::~ModelListCall() = default;

void ModelListCall::start(HttpClient &http, const HttpRequest &request)
{
    HttpReply *reply = http.send(request, this);
    connect(reply, &HttpReply::finished, this, &ModelListCall::onFinished);
}

void ModelListCall::failEarly(const QString &message)
{
    m_errorKind = ErrorKind::Config;
    m_errorMessage = message;
    QMetaObject::invokeMethod(this, &ModelListCall::finish, Qt::QueuedConnection);
}

void ModelListCall::onFinished(const HttpResult &r)
{
    m_httpStatus = r.status;
    if (r.error == ErrorKind::Http) {
        const QString message = ChatProtocol::providerMessage(r.body);
        m_errorKind = ErrorKind::Http;
        m_errorMessage = message.isEmpty() ? r.errorString : u"HTTP %1: %2"_s.arg(r.status).arg(message);
    } else if (r.error != ErrorKind::None) {
        m_errorKind = r.error;
        m_errorMessage = r.errorString;
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject()) {
            m_models = m_protocol->parseModelList(doc.object());
        } else {
            m_errorKind = ErrorKind::Protocol;
            m_errorMessage = QCoreApplication::translate("lathe::ModelListCall",
                                                         "The model list is not a JSON object.");
        }
    }
    finish();
}

void ModelListCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_apiKey.size() >= 4)
        m_errorMessage.replace(QString::fromUtf8(m_apiKey), u"[redacted]"_s);
    emit finished();
}

} // namespace lathe
