// TemplateTagMatcher: finding template tags and pairing block tags at the caret.
#include "editor/templatetagmatcher.h"

#include <QTest>

using namespace lathe;

using Highlights = QList<QPair<qsizetype, qsizetype>>;

class TestTemplateTagMatcher : public QObject
{
    Q_OBJECT

private:
    // [start, end) of each highlight at the caret placed at the first occurrence of `at`
    // (plus `offset`), and whether all are matched.
    static Highlights spans(const QByteArray &text, const QByteArray &at, int offset, bool *matched = nullptr)
    {
        const qsizetype caret = text.indexOf(at) + offset;
        Highlights out;
        bool all = true;
        for (const auto &h : TemplateTagMatcher::highlightsAt(text, caret)) {
            out.append({h.start, h.end});
            all = all && h.matched;
        }
        if (matched)
            *matched = all;
        return out;
    }

    static QPair<qsizetype, qsizetype> tag(const QByteArray &text, const QByteArray &tagText, qsizetype from = 0)
    {
        const qsizetype start = text.indexOf(tagText, from);
        return {start, start + tagText.size()};
    }

private Q_SLOTS:
    void scansAllKinds()
    {
        const QByteArray text = "a {{ x }} b {% if y %}{# note #}{% endif %} {{- \"}}\" -}}";
        const auto tags = TemplateTagMatcher::scan(text);
        QCOMPARE(tags.size(), 5);
        QCOMPARE(tags[0].kind, TemplateTagMatcher::Kind::Expression);
        QCOMPARE(tags[1].keyword, QByteArray("if"));
        QCOMPARE(tags[2].kind, TemplateTagMatcher::Kind::Comment);
        QCOMPARE(tags[3].keyword, QByteArray("endif"));
        // A closing delimiter inside a string does not end the tag; whitespace control counts.
        QCOMPARE(tags[4].end, text.size());
        QCOMPARE(tags[4].openLength, 3);
        QCOMPARE(tags[4].closeLength, 3);
    }

    void forPairsWithEndfor()
    {
        const QByteArray text = "안녕 {% for item in items %}\n- {{ item }}\n{% endfor %} 끝";
        bool matched = false;
        const Highlights expected{tag(text, "{% for item in items %}"), tag(text, "{% endfor %}")};
        QCOMPARE(spans(text, "for item", 2, &matched), expected);
        QVERIFY(matched);
        QCOMPARE(spans(text, "endfor", 0), expected);
    }

    void ifChainIncludesElifAndElse()
    {
        const QByteArray text = "{% if a %}1{% elif b %}2{% else %}3{% endif %}";
        const Highlights expected{tag(text, "{% if a %}"), tag(text, "{% elif b %}"),
                                  tag(text, "{% else %}"), tag(text, "{% endif %}")};
        QCOMPARE(spans(text, "else", 0), expected);
    }

    void nestedBlocksPairInnermost()
    {
        const QByteArray text = "{% for a in b %}{% if a %}x{% endif %}{% endfor %}";
        QCOMPARE(spans(text, "endif", 0), (Highlights{tag(text, "{% if a %}"), tag(text, "{% endif %}")}));
        QCOMPARE(spans(text, "endfor", 0),
                 (Highlights{tag(text, "{% for a in b %}"), tag(text, "{% endfor %}")}));
    }

    void expressionHighlightsDelimiters()
    {
        const QByteArray text = "Hi {{ name | upper }}!";
        const qsizetype open = text.indexOf("{{");
        const qsizetype close = text.indexOf("}}");
        QCOMPARE(spans(text, "name", 1), (Highlights{{open, open + 2}, {close, close + 2}}));
        QVERIFY(spans(text, "Hi", 0).isEmpty());
        QVERIFY(spans(text, "!", 1).isEmpty());
    }

    void unmatchedBlockIsReported()
    {
        const QByteArray text = "{% if a %} never closed {{ b }}";
        bool matched = true;
        QCOMPARE(spans(text, "if", 0, &matched), Highlights{tag(text, "{% if a %}")});
        QVERIFY(!matched);
        const QByteArray stray = "text {% endfor %}";
        QCOMPARE(spans(stray, "endfor", 0, &matched), Highlights{tag(stray, "{% endfor %}")});
        QVERIFY(!matched);
    }

    void inlineSetIsNotABlock()
    {
        const QByteArray text = "{% set x = 1 %}{% set y %}v{% endset %}";
        QCOMPARE(spans(text, "set x", 0).size(), 2); // its two delimiters
        QCOMPARE(spans(text, "set y", 0), (Highlights{tag(text, "{% set y %}"), tag(text, "{% endset %}")}));
    }

    void rawContentIsNotScanned()
    {
        const QByteArray text = "{% raw %}{% if %}{{ x }}{% endraw %}";
        const auto tags = TemplateTagMatcher::scan(text);
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[1].keyword, QByteArray("endraw"));
        QVERIFY(spans(text, "{{ x", 3).isEmpty());
    }

    void unclosedTagRunsToTheEnd()
    {
        const QByteArray text = "a {{ b";
        bool matched = true;
        QCOMPARE(spans(text, "b", 0, &matched), (Highlights{{2, 4}}));
        QVERIFY(!matched);
    }
};

QTEST_APPLESS_MAIN(TestTemplateTagMatcher)
#include "tst_templatetagmatcher.moc"
