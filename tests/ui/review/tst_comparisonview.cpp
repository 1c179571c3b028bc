// ComparisonView offscreen: the review keys (j/k, 1-4, r + digit, Shift+digit, c, h/l, 0) store
// the judgements a reviewer meant, with progress; word-difference indicators cover exactly the
// changed words (between outputs and against the expected answer, also in Korean and emoji);
// Markdown rendering; synchronized scrolling; column pickers; screenshots.
#include "../../models/review/reviewfixture.h"
#include "reviewuitest.h"

#include "diff/worddiff.h"
#include "review/outputpane.h"
#include "review/comparisonview.h"
#include "workspace/judgementstore.h"
#include "workspace/statement.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

// "+" per UTF-8 byte of the pane's text carrying `indicator`, "." elsewhere.
QString indicatorBytes(const OutputPane *pane, int indicator)
{
    QsciScintilla *e = pane->editor();
    const long length = e->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    QString out;
    for (long pos = 0; pos < length; ++pos)
        out += e->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, indicator, pos) ? u'+' : u'.';
    return out;
}

// The same picture built from UTF-16 parts: "." for the bytes of `before` and `after`, "+" for `changed`.
QString expectedBytes(const QString &before, const QString &changed, const QString &after)
{
    return QString(before.toUtf8().size(), u'.') + QString(changed.toUtf8().size(), u'+')
         + QString(after.toUtf8().size(), u'.');
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reviewfixture::Run m_run;
    int m_serial = 0;

    std::unique_ptr<ComparisonView> makeView()
    {
        auto view = std::make_unique<ComparisonView>(m_run.ws->database());
        QString error;
        if (!view->setRun(m_run.runId, &error))
            qWarning("setRun: %s", qPrintable(error));
        view->resize(1200, 800);
        return view;
    }

private Q_SLOTS:
    void init()
    {
        m_run = reviewfixture::create(m_dir.filePath(u"review%1.lathe"_s.arg(++m_serial)), 6);
        QVERIFY(m_run.ws);
    }
    void cleanup() { m_run = {}; }

    void keysStoreJudgements()
    {
        auto view = makeView();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QCOMPARE(view->progressText(), u"0 of 6 judged"_s);
        QSignalSpy changed(view.get(), &ComparisonView::judgementsChanged);

        QTest::keyClick(view.get(), Qt::Key_1);              // row 1: A better, then row 2
        QCOMPARE(view->currentRow(), 1);
        QTest::keyClick(view->table(), Qt::Key_2);           // row 2: B better (keys work in the table)
        QTest::keyClick(view.get(), Qt::Key_K);              // back to row 2
        QCOMPARE(view->currentRow(), 1);
        QTest::keyClick(view.get(), Qt::Key_3);              // row 2: tie replaces B better
        QCOMPARE(view->currentRow(), 2);
        QTest::keyClick(view.get(), Qt::Key_J);              // row 4
        QCOMPARE(view->currentRow(), 3);
        QTest::keyClick(view.get(), Qt::Key_R);
        QVERIFY(view->statusText().contains(u"press 1-5"_s));
        QTest::keyClick(view.get(), Qt::Key_4);              // r then 4: rate A 4/5
        QTest::keyClick(view.get(), Qt::Key_L);              // output B
        QCOMPARE(view->currentOutput(), 1);
        QTest::keyClick(view.get(), Qt::Key_5, Qt::ShiftModifier);   // Shift+5: rate B 5/5
        QTest::keyClick(view.get(), Qt::Key_C);
        QVERIFY(view->commentEditor()->isVisible());
        QTest::keyClicks(view->commentEditor(), u"adds a dot"_s);
        QTest::keyClick(view->commentEditor(), Qt::Key_Return);
        QVERIFY(!view->commentEditor()->isVisible());
        QCOMPARE(view->currentRow(), 3);                     // ratings and comments stay on the row

        JudgementStore store(m_run.ws->database());
        const QList<Judgement> all = store.list(m_run.runId);
        QList<Judgement> prefs;
        QList<Judgement> ratings;
        for (const Judgement &j : all)
            (j.kind == JudgementKind::Preference ? prefs : ratings).append(j);
        QCOMPARE(prefs.size(), 2);
        QCOMPARE(prefs[0].caseA, m_run.caseAt(0, 0));
        QCOMPARE(prefs[0].caseB, m_run.caseAt(0, 1));
        QCOMPARE(prefs[0].choice, PreferenceChoice::A);
        QCOMPARE(prefs[1].caseA, m_run.caseAt(1, 0));
        QCOMPARE(prefs[1].choice, PreferenceChoice::Tie);
        QVERIFY(!prefs[1].createdAt.isEmpty());
        QCOMPARE(ratings.size(), 2);
        QCOMPARE(store.ratingOf(m_run.caseAt(3, 0))->rating, std::optional<int>(4));
        const auto b = store.ratingOf(m_run.caseAt(3, 1));
        QCOMPARE(b->rating, std::optional<int>(5));
        QCOMPARE(b->comment, u"adds a dot"_s);
        QCOMPARE(changed.size(), 6);

        // Shown: the progress, the row's vote in the table, the pane notes.
        QCOMPARE(view->progressText(), u"3 of 6 judged"_s);
        const ComparisonModel *model = view->model();
        QCOMPARE(model->data(model->index(0, model->judgementColumn())).toString(), u"A better"_s);
        QCOMPARE(model->data(model->index(1, model->judgementColumn())).toString(), u"tie"_s);
        QVERIFY(view->outputPanes()[1]->note().contains(u"rated 5/5"_s));
        QVERIFY(view->outputPanes()[1]->note().contains(u"adds a dot"_s));

        // 0 clears the preference of the current row.
        view->setCurrentRow(1);
        QVERIFY(view->statusText().startsWith(u"Preference: tie."_s));
        QTest::keyClick(view.get(), Qt::Key_0);
        QCOMPARE(view->progressText(), u"2 of 6 judged"_s);
        QCOMPARE(store.list(m_run.runId).size(), 3);

        // Ctrl+1 is not a vote.
        QTest::keyClick(view.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(store.list(m_run.runId).size(), 3);
        // r then Esc cancels the rating.
        QTest::keyClick(view.get(), Qt::Key_R);
        QTest::keyClick(view.get(), Qt::Key_Escape);
        QTest::keyClick(view.get(), Qt::Key_2);
        QCOMPARE(store.list(m_run.runId).size(), 4);        // a preference, not a rating

        // n: the next row nobody judged. Judged now: rows 1, 2 (B better) and 4.
        view->setCurrentRow(0);
        QTest::keyClick(view.get(), Qt::Key_N);
        QCOMPARE(view->currentRow(), 2);
        QTest::keyClick(view.get(), Qt::Key_N);
        QCOMPARE(view->currentRow(), 4);
    }

    void currentCaseFollowsRowAndOutput()
    {
        auto view = makeView();
        QSignalSpy spy(view.get(), &ComparisonView::currentCaseChanged);
        view->setCurrentRow(2);
        QCOMPARE(spy.constLast()[0].toLongLong(), m_run.caseAt(2, 0));
        QTest::keyClick(view.get(), Qt::Key_L);
        QCOMPARE(spy.constLast()[0].toLongLong(), m_run.caseAt(2, 1));
        QCOMPARE(view->currentCaseId(), m_run.caseAt(2, 1));
    }

    void wordDifferencesCoverChangedWords()
    {
        auto view = makeView();
        view->setCurrentRow(0);   // A "The capital is Paris.", B "The capital is Lyon.", expected as A
        const OutputPane *a = view->outputPanes()[0];
        const OutputPane *b = view->outputPanes()[1];
        QCOMPARE(indicatorBytes(a, OutputPane::othersIndicator()), expectedBytes(u"The capital is "_s, u"Paris"_s, u"."_s));
        QCOMPARE(indicatorBytes(b, OutputPane::othersIndicator()), expectedBytes(u"The capital is "_s, u"Lyon"_s, u"."_s));
        QCOMPARE(indicatorBytes(a, OutputPane::expectedIndicator()), expectedBytes(u"The capital is Paris."_s, {}, {}));
        QCOMPARE(indicatorBytes(b, OutputPane::expectedIndicator()), expectedBytes(u"The capital is "_s, u"Lyon"_s, u"."_s));

        // Against C ("Paris"): A's differences are now computed against C.
        QVERIFY(view->setColumns({m_run.columns[2], m_run.columns[1]}));
        const OutputPane *c = view->outputPanes()[0];
        QCOMPARE(c->text(), u"Paris"_s);
        QCOMPARE(indicatorBytes(c, OutputPane::othersIndicator()), expectedBytes({}, u"Paris"_s, {}));
        QCOMPARE(indicatorBytes(view->outputPanes()[1], OutputPane::othersIndicator()),
                 expectedBytes({}, u"The capital is Lyon."_s, {}));

        // Korean and emoji: byte ranges follow the UTF-16 word ranges exactly.
        QVERIFY(view->setColumns({m_run.columns[0], m_run.columns[1]}));
        view->setCurrentRow(2);   // A "안녕하세요 😀", B "**안녕하세요**", expected "안녕하세요"
        const OutputPane *ka = view->outputPanes()[0];
        QCOMPARE(indicatorBytes(ka, OutputPane::expectedIndicator()), expectedBytes(u"안녕하세요"_s, u" 😀"_s, {}));
        const QList<WordRange> ranges = WordDiff::compare(ka->text(), view->outputPanes()[1]->text()).left;
        QString picture(ka->text().toUtf8().size(), u'.');
        for (const WordRange &r : ranges) {
            const int from = int(ka->text().left(r.start).toUtf8().size());
            const int bytes = int(ka->text().mid(r.start, r.length).toUtf8().size());
            for (int i = from; i < from + bytes; ++i)
                picture[i] = u'+';
        }
        QCOMPARE(indicatorBytes(ka, OutputPane::othersIndicator()), picture);
        QVERIFY(!indicatorBytes(ka, OutputPane::othersIndicator()).startsWith(u'+'));   // the common word is not marked

        // Switching the highlights off clears them.
        const auto boxes = view->findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes) {
            if (box->text() == u"Against expected"_s)
                box->setChecked(false);
        }
        QVERIFY(!indicatorBytes(ka, OutputPane::expectedIndicator()).contains(u'+'));
    }

    void markdownRendersAndDiffsWhatIsShown()
    {
        auto view = makeView();
        view->setCurrentRow(2);
        OutputPane *b = view->outputPanes()[1];
        // Plain: the asterisks differ from the expected answer.
        QVERIFY(indicatorBytes(b, OutputPane::expectedIndicator()).contains(u'+'));
        view->setMarkdown(true);
        QVERIFY(b->isMarkdown());
        QCOMPARE(b->visibleText(), u"안녕하세요"_s);
        QVERIFY(b->browser()->isVisibleTo(view.get()) || !view->isVisible());
        // Rendered, B reads exactly like the expected answer: nothing underlined against it.
        int underlined = 0;
        for (const QTextEdit::ExtraSelection &s : b->browser()->extraSelections())
            underlined += s.format.fontUnderline() ? 1 : 0;
        QCOMPARE(underlined, 0);
        // A still differs by " 😀".
        bool found = false;
        for (const QTextEdit::ExtraSelection &s : view->outputPanes()[0]->browser()->extraSelections())
            found = found || (s.format.fontUnderline() && s.cursor.selectedText() == u" 😀"_s);
        QVERIFY(found);
        view->setMarkdown(false);
        QVERIFY(!b->isMarkdown());
    }

    void scrollingIsSynchronized()
    {
        QStringList longA;
        QStringList longB;
        for (int i = 0; i < 200; ++i) {
            longA << u"Line %1 of the first answer.\n"_s.arg(i);
            if (i % 2 == 0)
                longB << u"Line %1 of the second, shorter answer.\n"_s.arg(i);
        }
        Statement st(m_run.ws->database(), "UPDATE results SET output = ? WHERE case_id = ?");
        st.bind(1, longA.join(QString())).bind(2, m_run.caseAt(4, 0)).exec();
        st.reset();
        st.bind(1, longB.join(QString())).bind(2, m_run.caseAt(4, 1)).exec();
        auto view = makeView();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->setCurrentRow(4);
        OutputPane *a = view->outputPanes()[0];
        OutputPane *b = view->outputPanes()[1];
        QTRY_VERIFY(a->editor()->verticalScrollBar()->maximum() > 0);
        QScrollBar *bar = a->editor()->verticalScrollBar();
        bar->setValue(bar->maximum());   // a drag to the end of A
        QTRY_COMPARE(b->scrollFraction(), 1.0);
        bar->setValue(bar->maximum() / 2);
        QTRY_VERIFY(std::abs(b->scrollFraction() - a->scrollFraction()) < 0.05);
        QVERIFY(a->scrollFraction() > 0.3);
    }

    void pickersChooseColumns()
    {
        auto view = makeView();
        const QList<QComboBox *> pickers = view->findChildren<QComboBox *>();
        QCOMPARE(pickers.size(), 4);
        QCOMPARE(view->outputPanes().size(), 2);
        pickers[2]->setCurrentIndex(pickers[2]->findData(m_run.columns[2]));
        QCOMPARE(view->outputPanes().size(), 3);
        QCOMPARE(view->model()->columns(), (QList<qint64>{m_run.columns[0], m_run.columns[1], m_run.columns[2]}));
        // The same column twice is refused and the pickers show what is shown.
        pickers[1]->setCurrentIndex(pickers[1]->findData(m_run.columns[0]));
        QCOMPARE(view->model()->columns().size(), 3);
        QCOMPARE(pickers[1]->currentData().toLongLong(), m_run.columns[1]);
        QVERIFY(view->statusText().contains(u"different"_s));
    }

    void runOfOneColumn()
    {
        Database &db = m_run.ws->database();
        db.exec("DELETE FROM run_columns WHERE position > 0");
        auto view = makeView();
        QCOMPARE(view->outputPanes().size(), 1);
        QCOMPARE(view->outputPanes()[0]->text(), u"The capital is Paris."_s);
        const QList<QComboBox *> pickers = view->findChildren<QComboBox *>();
        QCOMPARE(pickers[1]->currentIndex(), -1);
        QVERIFY(!pickers[1]->isEnabled());
        QTest::keyClick(view.get(), Qt::Key_1);   // no pair to prefer: refused, said, nothing stored
        QVERIFY(view->statusText().contains(u"both A and B"_s));
        QVERIFY(JudgementStore(db).list(m_run.runId).isEmpty());
        QTest::keyClick(view.get(), Qt::Key_3, Qt::ShiftModifier);   // a rating still works
        QCOMPARE(JudgementStore(db).ratingOf(m_run.caseAt(0, 0))->rating, std::optional<int>(3));
        QCOMPARE(view->progressText(), u"1 of 6 judged"_s);
    }

    void screenshots()
    {
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? reviewuitest::darkPalette() : original);
            auto view = makeView();
            QVERIFY(view->setColumns({m_run.columns[0], m_run.columns[1], m_run.columns[2]}));
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view.get()));
            QTest::keyClick(view.get(), Qt::Key_2);
            QTest::keyClick(view.get(), Qt::Key_K);
            QTest::keyClick(view.get(), Qt::Key_L);
            QTest::keyClick(view.get(), Qt::Key_4, Qt::ShiftModifier);
            QVERIFY(reviewuitest::saveShot(view.get(), u"comparison"_s, dark));
            view->setCurrentRow(2);
            view->setMarkdown(true);
            QVERIFY(reviewuitest::saveShot(view.get(), u"comparison-markdown"_s, dark));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
