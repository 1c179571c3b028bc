#include "textnormalizer.h"

namespace lathe {

QString TextNormalizer::normalized(QStringView text, const TextNormalization &options)
{
    QString out = text.toString().normalized(QString::NormalizationForm_C);
    if (options.whitespace)
        out = out.simplified();
    if (options.ignoreCase)
        out = out.toCaseFolded();
    return out;
}

} // namespace lathe
