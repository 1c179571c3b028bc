// Benchmark of the prompt editor's highlighting and spell checking on a 6,000-line prompt
// (Markdown, template tags, Korean and emoji): full highlighting, one keystroke in the middle
// (restyling what a screen shows), opening a code fence at the top (restyling everything after
// it), loading the dictionaries and one spell-check pass. Prints milliseconds; runs offscreen.
#include "editor/editorindicators.h"
#include "editor/prompteditor.h"
#include "editor/spellchecker.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <cstdio>

using namespace lathe;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;

namespace {

const QString kBlock = uR"(## Section {{ loop.index }}
You are a **helpful** assistant. 고객 {{ customer.name | title }}님의 질문에 답하세요 😀.
{% for doc in documents if doc.score > 0.5 %}
- {{ doc.title | upper }}: {{ doc.text | truncate(200) }} `code` https://x.invalid/a
{% endfor %}
{# a note for prompt authors #}
Reply in {{ language }} with at most {{ limit }} sentences, and never mention teh rules.
)"_s;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    PromptEditor editor;
    editor.resize(1000, 1000);
    QString text;
    for (int i = 0; i < 750; ++i)
        text += kBlock;
    editor.setText(text);
    const long lines = editor.SendScintilla(Sci::SCI_GETLINECOUNT);

    QElapsedTimer t;
    t.start();
    editor.SendScintilla(Sci::SCI_COLOURISE, 0, -1);
    const double full = ms(t);

    const int edits = 500;
    const long middle = editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, lines / 2);
    t.restart();
    for (int i = 0; i < edits; ++i) {
        editor.SendScintilla(Sci::SCI_INSERTTEXT, middle, "x");
        const long end = editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, lines / 2 + 60);
        editor.SendScintilla(Sci::SCI_COLOURISE, editor.SendScintilla(Sci::SCI_GETENDSTYLED), end);
    }
    const double keystroke = ms(t) / edits;

    t.restart();
    editor.SendScintilla(Sci::SCI_INSERTTEXT, uintptr_t(0), "```\n");
    editor.SendScintilla(Sci::SCI_COLOURISE, 0, editor.SendScintilla(Sci::SCI_GETLINEENDPOSITION, 0));
    const double cascade = ms(t);
    editor.SendScintilla(Sci::SCI_UNDO);
    editor.SendScintilla(Sci::SCI_COLOURISE, 0, -1);

    // Dictionaries load on a worker thread; the GUI thread only waits here to measure.
    SpellChecker *spell = editor.spellChecker();
    t.restart();
    QDeadlineTimer deadline(20000);
    while (!(spell->isLoaded(u"en_US"_s) && spell->isLoaded(u"ko"_s)) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double load = ms(t);
    spell->recheckAll();
    t.restart();
    spell->checkNow();
    const double spellPass = ms(t);
    int marked = 0;
    for (long pos = 0; pos < editor.SendScintilla(Sci::SCI_GETLENGTH);) {
        const long end = editor.SendScintilla(Sci::SCI_INDICATOREND, EditorIndicator::Spelling, pos);
        if (editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::Spelling, pos))
            ++marked;
        if (end <= pos)
            break;
        pos = end;
    }

    std::printf("lines: %ld\n", lines);
    std::printf("full highlight: %.1f ms (%.0f lines/s)\n", full, lines / (full / 1000));
    std::printf("keystroke + restyle 60 lines: %.3f ms\n", keystroke);
    std::printf("open a ``` fence at the top, restyle to the end: %.1f ms\n", cascade);
    std::printf("dictionaries en_US + ko loaded in the background after: %.0f ms\n", load);
    std::printf("spell-check pass, 400 lines + visible, cold word cache: %.1f ms\n", spellPass);
    std::printf("misspellings marked in the whole document by background passes: %d\n", marked);
    return 0;
}
