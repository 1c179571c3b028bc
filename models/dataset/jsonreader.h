#pragma once

#include "inputbuffer.h"
#include "objectsource.h"

#include <QByteArray>

class QIODevice;

namespace lathe {

// Streams objects out of JSON Lines (one object per line; blank lines are skipped) or a JSON
// array of objects, holding one line or one element in memory at a time. Errors point at the
// exact line and column (see JsonParser).
class JsonReader final : public ObjectSource
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    enum class Mode { Lines, Array };

    JsonReader(QIODevice *device, const QString &fileName, Mode mode);

    // Lines when the first non-blank byte of `sample` is '{', otherwise Array.
    static Mode detectMode(QByteArrayView sample);

    bool next(SourceObject &object) override;

private:
    bool nextLine(SourceObject &object);
    bool nextElement(SourceObject &object);
    bool parse(const QByteArray &text, qint64 start, SourceObject &object);
    // Skips JSON whitespace; false at the end of the input (or at an encoding problem).
    bool skipSpace();
    bool failAt(qint64 offset, const QString &message, qint64 related = -1);
    bool failProblemOr(qint64 offset, const QString &message, qint64 related = -1);

    enum class State { BeforeArray, FirstElement, Element, AfterElement, Done };

    QIODevice *m_device;
    QString m_fileName;
    InputBuffer m_in;
    Mode m_mode;
    State m_state = State::BeforeArray;
    qint64 m_arrayOffset = 0;
    bool m_sawObject = false;
    QByteArray m_text;   // the current line or array element
};

} // namespace lathe
