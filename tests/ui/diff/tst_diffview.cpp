#include "diff/diffpane.h"
#include "diff/diffview.h"
#include "diff/promptdiffview.h"
#include "diff/textdiff.h"

#include <Qsci/qscilexerjson.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr unsigned kKindMask = ~(1u << DiffPane::CurrentHunkMarker);

unsigned markers(const DiffPane *pane, int line)
{
    return unsigned(pane->SendScintilla(QsciScintillaBase::SCI_MARKERGET, line)) & kKindMask;
}

unsigned bits(std::initializer_list<int> markerNumbers)
{
    unsigned mask = 0;
    for (int m : markerNumbers)
        mask |= 1u << m;
    return mask;
}

// "+"/"-"/"." per UTF-8 byte of display line `line`: "+" where the word indicator is on.
QString indicatorBytes(const DiffPane *pane, int line)
{
    const long start = pane->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const long end = pane->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, line);
    QString out;
    for (long pos = start; pos < end; ++pos) {
        const long on = pane->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, DiffPane::wordIndicator(), pos);
        out += on ? u'+' : u'.';
    }
    return out;
}

QString expectedBytes(const QString &before, const QString &changed, const QString &after)
{
    return QString(before.toUtf8().size(), u'.') + QString(changed.toUtf8().size(), u'+')
           + QString(after.toUtf8().size(), u'.');
}

