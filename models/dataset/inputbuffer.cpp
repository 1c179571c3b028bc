#include "inputbuffer.h"

#include <QIODevice>

#include <cstring>

namespace lathe {

QString InputBuffer::binaryMessage()
{
    return tr("NUL byte: this looks like a binary file, not text");
}

QString InputBuffer::invalidMessage(unsigned char byte)
{
    return tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
        .arg(QString::number(byte, 16).toUpper().rightJustified(2, u'0'));
}

InputBuffer::InputBuffer(QIODevice *device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize)
{
}

bool InputBuffer::fill()
{
    if (!m_problem.isEmpty() || m_eof)
        return false;
    m_base += m_chunk.size();
    m_chunk.resize(m_chunkSize);
    const qint64 n = m_device->read(m_chunk.data(), m_chunkSize);
    if (n < 0) {
        m_chunk.clear();
        m_problem = tr("cannot read the file: %1").arg(m_device->errorString());
        m_problemOffset = m_base;
        return false;
    }
    m_chunk.resize(n);
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_chunk.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        } else if (m_chunk.startsWith("\xFF\xFE") || m_chunk.startsWith("\xFE\xFF")) {
            m_problem = tr("the file is UTF-16 text; save it as UTF-8");
            m_problemOffset = 0;
            m_end = 0;
            return false;
        }
    }
    if (n == 0) {
        m_eof = true;
        m_end = 0;
        if (m_pending > 0) {
            m_problem = tr("invalid UTF-8: the file ends inside a multi-byte character");
            m_problemOffset = m_leadOffset;
        }
        return false;
    }
    if (m_base == 0) {
        // Like git: a NUL byte near the start means a binary file, whatever comes before it.
        const qsizetype head = std::min<qsizetype>(m_chunk.size(), 8000);
        if (const void *nul = std::memchr(m_chunk.constData(), 0, size_t(head))) {
            m_problem = binaryMessage();
            m_problemOffset = static_cast<const char *>(nul) - m_chunk.constData();
            m_end = 0;
            return false;
        }
    }
    m_end = scan(m_pos);
    if (m_pos < m_end)
        return true;
    if (!m_problem.isEmpty())
        return false;
    return fill(); // a chunk that held only the byte order mark
}

qsizetype InputBuffer::scan(qsizetype from)
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_chunk.constData());
    const qsizetype size = m_chunk.size();
    qsizetype i = from;
    auto fail = [&](qint64 offset, const QString &message) {
        m_problem = message;
        m_problemOffset = offset;
        // Usable bytes end at the problem, or at this chunk's start when the problem began in
        // an earlier chunk (a broken multi-byte sequence).
        return qsizetype(std::max<qint64>(offset - m_base, from));
    };
    while (i < size) {
        if (m_pending == 0) {
            // Eight plain ASCII bytes at a time: no high bit and no zero byte.
            while (i + 8 <= size) {
                quint64 w;
                std::memcpy(&w, s + i, 8);
                if ((w & 0x8080808080808080ULL) || ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
                    break;
                i += 8;
            }
            if (i >= size)
                break;
            const unsigned char c = s[i];
            if (c == 0)
                return fail(m_base + i, binaryMessage());
            if (c < 0x80) {
                ++i;
                continue;
            }
            m_leadOffset = m_base + i;
            m_leadByte = c;
            m_lo = 0x80;
            m_hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                m_pending = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                m_pending = 2;
                if (c == 0xE0)
                    m_lo = 0xA0;      // no overlong forms
                else if (c == 0xED)
                    m_hi = 0x9F;      // no UTF-16 surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                m_pending = 3;
                if (c == 0xF0)
                    m_lo = 0x90;
                else if (c == 0xF4)
                    m_hi = 0x8F;      // nothing above U+10FFFF
            } else {
                return fail(m_base + i, invalidMessage(c));
            }
            ++i;
            continue;
        }
        const unsigned char c = s[i];
        if (c < m_lo || c > m_hi) {
            m_pending = 0;
            return fail(m_leadOffset, invalidMessage(m_leadByte));
        }
        m_lo = 0x80;
        m_hi = 0xBF;
        --m_pending;
        ++i;
    }
    return size;
}

} // namespace lathe
