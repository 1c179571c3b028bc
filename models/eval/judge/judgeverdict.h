#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace lathe {

// What an LLM judge answered, read tolerantly from its reply text. Value type.
//
// parse() tries, in order: the whole reply as a JSON object; a JSON object inside a ``` code
// fence; the first JSON object embedded in prose (that has a verdict key); then plain-text
// fallbacks: "PASS"/"FAIL" words, "Verdict: pass", "Score: 0.7", and per format a final
// "Y"/"N" (closed QA) or a category letter "(A)".."(E)" (factuality). Keys read from JSON:
// pass (boolean, or "pass"/"fail"/"yes"/"no"/"true"/"false"), score (number or numeric text),
// verdict/result (as pass), reason (or reasoning, explanation, rationale), category, answer.
// A reply with none of these is not ok, and `error` says so quoting the start of the reply.
// Never throws; linear in the reply's length (only its first kMaxScan characters are read).
struct JudgeVerdict
{
    Q_DECLARE_TR_FUNCTIONS(JudgeVerdict)
public:
    enum class Format {
        Rubric,       // {"reason", "score", "pass"}
        ClosedQa,     // as Rubric, or a final Y / N
        Factuality,   // {"category": "A".."E", "reason"}, or a category letter
    };
    static constexpr qsizetype kMaxScan = 200'000;

    bool ok = false;
    std::optional<bool> pass;
    std::optional<double> score;   // as the judge gave it (not checked against 0..1)
    QString category;              // factuality: "A".."E"
    QString reason;
    QString method;                // how it was read: json, fenced, embedded, text
    QString error;                 // !ok: why, quoting a snippet of the reply

    static JudgeVerdict parse(QStringView reply, Format format);
    // The start of `text` on one line, at most `max` characters, "…" when cut.
    static QString snippet(QStringView text, qsizetype max = 160);

private:
    static bool readObject(const QJsonObject &o, Format format, JudgeVerdict *out);
    static bool readText(QStringView text, Format format, JudgeVerdict *out);
};

} // namespace lathe