QString numberedLines(int count, int changedA, int changedB, const QString &suffix)
{
    QString text;
    for (int i = 1; i <= count; ++i) {
        text += u"Line "_s + QString::number(i) + u" of the system prompt, long enough to scroll sideways a bit"_s;
        if (i == changedA || i == changedB)
            text += suffix;
        text += u'\n';
    }
    return text;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksChangedAndFillerLines()
    {
        DiffView view;
        const QString left = u"keep\nYou are a helpful assistant.\nremove me\nkeep too\n"_s;
        const QString right = u"keep\nYou are a concise assistant.\nkeep too\nadded line\n"_s;
        view.setTexts(u"v1"_s, left, u"v2"_s, right);
        const DiffPane *l = view.leftPane();
        const DiffPane *r = view.rightPane();
        // Rows: equal, changed, removed, equal, added.
        QCOMPARE(l->lines(), 5);
        QCOMPARE(r->lines(), 5);
        using P = DiffPane;
        QCOMPARE(markers(l, 0), 0u);
        QCOMPARE(markers(l, 1), bits({P::ChangedMarker, P::ChangedBar}));
        QCOMPARE(markers(l, 2), bits({P::RemovedMarker, P::RemovedBar}));
        QCOMPARE(markers(l, 3), 0u);
        QCOMPARE(markers(l, 4), bits({P::FillerMarker}));
        QCOMPARE(markers(r, 0), 0u);
        QCOMPARE(markers(r, 1), bits({P::ChangedMarker, P::ChangedBar}));
        QCOMPARE(markers(r, 2), bits({P::FillerMarker}));
        QCOMPARE(markers(r, 3), 0u);
        QCOMPARE(markers(r, 4), bits({P::AddedMarker, P::AddedBar}));

        // Fillers are empty and unnumbered; the margin shows the real line numbers.
        QCOMPARE(l->text(4), QString());
        QCOMPARE(r->text(2), u"\n"_s);
        QCOMPARE(r->text(3), u"keep too\n"_s);
        const QStringList leftNumbers{u"1"_s, u"2"_s, u"3"_s, u"4"_s, QString()};
        const QStringList rightNumbers{u"1"_s, u"2"_s, QString(), u"3"_s, u"4"_s};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(l->marginNumber(i), leftNumbers.at(i));
            QCOMPARE(r->marginNumber(i), rightNumbers.at(i));
        }
        QCOMPARE(view.findChild<QLabel *>(u"summaryLabel"_s)->text(), u"+2 \u22122 lines"_s);

        // The changed word, and nothing else, carries the word indicator.
        QCOMPARE(indicatorBytes(l, 1), expectedBytes(u"You are a "_s, u"helpful"_s, u" assistant."_s));
        QCOMPARE(indicatorBytes(r, 1), expectedBytes(u"You are a "_s, u"concise"_s, u" assistant."_s));
        QCOMPARE(indicatorBytes(l, 2), u"........."_s);
    }

    void wordIndicatorsCoverUtf8Bytes()
    {
        DiffView view;
        view.setTexts(u"a"_s, u"인사: 안녕하세요 세계 😀 끝\n"_s, u"b"_s, u"인사: 안녕하세요 우주 👩‍💻 끝\n"_s);
        QCOMPARE(indicatorBytes(view.leftPane(), 0), expectedBytes(u"인사: 안녕하세요 "_s, u"세계 😀"_s, u" 끝"_s));
        QCOMPARE(indicatorBytes(view.rightPane(), 0), expectedBytes(u"인사: 안녕하세요 "_s, u"우주 👩‍💻"_s, u" 끝"_s));
    }

    void linesWithCarriageReturnsAndNulStayAligned()
    {
        DiffView view;
        view.setTexts(u"a"_s, u"one\rtwo\nthree\n"_s, u"b"_s, u"one\rtwo\nthr\0ee\n"_s);
        // Rows: equal, removed "three", added "thr<NUL>ee".
        QCOMPARE(view.leftPane()->lines(), 3);
        QCOMPARE(view.rightPane()->lines(), 3);
        QCOMPARE(view.leftPane()->text(0), u"one\u240Dtwo\n"_s);
        QCOMPARE(view.rightPane()->text(2), u"thr\u2400ee"_s);
    }

    void navigatesBetweenChanges()
    {
        DiffView view;
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTexts(u"a"_s, numberedLines(200, 0, 0, {}), u"b"_s, numberedLines(200, 20, 150, u" (edited)"_s));
        QCOMPARE(view.diff().hunks().size(), 2);
        const int first = view.diff().hunks().at(0).firstRow;
        const int second = view.diff().hunks().at(1).firstRow;
        QCOMPARE(first, 19);
        QCOMPARE(second, 149);

        const auto caretLine = [](const DiffPane *pane) {
            int line = 0, index = 0;
            pane->getCursorPosition(&line, &index);
            return line;
        };
        const auto onScreen = [](const DiffPane *pane, int line) {
            const int top = pane->firstVisibleLine();
            return line >= top && line < top + int(pane->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
        };
        // The view opens on the first change.
        QCOMPARE(view.currentHunk(), 0);
        QCOMPARE(caretLine(view.leftPane()), first);
        QVERIFY(onScreen(view.rightPane(), first));
        QVERIFY(!view.previousChangeAction()->isEnabled());

        view.leftPane()->setFocus();
        QTest::keyClick(view.leftPane(), Qt::Key_F7);
        QCOMPARE(view.currentHunk(), 1);
        QCOMPARE(caretLine(view.leftPane()), second);
        QCOMPARE(caretLine(view.rightPane()), second);
        QVERIFY(onScreen(view.leftPane(), second));
        QVERIFY(onScreen(view.rightPane(), second));
        QVERIFY(view.leftPane()->markersAtLine(second) & (1u << DiffPane::CurrentHunkMarker));
        QVERIFY(!(view.leftPane()->markersAtLine(first) & (1u << DiffPane::CurrentHunkMarker)));
        QVERIFY(!view.nextChangeAction()->isEnabled());

        QTest::keyClick(view.leftPane(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(view.currentHunk(), 0);
        QCOMPARE(caretLine(view.rightPane()), first);

        // From a line the user clicked, "next" goes to the next change below it.
        view.leftPane()->setCursorPosition(100, 0);
        view.nextChangeAction()->trigger();
        QCOMPARE(view.currentHunk(), 1);
    }

    void scrollsBothSidesTogether()
    {
        DiffView view;
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTexts(u"a"_s, numberedLines(300, 0, 0, {}), u"b"_s, numberedLines(300, 5, 250, u" (edited)"_s));

        DiffPane *l = view.leftPane();
        DiffPane *r = view.rightPane();
        // Dragging a scroll bar.
        l->verticalScrollBar()->setValue(120);
        QCOMPARE(l->firstVisibleLine(), 120);
        QCOMPARE(r->firstVisibleLine(), 120);

        // The mouse wheel over the other side.
        QWheelEvent wheel(QPointF(50, 50), r->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(r->viewport(), &wheel);
        QVERIFY(r->firstVisibleLine() > 120);
        QCOMPARE(l->firstVisibleLine(), r->firstVisibleLine());

        // The keyboard.
        r->setFocus();
        const int before = r->firstVisibleLine();
        r->setCursorPosition(before + 1, 0);
        QTest::keyClick(r, Qt::Key_PageDown);
        QVERIFY(r->firstVisibleLine() > before);
        QCOMPARE(l->firstVisibleLine(), r->firstVisibleLine());

        // Sideways.
        r->horizontalScrollBar()->setValue(60);
        QCOMPARE(r->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET), 60);
        QCOMPARE(l->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET), 60);
    }

    void copiesAndExportsTheUnifiedDiff()
    {
        DiffView view;
        const QString left = u"Be brief.\nCite sources.\n"_s;
        const QString right = u"Be very brief.\nCite sources.\nNo emoji.\n"_s;
        view.setTexts(u"v1"_s, left, u"draft"_s, right);
        const QString expected = TextDiff::compare(left, right).unifiedDiff(u"v1"_s, u"draft"_s);
        QVERIFY(!expected.isEmpty());
        QGuiApplication::clipboard()->clear();
        view.copyUnifiedDiff();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"change.diff"_s);
        QVERIFY(view.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), expected);
        QString error;
        QVERIFY(!view.exportTo(dir.filePath(u"missing/dir/x.diff"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void identicalTextsDisableChangeActions()
    {
        DiffView view;
        view.setTexts(u"a"_s, u"same\n"_s, u"b"_s, u"same\n"_s);
        QCOMPARE(view.currentHunk(), -1);
        QVERIFY(!view.nextChangeAction()->isEnabled());
        QCOMPARE(view.findChild<QLabel *>(u"summaryLabel"_s)->text(), u"+0 \u22120 lines"_s);
        QCOMPARE(markers(view.leftPane(), 0), 0u);
    }

    void lexersKeepTheMarks()
    {
        DiffView view;
        QsciLexerJSON leftLexer, rightLexer;
        view.setTexts(u"a"_s, u"{\n  \"temperature\": 0.7\n}\n"_s, u"b"_s, u"{\n  \"temperature\": 0.2\n}\n"_s);
        view.setLexers(&leftLexer, &rightLexer);
        QCOMPARE(view.leftPane()->lexer(), &leftLexer);
        QCOMPARE(markers(view.rightPane(), 1), bits({DiffPane::ChangedMarker, DiffPane::ChangedBar}));
        QCOMPARE(indicatorBytes(view.rightPane(), 1), expectedBytes(u"  \"temperature\": 0."_s, u"2"_s, {}));
        QCOMPARE(view.rightPane()->marginNumber(1), u"2"_s);
        view.setLexers(nullptr, nullptr);
    }

    void followsTheColourScheme()
    {
        DiffView view;
        view.setTexts(u"a"_s, u"x\n"_s, u"b"_s, u"y\n"_s);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        view.setPalette(dark);
        const long bgr = view.leftPane()->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, QsciScintillaBase::STYLE_DEFAULT);
        QCOMPARE(QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff)), QColor(0x1e, 0x1e, 0x1e));
    }

    void promptDiffViewShowsParametersAndMessages()
    {
        PromptSnapshot a;
        a.chat = true;
        a.parameters = QJsonDocument::fromJson(R"({"model": "gpt-4o", "temperature": 0.7})").object();
        a.messages = QJsonDocument::fromJson(R"([{"role": "system", "content": "Be brief."},
                                                 {"role": "user", "content": "{{question}}"}])").array();
        PromptSnapshot b = a;
        b.parameters = QJsonDocument::fromJson(R"({"model": "gpt-4o", "temperature": 0.2, "seed": 7})").object();
        b.messages = QJsonDocument::fromJson(R"([{"role": "system", "content": "Be very brief."},
                                                 {"role": "user", "content": "{{question}}"},
                                                 {"role": "user", "content": "Answer in Korean."}])").array();
        PromptDiffView view;
        view.setPrompts(u"v1"_s, a, u"v2"_s, b);

        QCOMPARE(view.findChild<QLabel *>(u"promptSummaryLabel"_s)->text(),
                 u"2 parameters changed · 1 message changed · 1 message added"_s);
        const QTableWidget *table = view.parametersTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), u"model"_s);
        QCOMPARE(table->item(1, 0)->text(), u"seed"_s);
        QCOMPARE(table->item(1, 2)->text(), u"7"_s);
        QCOMPARE(table->item(2, 1)->text(), u"0.7"_s);
        QCOMPARE(table->item(2, 2)->text(), u"0.2"_s);
        QVERIFY(table->item(2, 0)->font().bold());
        QVERIFY(!table->item(0, 0)->font().bold());

        const QListWidget *list = view.messageList();
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), u"~  1. system"_s);
        QCOMPARE(list->item(1)->text(), u"=  2. user"_s);
        QCOMPARE(list->item(2)->text(), u"+  3. user"_s);
        // Opens on the first changed message.
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(view.textView()->rightPane()->text(0), u"Be very brief."_s);
        view.showMessage(2);
        QCOMPARE(view.textView()->rightPane()->text(0), u"Answer in Korean."_s);
        QCOMPARE(view.textView()->leftPane()->text(0), QString());
        QCOMPARE(view.unifiedDiff(), view.diff().unifiedDiff(u"v1"_s, u"v2"_s));
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
