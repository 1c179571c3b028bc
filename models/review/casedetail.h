#pragma once

#include "workspace/casedetailquery.h"
#include "workspace/judgementstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// One message of the prompt as it was sent.
struct SentMessage
{
    QString role;                     // "system", "user", "assistant", or "prompt" for a bare prompt
    QString content;
};

// A dataset value shown beside the output: a variable or an expected answer.
struct NamedValue
{
    QString name;                     // the dataset column's display name
    QString value;                    // strings as they are, other JSON compact
};

// What the detail pane shows for one case, gathered from the workspace in one call.
class CaseDetail final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDetail)
public:
    // Reads the case; empty with *error set when it does not exist or cannot be read.
    static std::optional<CaseDetail> load(Database &db, qint64 caseId, QString *error);
    static CaseDetail fromRecord(const CaseDetailRecord &record);

    // The messages of a stored request body: OpenAI/Ollama "messages", Anthropic "system" plus
    // "messages" (string content or text blocks), or a bare "prompt". Empty when the body holds
    // none of them or is not JSON.
    static QList<SentMessage> messagesFromRequest(const QString &requestJson);
    // Indented JSON (object keys sorted, as QJsonDocument writes them); the text unchanged when
    // it is not one JSON document (a streamed response is a series of events).
    static QString prettyJson(const QString &text);

    const CaseDetailRecord &record() const { return m_record; }
    qint64 caseId() const { return m_record.work.caseId; }
    // "qa@2 · model-b": the prompt version and model of the case's column.
    QString columnLabel() const;
    bool isPending() const { return !m_record.answered; }
    bool isError() const { return m_record.answered && !m_record.result.ok; }
    const QString &output() const { return m_record.result.output; }
    const QString &error() const { return m_record.result.error; }
    const QList<SentMessage> &messages() const { return m_messages; }
    const QList<NamedValue> &variables() const { return m_variables; }
    const QList<NamedValue> &expected() const { return m_expected; }
    // The expected values as one text ("\n" between several expected columns).
    QString expectedText() const;
    const QList<StoredScore> &scores() const { return m_record.scores; }
    // The case verdict: every pass/fail score passed; empty when no score gives a verdict.
    std::optional<bool> passed() const;
    // The reviewer's rating and comment of this output, if any (load() reads it).
    const std::optional<Judgement> &review() const { return m_review; }
    void setReview(const std::optional<Judgement> &review) { m_review = review; }

private:
    CaseDetailRecord m_record;
    QList<SentMessage> m_messages;
    QList<NamedValue> m_variables;
    QList<NamedValue> m_expected;
    std::optional<Judgement> m_review;
};

} // namespace lathe
