#include "utf8map.h"

#include <algorithm>

namespace lathe {

namespace {

// Length of a well-formed UTF-8 sequence starting at `i` and its code point, or 0 when the
// bytes there are malformed (overlong, surrogate, out of range, truncated).
int decodeOne(QByteArrayView s, qsizetype i, char32_t *cp)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    int len = 0;
    char32_t c = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2; c = b0 & 0x1F; min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3; c = b0 & 0x0F; min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4; c = b0 & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

int utf8Units(char32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

} // namespace

Utf8Map::Utf8Map(QByteArrayView utf8)
{
    m_text.reserve(utf8.size());
    m_byteAt.reserve(utf8.size() + 1);
    qsizetype i = 0;
    while (i < utf8.size()) {
        char32_t cp = 0;
        int len = decodeOne(utf8, i, &cp);
        if (len == 0) {
            cp = 0xFFFD;
            len = 1;
        }
        if (QChar::requiresSurrogates(cp)) {
            m_text.append(QChar(QChar::highSurrogate(cp)));
            m_text.append(QChar(QChar::lowSurrogate(cp)));
            m_byteAt.append(i);
            m_byteAt.append(i);
        } else {
            m_text.append(QChar(static_cast<char16_t>(cp)));
            m_byteAt.append(i);
        }
        i += len;
    }
    m_byteAt.append(utf8.size());
}

qsizetype Utf8Map::byteOffset(qsizetype utf16) const
{
    if (m_byteAt.isEmpty())
        return 0;
    return m_byteAt.at(std::clamp<qsizetype>(utf16, 0, m_byteAt.size() - 1));
}

qsizetype Utf8Map::utf16Offset(qsizetype byte) const
{
    if (m_byteAt.isEmpty() || byte <= 0)
        return 0;
    // First code unit whose byte offset is greater than `byte`, then back to the unit that
    // starts the character containing it.
    auto it = std::upper_bound(m_byteAt.cbegin(), m_byteAt.cend(), byte);
    if (it == m_byteAt.cbegin())
        return 0;
    --it;
    const qsizetype start = *it;
    it = std::lower_bound(m_byteAt.cbegin(), it, start);
    return std::min<qsizetype>(it - m_byteAt.cbegin(), m_text.size());
}

qsizetype Utf8Map::utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else if (c.isSurrogate()) {
            bytes += 3;
        } else {
            bytes += utf8Units(c.unicode());
        }
    }
    return bytes;
}

QList<qsizetype> Utf8Map::byteOffsets(QStringView text, const QList<qsizetype> &ascendingUtf16)
{
    QList<qsizetype> out;
    out.reserve(ascendingUtf16.size());
    qsizetype pos16 = 0;
    qsizetype bytes = 0;
    for (const qsizetype target : ascendingUtf16) {
        const qsizetype clamped = std::clamp<qsizetype>(target, pos16, text.size());
        bytes += utf8Size(text.sliced(pos16, clamped - pos16));
        pos16 = clamped;
        out.append(bytes);
    }
    return out;
}

} // namespace lathe
