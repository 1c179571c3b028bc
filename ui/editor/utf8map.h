#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace lathe {

// Maps offsets between UTF-8 text (what Scintilla positions count: bytes) and the same text
// decoded to UTF-16 (what QString, QRegularExpression and KSyntaxHighlighting count).
//
// Decoding is done here rather than with QString::fromUtf8 so that the two sides always agree:
// every byte of a malformed sequence decodes to its own U+FFFD, so each byte belongs to exactly
// one UTF-16 code unit run. Both code units of a surrogate pair map to the pair's first byte.
class Utf8Map final
{
public:
    Utf8Map() = default;
    explicit Utf8Map(QByteArrayView utf8);

    // The decoded text.
    const QString &text() const { return m_text; }
    qsizetype byteSize() const { return m_byteAt.isEmpty() ? 0 : m_byteAt.constLast(); }

    // Byte offset of UTF-16 offset `utf16`, clamped to 0..text().size(). An offset that points
    // at the second unit of a surrogate pair maps to the start of the pair.
    qsizetype byteOffset(qsizetype utf16) const;
    // UTF-16 offset of the character that contains byte `byte`, clamped to 0..byteSize().
    qsizetype utf16Offset(qsizetype byte) const;

    // Number of UTF-8 bytes `text` encodes to (a lone surrogate counts as U+FFFD, 3 bytes).
    static qsizetype utf8Size(QStringView text);
    // Converts ascending UTF-16 offsets into `text` to byte offsets in one pass.
    static QList<qsizetype> byteOffsets(QStringView text, const QList<qsizetype> &ascendingUtf16);

private:
    QString m_text;
    QList<qsizetype> m_byteAt; // byte offset of each code unit, plus the total at the end
};

} // namespace lathe
