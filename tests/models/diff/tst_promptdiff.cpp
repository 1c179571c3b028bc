#include "diff/promptdiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

// Messages as "=0:0 ~1:1 -2:_ +_:2".
QString layout(const QList<MessageDiff> &messages)
{
    QStringList parts;
    for (const MessageDiff &m : messages) {
        const char16_t kind = m.kind == MessageDiff::Kind::Equal     ? u'='
                              : m.kind == MessageDiff::Kind::Changed ? u'~'
                              : m.kind == MessageDiff::Kind::Added   ? u'+'
                                                                     : u'-';
        const auto num = [](int n) { return n < 0 ? u"_"_s : QString::number(n); };
        parts.append(QChar(kind) + num(m.left) + u':' + num(m.right));
    }
    return parts.join(u' ');
}

} // namespace

class TestPromptDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parametersKeyByKey()
    {
        const auto changes = PromptDiff::compareParameters(
            object(R"({"model": "gpt-4o", "temperature": 0.7, "top_p": 1, "stop": ["\n"]})"),
            object(R"({"model": "gpt-4o", "temperature": 0.2, "max_tokens": 256, "stop": ["\n"]})"));
        QCOMPARE(changes.size(), 5);
        using K = ParameterChange::Kind;
        QCOMPARE(changes.at(0).key, u"max_tokens"_s);
        QCOMPARE(changes.at(0).kind, K::Added);
        QVERIFY(changes.at(0).oldValue.isUndefined());
        QCOMPARE(changes.at(0).newValue.toInt(), 256);
        QCOMPARE(changes.at(1).key, u"model"_s);
        QCOMPARE(changes.at(1).kind, K::Unchanged);
        QCOMPARE(changes.at(2).key, u"stop"_s);
        QCOMPARE(changes.at(2).kind, K::Unchanged);
        QCOMPARE(changes.at(3).key, u"temperature"_s);
        QCOMPARE(changes.at(3).kind, K::Changed);
        QCOMPARE(changes.at(3).oldValue.toDouble(), 0.7);
        QCOMPARE(changes.at(3).newValue.toDouble(), 0.2);
        QCOMPARE(changes.at(4).key, u"top_p"_s);
        QCOMPARE(changes.at(4).kind, K::Removed);
        QVERIFY(changes.at(4).newValue.isUndefined());

        QCOMPARE(PromptDiff::valueText(changes.at(2).newValue), uR"(["\n"])"_s);
        QCOMPARE(PromptDiff::valueText(changes.at(1).oldValue), uR"("gpt-4o")"_s);
        QCOMPARE(PromptDiff::valueText(QJsonValue(QJsonValue::Undefined)), QString());
        QCOMPARE(PromptDiff::valueText(QJsonValue()), u"null"_s);
    }

    void messagesEditedAddedRemoved()
    {
        const QJsonArray left = array(R"([
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Summarise: {{text}}"},
            {"role": "assistant", "content": "Sure."}
        ])");
        const QJsonArray right = array(R"([
            {"role": "system", "content": "You are a concise assistant."},
            {"role": "user", "content": "Summarise: {{text}}"},
            {"role": "user", "content": "Use at most {{n}} words."}
        ])");
        const QList<MessageDiff> diff = PromptDiff::compareMessages(left, right);
        QCOMPARE(layout(diff), u"~0:0 =1:1 -2:_ +_:2"_s);
        QCOMPARE(diff.at(0).leftRole, u"system"_s);
        const DiffResult &system = diff.at(0).content;
        QCOMPARE(system.rows().size(), 1);
        QCOMPARE(system.rows().at(0).kind, DiffRow::Kind::Changed);
        QCOMPARE(system.rows().at(0).rightRanges, (QList<WordRange>{{10, 7}}));
        QVERIFY(diff.at(1).content.summary().identical());
        QCOMPARE(diff.at(2).leftRole, u"assistant"_s);
        QVERIFY(diff.at(2).rightRole.isEmpty());
        QCOMPARE(diff.at(2).content.summary().deletions, 1);
        QCOMPARE(diff.at(3).rightRole, u"user"_s);
        QCOMPARE(diff.at(3).content.summary().insertions, 1);
    }

    void roleChangeKeepsThePair()
    {
        const QList<MessageDiff> diff = PromptDiff::compareMessages(
            array(R"([{"role": "system", "content": "Be brief."}])"),
            array(R"([{"role": "user", "content": "Be brief."}])"));
        QCOMPARE(layout(diff), u"~0:0"_s);
        QVERIFY(diff.at(0).content.summary().identical());
    }

    void structuredContentIsComparedAsJson()
    {
        const QJsonValue message = object(R"({"role": "user", "content": [{"type": "text", "text": "hi"}]})");
        QCOMPARE(PromptDiff::messageText(message), uR"([{"text":"hi","type":"text"}])"_s);
    }

    void textPromptsAndUnifiedDiff()
    {
        PromptSnapshot a;
        a.templateText = u"Summarise {{text}}.\n"_s;
        a.parameters = object(R"({"temperature": 0.7})");
        PromptSnapshot b = a;
        b.templateText = u"Summarise {{text}} in {{n}} words.\n"_s;
        b.parameters = object(R"({"temperature": 0.2})");

        const PromptDiff d = PromptDiff::compare(a, b);
        QVERIFY(!d.isChat());
        QVERIFY(!d.identical());
        QCOMPARE(d.changedParameterCount(), 1);
        QCOMPARE(d.text().summary().changedRows, 1);
        QCOMPARE(d.unifiedDiff(u"v1"_s, u"v2"_s),
                 u"--- v1/parameters.json\n+++ v2/parameters.json\n@@ -1,3 +1,3 @@\n {\n"
                 "-    \"temperature\": 0.7\n+    \"temperature\": 0.2\n }\n"
                 "--- v1/template\n+++ v2/template\n@@ -1 +1 @@\n"
                 "-Summarise {{text}}.\n+Summarise {{text}} in {{n}} words.\n"_s);

        QVERIFY(PromptDiff::compare(a, a).identical());
        QCOMPARE(PromptDiff::compare(a, a).unifiedDiff(u"v1"_s, u"v1"_s), QString());
    }

    void chatUnifiedDiffNamesMessages()
    {
        PromptSnapshot a;
        a.chat = true;
        a.messages = array(R"([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "{{q}}"}])");
        PromptSnapshot b = a;
        b.messages = array(R"([{"role": "system", "content": "Be very brief."}])");

        const PromptDiff d = PromptDiff::compare(a, b);
        QVERIFY(d.isChat());
        QCOMPARE(layout(d.messages()), u"~0:0 -1:_"_s);
        QCOMPARE(d.unifiedDiff(u"v1"_s, u"v2"_s),
                 u"--- v1/messages/1 (system)\n+++ v2/messages/1 (system)\n@@ -1 +1 @@\n"
                 "-Be brief.\n\\ No newline at end of file\n+Be very brief.\n\\ No newline at end of file\n"
                 "--- v1/messages/2 (user)\n+++ /dev/null\n@@ -1 +0,0 @@\n"
                 "-{{q}}\n\\ No newline at end of file\n"_s);
    }

    void textAgainstChatComparesAsOneUserMessage()
    {
        PromptSnapshot text;
        text.templateText = u"Hello"_s;
        PromptSnapshot chat;
        chat.chat = true;
        chat.messages = array(R"([{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Hello"}])");
        const PromptDiff d = PromptDiff::compare(text, chat);
        QVERIFY(d.isChat());
        QCOMPARE(layout(d.messages()), u"+_:0 =0:1"_s);
    }
};

QTEST_APPLESS_MAIN(TestPromptDiff)
#include "tst_promptdiff.moc"
