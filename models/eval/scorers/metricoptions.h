#pragma once

#include "eval/bleu.h"
#include "eval/chrf.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lathe {

// BLEU and chrF options as scorer `config` keys, in sacreBLEU's spelling:
//   bleu:  tokenize (13a | none | char), smooth (exp | floor | add-k | none), smooth_value,
//          max_order (1..100), lowercase
//   chrf:  char_order, word_order (chrf++ defaults to 2), beta, lowercase, whitespace
// toJson() writes every option, so that a score's details say exactly how it was computed and
// corpus scores can be recomputed from them.
class MetricOptions final
{
public:
    static std::optional<Bleu::Options> bleu(const QJsonObject &config, QString *error);
    static std::optional<Chrf::Options> chrf(bool plusPlus, const QJsonObject &config, QString *error);
    static QJsonObject toJson(const Bleu::Options &options);
    static QJsonObject toJson(const Chrf::Options &options);
};

} // namespace lathe
