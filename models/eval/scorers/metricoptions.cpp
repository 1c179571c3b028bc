#include "metricoptions.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MetricOptions)
};

const QList<std::pair<QString, BleuTokenizer::Kind>> &tokenizers()
{
    static const QList<std::pair<QString, BleuTokenizer::Kind>> t = {
        {u"13a"_s, BleuTokenizer::Kind::Tok13a}, {u"none"_s, BleuTokenizer::Kind::None}, {u"char"_s, BleuTokenizer::Kind::Char}};
    return t;
}

const QList<std::pair<QString, Bleu::Smoothing>> &smoothings()
{
    static const QList<std::pair<QString, Bleu::Smoothing>> s = {
        {u"exp"_s, Bleu::Smoothing::Exp}, {u"floor"_s, Bleu::Smoothing::Floor},
        {u"add-k"_s, Bleu::Smoothing::AddK}, {u"none"_s, Bleu::Smoothing::None}};
    return s;
}

template <typename T>
bool lookup(const QList<std::pair<QString, T>> &table, const QString &name, T *out)
{
    for (const auto &[n, v] : table) {
        if (n == name) {
            *out = v;
            return true;
        }
    }
    return false;
}

template <typename T>
QString nameOf(const QList<std::pair<QString, T>> &table, T value)
{
    for (const auto &[n, v] : table) {
        if (v == value)
            return n;
    }
    return {};
}

// A whole number in [lo, hi] under `key`, or `fallback` when absent.
bool integer(const QJsonObject &config, const QString &key, int lo, int hi, int *out, QString *error)
{
    const QJsonValue v = config.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || std::floor(d) != d || d < lo || d > hi) {
        *error = Tr::tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(lo).arg(hi);
        return false;
    }
    *out = int(d);
    return true;
}

} // namespace

std::optional<Bleu::Options> MetricOptions::bleu(const QJsonObject &config, QString *error)
{
    Bleu::Options o;
    if (const QJsonValue t = config.value(u"tokenize"_s); !t.isUndefined()
        && !lookup(tokenizers(), t.toString(), &o.tokenizer)) {
        *error = Tr::tr("\"tokenize\" must be 13a, none or char");
        return std::nullopt;
    }
    if (const QJsonValue s = config.value(u"smooth"_s); !s.isUndefined()
        && !lookup(smoothings(), s.toString(), &o.smoothing)) {
        *error = Tr::tr("\"smooth\" must be exp, floor, add-k or none");
        return std::nullopt;
    }
    if (const QJsonValue v = config.value(u"smooth_value"_s); !v.isUndefined() && !v.isNull()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
            *error = Tr::tr("\"smooth_value\" must be a number >= 0");
            return std::nullopt;
        }
        o.smoothValue = v.toDouble();
    }
    if (!integer(config, u"max_order"_s, 1, 100, &o.maxOrder, error))
        return std::nullopt;
    o.lowercase = config.value(u"lowercase"_s).toBool();
    return o;
}

std::optional<Chrf::Options> MetricOptions::chrf(bool plusPlus, const QJsonObject &config, QString *error)
{
    Chrf::Options o = plusPlus ? Chrf::chrfPlusPlus() : Chrf::Options();
    if (!integer(config, u"char_order"_s, 0, 100, &o.charOrder, error)
        || !integer(config, u"word_order"_s, 0, 100, &o.wordOrder, error))
        return std::nullopt;
    if (o.charOrder + o.wordOrder == 0) {
        *error = Tr::tr("\"char_order\" and \"word_order\" cannot both be 0");
        return std::nullopt;
    }
    if (const QJsonValue b = config.value(u"beta"_s); !b.isUndefined() && !b.isNull()) {
        if (!b.isDouble() || !std::isfinite(b.toDouble()) || b.toDouble() <= 0) {
            *error = Tr::tr("\"beta\" must be a number above 0");
            return std::nullopt;
        }
        o.beta = b.toDouble();
    }
    o.lowercase = config.value(u"lowercase"_s).toBool();
    o.whitespace = config.value(u"whitespace"_s).toBool();
    return o;
}

QJsonObject MetricOptions::toJson(const Bleu::Options &o)
{
    QJsonObject j{{u"tokenize"_s, nameOf(tokenizers(), o.tokenizer)},
                  {u"smooth"_s, nameOf(smoothings(), o.smoothing)},
                  {u"max_order"_s, o.maxOrder},
                  {u"lowercase"_s, o.lowercase}};
    if (o.smoothValue)
        j.insert(u"smooth_value"_s, *o.smoothValue);
    return j;
}

QJsonObject MetricOptions::toJson(const Chrf::Options &o)
{
    return {{u"char_order"_s, o.charOrder}, {u"word_order"_s, o.wordOrder}, {u"beta"_s, o.beta},
            {u"lowercase"_s, o.lowercase}, {u"whitespace"_s, o.whitespace}};
}

} // namespace lathe
