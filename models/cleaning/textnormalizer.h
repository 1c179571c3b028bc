#pragma once

#include <QString>
#include <QStringView>

namespace lathe {

// How cell text is compared by the duplicate finders. Text is always brought to Unicode NFC
// first, so composed and decomposed spellings (common with Korean) compare equal.
struct TextNormalization
{
    bool whitespace = false;   // trim, and collapse every run of white space to one space
    bool ignoreCase = false;   // Unicode case folding

    bool operator==(const TextNormalization &) const = default;
};

class TextNormalizer final
{
public:
    static QString normalized(QStringView text, const TextNormalization &options);
};

} // namespace lathe
