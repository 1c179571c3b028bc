#include "judgeverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

constexpr int kMaxEmbeddedStarts = 32;   // '{' positions tried for an embedded object

std::optional<QJsonObject> object(QStringView text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<bool> passWord(QString word)
{
    word = word.trimmed().toLower();
    if (word == u"pass" || word == u"passed" || word == u"true" || word == u"yes" || word == u"y")
        return true;
    if (word == u"fail" || word == u"failed" || word == u"false" || word == u"no" || word == u"n")
        return false;
    return std::nullopt;
}

std::optional<bool> passValue(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return passWord(v.toString());
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    return std::nullopt;
}

std::optional<double> scoreValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QString categoryLetter(const QString &s)
{
    static const QRegularExpression re(u"^\\(?([A-Ea-e])\\)?(?:[\\s.:)\\-]|$)"_s);
    const QRegularExpressionMatch m = re.match(s.trimmed());
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

// The end of the JSON object starting at text[start] == '{', or -1.
qsizetype objectEnd(QStringView text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

} // namespace

QString JudgeVerdict::snippet(QStringView text, qsizetype max)
{
    QString s = text.left(max * 2).toString().simplified();
    if (s.size() > max || text.size() > max * 2)
        s = s.left(max).trimmed() + u'…';
    return s;
}

bool JudgeVerdict::readObject(const QJsonObject &o, Format format, JudgeVerdict *out)
{
    for (const QLatin1StringView key : {"reason"_L1, "reasoning"_L1, "explanation"_L1, "rationale"_L1}) {
        const QJsonValue v = o.value(key);
        if (v.isString()) {
            out->reason = v.toString().trimmed();
            break;
        }
        if (v.isArray() || v.isObject()) {
            out->reason = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            break;
        }
    }
    for (const QLatin1StringView key : {"pass"_L1, "passed"_L1, "verdict"_L1, "result"_L1, "answer"_L1}) {
        if (const std::optional<bool> p = passValue(o.value(key))) {
            out->pass = p;
            break;
        }
    }
    out->score = scoreValue(o.value("score"_L1));
    if (format == Format::Factuality) {
        for (const QLatin1StringView key : {"category"_L1, "answer"_L1, "choice"_L1}) {
            if (const QString c = categoryLetter(o.value(key).toString()); !c.isEmpty()) {
                out->category = c;
                break;
            }
        }
        return !out->category.isEmpty();
    }
    return out->pass || out->score;
}

bool JudgeVerdict::readText(QStringView text, Format format, JudgeVerdict *out)
{
    const QString t = text.toString();
    if (format == Format::Factuality) {
        static const QRegularExpression named(u"(?:category|answer|choice)\\W{0,3}\\(?([A-E])\\)?(?![A-Za-z])"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression bare(u"(?:^|\\s)\\(([A-E])\\)(?:\\s|[.:]|$)"_s);
        QRegularExpressionMatch m = named.match(t);
        if (!m.hasMatch())
            m = bare.match(t);
        if (m.hasMatch()) {
            out->category = m.captured(1).toUpper();
            out->reason = t.trimmed();
            return true;
        }
        return false;
    }
    static const QRegularExpression upper(u"\\b(PASS|PASSED|FAIL|FAILED)\\b"_s);
    static const QRegularExpression labelled(u"\\b(?:verdict|result|grade|pass)\\s*[:=]\\s*\\**\\s*(pass(?:ed)?|fail(?:ed)?|yes|no|true|false)\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scored(u"\\bscore\\W{0,3}\\s*[:=]?\\s*([0-9]+(?:\\.[0-9]+)?)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // The last word wins: judges tend to reason first and conclude at the end.
    QString word;
    for (auto it = upper.globalMatch(t); it.hasNext();)
        word = it.next().captured(1);
    if (word.isEmpty()) {
        for (auto it = labelled.globalMatch(t); it.hasNext();)
            word = it.next().captured(1);
    }
    if (word.isEmpty() && format == Format::ClosedQa) {
        static const QRegularExpression yn(u"(?:^|\\s)\\(?([YN])\\)?\\W*$"_s);
        if (const QRegularExpressionMatch m = yn.match(t); m.hasMatch())
            word = m.captured(1);
    }
    out->pass = passWord(word);
    if (const QRegularExpressionMatch m = scored.match(t); m.hasMatch())
        out->score = m.captured(1).toDouble();
    if (!out->pass && !out->score)
        return false;
    out->reason = t.trimmed();
    return true;
}

JudgeVerdict JudgeVerdict::parse(QStringView reply, Format format)
{
    JudgeVerdict v;
    const QStringView text = reply.left(kMaxScan).trimmed();
    if (text.isEmpty()) {
        v.error = tr("the judge's reply is empty");
        return v;
    }
    const auto accept = [&](const QJsonObject &o, const char *method) {
        JudgeVerdict candidate;
        if (!readObject(o, format, &candidate))
            return false;
        candidate.ok = true;
        candidate.method = QString::fromLatin1(method);
        v = candidate;
        return true;
    };

    if (text.startsWith(u'{')) {
        if (const std::optional<QJsonObject> o = object(text); o && accept(*o, "json"))
            return v;
    }
    static const QRegularExpression fence(u"```[A-Za-z]*[ \\t]*\\n?([\\s\\S]*?)```"_s);
    const QString owned = text.toString();   // the matches below refer to it
    for (auto it = fence.globalMatch(owned); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (const std::optional<QJsonObject> o = object(m.capturedView(1)); o && accept(*o, "fenced"))
            return v;
    }
    qsizetype from = 0;
    for (int tries = 0; tries < kMaxEmbeddedStarts; ++tries) {
        const qsizetype start = text.indexOf(u'{', from);
        if (start < 0)
            break;
        const qsizetype end = objectEnd(text, start);
        if (end >= 0) {
            if (const std::optional<QJsonObject> o = object(text.sliced(start, end - start + 1)); o && accept(*o, "embedded"))
                return v;
        }
        from = start + 1;
    }
    JudgeVerdict plain;
    if (readText(text, format, &plain)) {
        plain.ok = true;
        plain.method = u"text"_s;
        return plain;
    }
    switch (format) {
    case Format::Factuality:
        v.error = tr("the judge's reply has no category A to E: “%1”").arg(snippet(text));
        break;
    case Format::ClosedQa:
        v.error = tr("the judge's reply is not a verdict (expected JSON with \"pass\", or a final Y or N): “%1”")
                      .arg(snippet(text));
        break;
    case Format::Rubric:
        v.error = tr("the judge's reply is not a verdict (expected JSON with \"score\" and \"pass\"): “%1”")
                      .arg(snippet(text));
        break;
    }
    return v;
}

} // namespace lathe
