#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace lathe {

// Why an import failed, pointing at the place in the file: "tickets.csv:14:7: unterminated
// quoted field opened at 12:3". Lines and columns are 1-based; a column counts characters
// (Unicode code points), not bytes, and a byte order mark is not counted. line is 0 when the
// problem is the file as a whole (it cannot be read).
struct ImportError
{
    Q_DECLARE_TR_FUNCTIONS(ImportError)
public:
    QString fileName;   // as the user named it (file name only, no folders)
    qint64 line = 0;
    qint64 column = 0;
    QString message;

    explicit operator bool() const { return !message.isEmpty(); }

    // "file:line:col: message", or "file: message" without a position.
    QString toString() const;

    // Line and column of the byte at `offset` in `device` (which must be random access),
    // found by re-reading the device from its start. Only used on the error path.
    struct Position { qint64 line = 1; qint64 column = 1; };
    static Position locate(QIODevice *device, qint64 offset);

    // An error at byte `offset`; with `relatedOffset` >= 0 the message's "%1" is replaced by
    // that byte's "line:column" (for "... opened at %1").
    static ImportError at(QIODevice *device, const QString &fileName, qint64 offset, const QString &message,
                          qint64 relatedOffset = -1);
};

} // namespace lathe
