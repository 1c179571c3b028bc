#include "previewtext.h"

namespace lathe {

QString PreviewText::oneLine(QStringView text, qsizetype maxLength, QList<int> *spans)
{
    const bool cut = text.size() > maxLength;
    QString out = (cut ? text.left(maxLength) : text).toString();
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r')
            c = QChar(0x23CE);
        else if (c == u'\t')
            c = QChar(0x2192);
    }
    if (cut)
        out += QChar(0x2026);
    if (spans && cut) {
        QList<int> kept;
        for (qsizetype i = 0; i + 1 < spans->size(); i += 2) {
            const int start = spans->at(i);
            const int end = std::min<int>(start + spans->at(i + 1), int(maxLength));
            if (start < end)
                kept << start << end - start;
        }
        *spans = kept;
    }
    return out;
}

QList<int> PreviewText::differingSpan(QStringView a, QStringView b)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(a.size(), b.size());
    while (prefix < shorter && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype length = a.size() - prefix - suffix;
    if (length <= 0)
        return {};
    return {int(prefix), int(length)};
}

} // namespace lathe
