#include "agreement.h"

#include "eval/fuzzy.h"

#include <QHash>

#include <algorithm>

namespace lathe {

RepeatAgreement Agreement::of(const QStringList &outputs)
{
    RepeatAgreement r;
    r.repeats = outputs.size();
    if (outputs.isEmpty())
        return r;
    QHash<QString, qsizetype> counts;
    qsizetype modal = 0;
    for (const QString &o : outputs)
        modal = std::max(modal, ++counts[o]);
    r.distinct = counts.size();
    r.identicalShare = double(modal) / double(outputs.size());
    if (outputs.size() == 1) {
        r.meanPairwiseRatio = 1.0;
        return r;
    }
    double sum = 0;
    qsizetype pairs = 0;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            sum += outputs[i] == outputs[j] ? 100.0 : Fuzzy::ratio(outputs[i], outputs[j]);
            ++pairs;
        }
    }
    r.meanPairwiseRatio = sum / double(pairs) / 100.0;
    return r;
}

} // namespace lathe
