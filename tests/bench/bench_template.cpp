// Benchmark of the template engine: parse once, then render a 50-line prompt template (loops,
// conditions, filters, nested access) 100,000 times with the same variables. Prints the parse
// time and renders per second, single-threaded (wall clock and per CPU second, which is steadier
// on a busy machine) and on all cores.
#include "prompt/template.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRenders = 100000;

const char *const kTemplate = R"({# Support assistant prompt #}
You are {{ assistant.name }}, a {{ assistant.tone|default('friendly') }} support assistant for {{ company }}.
Today is {{ date }}. Answer in {{ language|upper }}.

{%- if customer.vip %}
The customer is a VIP member since {{ customer.since }}: be extra careful.
{%- endif %}

Customer profile:
- Name: {{ customer.name|title }}
- Plan: {{ customer.plan|capitalize }} ({{ customer.seats }} seats)
- Open tickets: {{ customer.tickets|length }}
{%- for t in customer.tickets %}
  {{ loop.index }}. [{{ t.priority|upper }}] {{ t.subject|truncate(40) }}{% if t.tags %} ({{ t.tags|join(', ') }}){% endif %}
{%- else %}
  (none)
{%- endfor %}

Relevant documents:
{% for doc in documents if doc.score >= threshold -%}
<doc id="{{ doc.id }}" score="{{ '%.2f'|replace('%.2f', doc.score|round(2)|string) }}">
{{ doc.text|trim }}
</doc>
{% endfor %}

{%- set ns = namespace(total=0) %}
{%- for item in order.items %}{% set ns.total = ns.total + item.price * item.qty %}{% endfor %}
Order {{ order.id }} total: {{ ns.total|round(2) }} {{ order.currency }}

Conversation so far:
{%- for m in history[-6:] %}
{{ m.role|capitalize }}: {{ m.content }}
{%- endfor %}

Rules:
{%- for rule in rules %}
{{ loop.index }}. {{ rule }}
{%- endfor %}

{%- if escalate is defined and escalate %}
If you cannot resolve the issue, say "{{ escalation_phrase }}".
{%- endif %}

Style guide:
{{ style|indent(2, true) }}
Channel: {{ meta.channel|default('email') }} / variant {{ meta.ab|first }} of {{ meta.ab|length }}
Metadata: {{ meta|tojson }}
Question: {{ question }}
Answer as {{ assistant.name }}, in at most {{ max_words }} words:
)";

QJsonObject makeVars()
{
    QJsonArray tickets, documents, items, history, rules;
    for (int i = 0; i < 4; ++i)
        tickets.append(QJsonObject{{"priority"_L1, i % 2 ? "low"_L1 : "high"_L1},
                                   {"subject"_L1, QStringLiteral("Cannot export report %1 after the latest update").arg(i)},
                                   {"tags"_L1, QJsonArray{"export"_L1, "billing"_L1}}});
    for (int i = 0; i < 6; ++i)
        documents.append(QJsonObject{{"id"_L1, QStringLiteral("kb-%1").arg(i)}, {"score"_L1, 0.5 + i * 0.083},
                                     {"text"_L1, QStringLiteral("  Article %1: exporting reports needs the Pro plan. 보고서를 내보내려면 Pro 요금제가 필요합니다.  ").arg(i)}});
    for (int i = 0; i < 5; ++i)
        items.append(QJsonObject{{"price"_L1, 9.99 + i}, {"qty"_L1, i + 1}});
    for (int i = 0; i < 8; ++i)
        history.append(QJsonObject{{"role"_L1, i % 2 ? "assistant"_L1 : "user"_L1},
                                   {"content"_L1, QStringLiteral("Message number %1 about the export problem 😀").arg(i)}});
    for (const char *r : {"Be concise.", "Never invent order numbers.", "Cite the document id.", "Ask before refunds."})
        rules.append(QString::fromUtf8(r));
    return QJsonObject{
        {"assistant"_L1, QJsonObject{{"name"_L1, "Lathe Bot"_L1}}},
        {"company"_L1, "Acme"_L1}, {"date"_L1, "2026-01-15"_L1}, {"language"_L1, "english"_L1},
        {"customer"_L1, QJsonObject{{"vip"_L1, true}, {"since"_L1, "2019"_L1}, {"name"_L1, "ada lovelace"_L1},
                                   {"plan"_L1, "pro"_L1}, {"seats"_L1, 12}, {"tickets"_L1, tickets}}},
        {"documents"_L1, documents}, {"threshold"_L1, 0.6},
        {"order"_L1, QJsonObject{{"id"_L1, "A-1001"_L1}, {"items"_L1, items}, {"currency"_L1, "EUR"_L1}}},
        {"history"_L1, history}, {"rules"_L1, rules}, {"escalate"_L1, true},
        {"escalation_phrase"_L1, "Let me connect you with a human."_L1},
        {"meta"_L1, QJsonObject{{"channel"_L1, "chat"_L1}, {"ab"_L1, QJsonArray{1, 2}}}},
        {"question"_L1, "Why can't I export my report?"_L1}, {"max_words"_L1, 120},
        {"style"_L1, "Short sentences.\nNo jargon.\nOne question at a time."_L1}};
}

} // namespace

int main()
{
    const QString source = QString::fromUtf8(kTemplate);
    TemplateError error;
    QElapsedTimer timer;
    timer.start();
    const int parses = 2000;
    std::shared_ptr<const Template> t;
    for (int i = 0; i < parses; ++i)
        t = Template::parse(source, &error);
    const double parseUs = double(timer.nsecsElapsed()) / parses / 1000.0;
    if (!t) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(error.toString()));
        return 1;
    }
    const QJsonObject vars = makeVars();
    const QString sample = t->render(vars, &error);
    if (sample.isNull()) {
        std::fprintf(stderr, "render failed: %s\n", qPrintable(error.toString()));
        return 1;
    }

    timer.restart();
    const std::clock_t cpuStart = std::clock();
    qsizetype chars = 0;
    for (int i = 0; i < kRenders; ++i)
        chars += t->render(vars, nullptr).size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<qsizetype> parallelChars = 0;
    timer.restart();
    std::vector<std::thread> workers;
    for (int w = 0; w < threads; ++w)
        workers.emplace_back([&, w] {
            qsizetype n = 0;
            for (int i = w; i < kRenders; i += threads)
                n += t->render(vars, nullptr).size();
            parallelChars += n;
        });
    for (auto &worker : workers)
        worker.join();
    const double parallelSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("template: %lld source lines, %lld output chars per render\n",
                static_cast<long long>(source.count(u'\n') + 1), static_cast<long long>(sample.size()));
    std::printf("parse: %.1f us per parse\n", parseUs);
    std::printf("render: %d renders in %.2f s = %.0f renders/s (1 thread; %.0f per CPU second)\n", kRenders, seconds,
                kRenders / seconds, kRenders / cpuSeconds);
    std::printf("render: %d renders in %.2f s = %.0f renders/s (%d threads)\n", kRenders, parallelSeconds,
                kRenders / parallelSeconds, threads);
    return chars == parallelChars.load() ? 0 : 1;
}
