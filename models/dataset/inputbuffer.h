#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace lathe {

// The streaming readers' view of a file: one chunk in memory at a time (never the whole
// file). While loading each chunk it checks that the bytes are UTF-8 text; the usable part of
// a chunk stops short of the first invalid sequence or NUL byte, and that problem is reported
// through problem() once the reader asks for bytes beyond it, so a reader's own earlier
// syntax error always wins. A UTF-8 byte order mark at the start is skipped; a UTF-16 one is
// a problem, and so is a NUL byte in the first 8000 bytes (a binary file), reported before
// anything else. Offsets are absolute byte offsets in the device (the BOM included).
class InputBuffer final
{
    Q_DECLARE_TR_FUNCTIONS(InputBuffer)
    Q_DISABLE_COPY_MOVE(InputBuffer)
public:
    explicit InputBuffer(QIODevice *device, qsizetype chunkSize = qsizetype(1) << 20);

    // Loads the next chunk (the current one must be consumed). False when no byte is left:
    // at the end of the input or at a problem (then problem() is non-empty).
    bool fill();
    // True when the current chunk is consumed and no further byte can be loaded.
    bool atEnd() { return m_pos >= m_end && !fill(); }

    const char *data() const { return m_chunk.constData(); }
    qsizetype pos() const { return m_pos; }
    qsizetype end() const { return m_end; }
    void setPos(qsizetype pos) { m_pos = pos; }
    char current() const { return m_chunk.at(m_pos); }
    qint64 offset(qsizetype index) const { return m_base + index; }
    qint64 currentOffset() const { return m_base + m_pos; }

    QString problem() const { return m_problem; }
    qint64 problemOffset() const { return m_problemOffset; }
    QIODevice *device() const { return m_device; }

private:
    // Index of the first invalid byte in m_chunk[from, size), or size.
    qsizetype scan(qsizetype from);
    static QString invalidMessage(unsigned char byte);
    static QString binaryMessage();

    QIODevice *m_device;
    qsizetype m_chunkSize;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_base = 0;
    bool m_started = false;
    bool m_eof = false;
    // UTF-8 decoding state carried across chunks.
    int m_pending = 0;            // continuation bytes still expected
    unsigned char m_lo = 0x80;    // allowed range of the next continuation byte
    unsigned char m_hi = 0xBF;
    qint64 m_leadOffset = 0;      // absolute offset of the current multi-byte lead
    unsigned char m_leadByte = 0;
    QString m_problem;
    qint64 m_problemOffset = -1;
};

} // namespace lathe
