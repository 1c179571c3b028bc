#include "textscorers.h"

#include "scorer.h"
#include "scorervalues.h"

#include "eval/unicodetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextScorers)
};

QString quoted(const QStringList &items)
{
    return u"\""_s + items.join(u"\", \""_s) + u"\""_s;
}

QString missingValue(const ScorerSpec &spec)
{
    return Tr::tr("%1 needs a value, or an expected column in the dataset").arg(spec.fullType());
}

class EqualsScorer final : public Scorer
{
public:
    using Scorer::Scorer;
    ScoreResult score(const ScoringInput &in) const override
    {
        if (m_spec.value.isObject() || m_spec.value.isArray()) {
            const QJsonDocument doc = QJsonDocument::fromJson(in.output.trimmed().toUtf8());
            const QJsonValue parsed = doc.isObject() ? QJsonValue(doc.object())
                                    : doc.isArray()  ? QJsonValue(doc.array()) : QJsonValue();
            return check(parsed == m_spec.value, Tr::tr("Expected output to equal the JSON value"),
                         Tr::tr("Expected output to not equal the JSON value"));
        }
        const QStringList refs = ScorerValues::references(m_spec, in);
        if (refs.isEmpty())
            return ScoreResult::error(missingValue(m_spec));
        const bool equal = refs.contains(in.output);
        return check(equal, Tr::tr("Expected output \"%1\" to equal %2").arg(in.output.left(200), quoted(refs)),
                     Tr::tr("Expected output to not equal %1").arg(quoted(refs)));
    }
};

class ContainsScorer final : public Scorer
{
public:
    enum class Mode { One, Any, All, StartsWith, EndsWith };
    ContainsScorer(const ScorerSpec &spec, Mode mode, bool ignoreCase)
        : Scorer(spec), m_mode(mode), m_cs(ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive)
    {
    }
    ScoreResult score(const ScoringInput &in) const override
    {
        QStringList items;
        if (m_mode == Mode::Any || m_mode == Mode::All)
            items = m_spec.hasValue() && !m_spec.value.isNull() ? ScorerValues::list(m_spec.value) : in.expected;
        else
            items = ScorerValues::references(m_spec, in);
        if (items.isEmpty())
            return ScoreResult::error(missingValue(m_spec));
        const QString &out = in.output;
        switch (m_mode) {
        case Mode::StartsWith: {
            const bool ok = std::any_of(items.begin(), items.end(), [&](const QString &v) { return out.startsWith(v, m_cs); });
            return check(ok, Tr::tr("Expected output to start with %1").arg(quoted(items)),
                         Tr::tr("Expected output to not start with %1").arg(quoted(items)));
        }
        case Mode::EndsWith: {
            const bool ok = std::any_of(items.begin(), items.end(), [&](const QString &v) { return out.endsWith(v, m_cs); });
            return check(ok, Tr::tr("Expected output to end with %1").arg(quoted(items)),
                         Tr::tr("Expected output to not end with %1").arg(quoted(items)));
        }
        case Mode::One: {
            const bool ok = std::any_of(items.begin(), items.end(), [&](const QString &v) { return out.contains(v, m_cs); });
            return check(ok, Tr::tr("Expected output to contain %1").arg(quoted(items)),
                         Tr::tr("Expected output to not contain %1").arg(quoted(items)));
        }
        case Mode::Any: {
            const bool ok = std::any_of(items.begin(), items.end(), [&](const QString &v) { return out.contains(v, m_cs); });
            return check(ok, Tr::tr("Expected output to contain one of %1").arg(quoted(items)),
                         Tr::tr("Expected output to not contain any of %1").arg(quoted(items)));
        }
        case Mode::All: {
            QStringList missing;
            for (const QString &v : items) {
                if (!out.contains(v, m_cs))
                    missing.append(v);
            }
            return check(missing.isEmpty(),
                         Tr::tr("Expected output to contain all of %1; missing %2").arg(quoted(items), quoted(missing)),
                         Tr::tr("Expected output to not contain all of %1").arg(quoted(items)));
        }
        }
        return {};
    }

private:
    Mode m_mode;
    Qt::CaseSensitivity m_cs;
};

class RegexScorer final : public Scorer
{
public:
    RegexScorer(const ScorerSpec &spec, QRegularExpression re) : Scorer(spec), m_re(std::move(re)) {}
    ScoreResult score(const ScoringInput &in) const override
    {
        return check(m_re.match(in.output).hasMatch(),
                     Tr::tr("Expected output to match /%1/").arg(m_re.pattern()),
                     Tr::tr("Expected output to not match /%1/").arg(m_re.pattern()));
    }

private:
    QRegularExpression m_re;
};

