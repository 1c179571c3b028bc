#pragma once

#include "errorkind.h"

#include <QByteArrayView>
#include <QString>

namespace lathe {

// Turns a streamed 2xx chat body into output text, incrementally. One implementation per
// protocol (SSE or NDJSON framing). After an error the decoder ignores further bytes.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;

    // Consumes the next body bytes (split anywhere) and returns the output text they
    // complete, possibly empty.
    virtual QString feed(QByteArrayView bytes) = 0;

    // The protocol's final event arrived (OpenAI "[DONE]" or a finish reason, Anthropic
    // message_stop, Ollama "done": true).
    bool isComplete() const { return m_complete; }
    bool hasError() const { return m_errorKind != ErrorKind::None; }
    ErrorKind errorKind() const { return m_errorKind; }
    const QString &errorMessage() const { return m_errorMessage; }

    const QString &text() const { return m_text; }
    const QString &finishReason() const { return m_finishReason; }
    int promptTokens() const { return m_promptTokens; }
    int completionTokens() const { return m_completionTokens; }

protected:
    void fail(ErrorKind kind, const QString &message)
    {
        if (!hasError()) {
            m_errorKind = kind;
            m_errorMessage = message;
        }
    }

    QString m_text;
    QString m_finishReason;
    int m_promptTokens = -1;
    int m_completionTokens = -1;
    bool m_complete = false;

private:
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorMessage;
};

} // namespace lathe
