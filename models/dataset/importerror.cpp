#include "importerror.h"

#include <QIODevice>

namespace lathe {

QString ImportError::toString() const
{
    if (line <= 0)
        return fileName + QStringLiteral(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(message);
}

ImportError::Position ImportError::locate(QIODevice *device, qint64 offset)
{
    Position pos;
    if (!device || device->isSequential())
        return pos;
    const qint64 saved = device->pos();
    device->seek(0);
    const bool bom = device->peek(3) == QByteArrayView("\xEF\xBB\xBF");
    qint64 at = 0;
    bool previousCr = false;
    QByteArray chunk;
    while (at < offset) {
        chunk = device->read(std::min<qint64>(1 << 20, offset - at));
        if (chunk.isEmpty())
            break;
        for (qsizetype i = 0; i < chunk.size(); ++i, ++at) {
            const auto c = static_cast<unsigned char>(chunk.at(i));
            if (c == '\n') {
                if (!previousCr)
                    ++pos.line;
                pos.column = 1;
            } else if (c == '\r') {
                ++pos.line;
                pos.column = 1;
            } else if ((c & 0xC0) != 0x80) {
                // A code point starts here (continuation bytes do not count); a byte order
                // mark at the very start is not a character the user can see.
                if (!(at == 0 && bom))
                    ++pos.column;
            }
            previousCr = c == '\r';
        }
    }
    device->seek(saved);
    return pos;
}

ImportError ImportError::at(QIODevice *device, const QString &fileName, qint64 offset, const QString &message,
                            qint64 relatedOffset)
{
    ImportError e;
    e.fileName = fileName;
    const Position p = locate(device, offset);
    e.line = p.line;
    e.column = p.column;
    e.message = message;
    if (relatedOffset >= 0) {
        const Position r = locate(device, relatedOffset);
        e.message = message.arg(QStringLiteral("%1:%2").arg(r.line).arg(r.column));
    }
    return e;
}

} // namespace lathe