// length and word-count: a count within [min, max].
class CountScorer final : public Scorer
{
public:
    CountScorer(const ScorerSpec &spec, bool words, double min, double max)
        : Scorer(spec), m_words(words), m_min(min), m_max(max)
    {
    }
    ScoreResult score(const ScoringInput &in) const override
    {
        const std::u32string text = UnicodeText::codePoints(in.output);
        qint64 n = 0;
        if (m_words) {
            std::vector<std::u32string_view> words;
            UnicodeText::split(text, words);
            n = qint64(words.size());
        } else {
            n = qint64(text.size());
        }
        const QString unit = m_words ? Tr::tr("words") : Tr::tr("characters");
        QString bounds;
        if (m_min == m_max)
            bounds = Tr::tr("exactly %1").arg(m_min);
        else if (std::isinf(m_max))
            bounds = Tr::tr("at least %1").arg(m_min);
        else if (m_min <= 0)
            bounds = Tr::tr("at most %1").arg(m_max);
        else
            bounds = Tr::tr("between %1 and %2").arg(m_min).arg(m_max);
        ScoreResult r = check(double(n) >= m_min && double(n) <= m_max,
                              Tr::tr("Output has %1 %2, expected %3").arg(n).arg(unit, bounds),
                              Tr::tr("Output has %1 %2, expected not %3").arg(n).arg(unit, bounds));
        r.details.insert(m_words ? u"words"_s : u"characters"_s, double(n));
        return r;
    }

private:
    bool m_words;
    double m_min;
    double m_max;
};

// {min, max}, [min, max] or a number (the maximum for length, the exact count for word-count).
bool bounds(const ScorerSpec &spec, bool words, double *min, double *max, QString *error)
{
    *min = 0;
    *max = std::numeric_limits<double>::infinity();
    const QJsonValue v = spec.value;
    double n = 0;
    bool any = false;
    if (ScorerValues::number(v, &n)) {
        if (words)
            *min = n;
        *max = n;
        any = true;
    } else if (v.isObject() || v.isArray()) {
        const QJsonValue lo = v.isObject() ? v.toObject().value(u"min"_s) : v.toArray().at(0);
        const QJsonValue hi = v.isObject() ? v.toObject().value(u"max"_s) : v.toArray().at(1);
        if (!lo.isUndefined() && !lo.isNull()) {
            if (!ScorerValues::number(lo, min)) {
                *error = Tr::tr("%1: \"min\" must be a number").arg(spec.fullType());
                return false;
            }
            any = true;
        }
        if (!hi.isUndefined() && !hi.isNull()) {
            if (!ScorerValues::number(hi, max)) {
                *error = Tr::tr("%1: \"max\" must be a number").arg(spec.fullType());
                return false;
            }
            any = true;
        }
    }
    if (!any) {
        *error = Tr::tr("%1 needs a value: a number or {min, max}").arg(spec.fullType());
        return false;
    }
    if (*min > *max) {
        *error = Tr::tr("%1: min is above max").arg(spec.fullType());
        return false;
    }
    return true;
}

} // namespace

QStringList TextScorers::types()
{
    return {u"equals"_s,        u"contains"_s,      u"icontains"_s,     u"contains-any"_s,
            u"icontains-any"_s, u"contains-all"_s,  u"icontains-all"_s, u"starts-with"_s,
            u"ends-with"_s,     u"regex"_s,         u"length"_s,        u"word-count"_s};
}

std::unique_ptr<Scorer> TextScorers::create(const ScorerSpec &spec, QString *error)
{
    const QString &t = spec.type;
    using Mode = ContainsScorer::Mode;
    if (t == u"equals")
        return std::make_unique<EqualsScorer>(spec);
    if (t == u"contains" || t == u"icontains")
        return std::make_unique<ContainsScorer>(spec, Mode::One, t == u"icontains");
    if (t == u"contains-any" || t == u"icontains-any")
        return std::make_unique<ContainsScorer>(spec, Mode::Any, t == u"icontains-any");
    if (t == u"contains-all" || t == u"icontains-all")
        return std::make_unique<ContainsScorer>(spec, Mode::All, t == u"icontains-all");
    if (t == u"starts-with")
        return std::make_unique<ContainsScorer>(spec, Mode::StartsWith, false);
    if (t == u"ends-with")
        return std::make_unique<ContainsScorer>(spec, Mode::EndsWith, false);
    if (t == u"regex") {
        const QString pattern = ScorerValues::text(spec.value);
        if (pattern.isEmpty()) {
            *error = Tr::tr("regex needs a pattern as its value");
            return nullptr;
        }
        QRegularExpression re(pattern);
        if (!re.isValid()) {
            *error = Tr::tr("invalid regular expression at offset %1: %2")
                         .arg(re.patternErrorOffset()).arg(re.errorString());
            return nullptr;
        }
        re.optimize();
        return std::make_unique<RegexScorer>(spec, re);
    }
    if (t == u"length" || t == u"word-count") {
        double min = 0;
        double max = 0;
        if (!bounds(spec, t == u"word-count", &min, &max, error))
            return nullptr;
        return std::make_unique<CountScorer>(spec, t == u"word-count", min, max);
    }
    *error = Tr::tr("unknown scorer type \"%1\"").arg(spec.fullType());
    return nullptr;
}

} // namespace lathe
