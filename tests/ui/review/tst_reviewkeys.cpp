// ReviewKeys: the review keyboard as a reviewer types it, including "r then digit", Shift+digit
// on the digit key or on a US layout's symbol, Esc, and keys left to the application.
#include "review/reviewkeys.h"

#include <QTest>

using namespace lathe;
using A = ReviewKeys::Action;

class TestReviewKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("rating");
        const int none = int(Qt::NoModifier);
        const int shift = int(Qt::ShiftModifier);
        QTest::newRow("j") << int(Qt::Key_J) << none << int(A::Next) << 0;
        QTest::newRow("k") << int(Qt::Key_K) << none << int(A::Previous) << 0;
        QTest::newRow("1") << int(Qt::Key_1) << none << int(A::PreferA) << 0;
        QTest::newRow("2") << int(Qt::Key_2) << none << int(A::PreferB) << 0;
        QTest::newRow("3") << int(Qt::Key_3) << none << int(A::Tie) << 0;
        QTest::newRow("4") << int(Qt::Key_4) << none << int(A::BothBad) << 0;
        QTest::newRow("keypad 2") << int(Qt::Key_2) << int(Qt::KeypadModifier) << int(A::PreferB) << 0;
        QTest::newRow("c") << int(Qt::Key_C) << none << int(A::Comment) << 0;
        QTest::newRow("n") << int(Qt::Key_N) << none << int(A::NextUnjudged) << 0;
        QTest::newRow("h") << int(Qt::Key_H) << none << int(A::PreviousOutput) << 0;
        QTest::newRow("right") << int(Qt::Key_Right) << none << int(A::NextOutput) << 0;
        QTest::newRow("0") << int(Qt::Key_0) << none << int(A::ClearPreference) << 0;
        QTest::newRow("delete") << int(Qt::Key_Delete) << none << int(A::ClearPreference) << 0;
        QTest::newRow("shift+3 digit") << int(Qt::Key_3) << shift << int(A::Rate) << 3;
        QTest::newRow("shift+1 as !") << int(Qt::Key_Exclam) << shift << int(A::Rate) << 1;
        QTest::newRow("shift+5 as %") << int(Qt::Key_Percent) << shift << int(A::Rate) << 5;
        QTest::newRow("shift+6") << int(Qt::Key_6) << shift << int(A::None) << 0;
        QTest::newRow("5 alone") << int(Qt::Key_5) << none << int(A::None) << 0;
        QTest::newRow("ctrl+1") << int(Qt::Key_1) << int(Qt::ControlModifier) << int(A::None) << 0;
        QTest::newRow("alt+j") << int(Qt::Key_J) << int(Qt::AltModifier) << int(A::None) << 0;
        QTest::newRow("x") << int(Qt::Key_X) << none << int(A::None) << 0;
    }

    void singleKeys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(int, action);
        QFETCH(int, rating);
        ReviewKeys keys;
        const ReviewKeys::Result r = keys.press(key, Qt::KeyboardModifiers(modifiers));
        QCOMPARE(int(r.action), action);
        QCOMPARE(r.rating, rating);
        QVERIFY(!keys.awaitingRating());
    }

    void rThenDigit()
    {
        ReviewKeys keys;
        QCOMPARE(keys.press(Qt::Key_R, Qt::NoModifier).action, A::Pending);
        QVERIFY(keys.awaitingRating());
        const ReviewKeys::Result r = keys.press(Qt::Key_5, Qt::NoModifier);
        QCOMPARE(r.action, A::Rate);
        QCOMPARE(r.rating, 5);
        // After the rating, 1 is a preference again.
        QCOMPARE(keys.press(Qt::Key_1, Qt::NoModifier).action, A::PreferA);
        // r then Esc, r then a non-rating key: cancelled, and the key is not acted on.
        keys.press(Qt::Key_R, Qt::NoModifier);
        QCOMPARE(keys.press(Qt::Key_Escape, Qt::NoModifier).action, A::Cancelled);
        keys.press(Qt::Key_R, Qt::NoModifier);
        QCOMPARE(keys.press(Qt::Key_J, Qt::NoModifier).action, A::Cancelled);
        keys.press(Qt::Key_R, Qt::NoModifier);
        QCOMPARE(keys.press(Qt::Key_6, Qt::NoModifier).action, A::Cancelled);
        // r then Shift+2 rates 2 too; Ctrl after r gives the key back.
        keys.press(Qt::Key_R, Qt::NoModifier);
        QCOMPARE(keys.press(Qt::Key_At, Qt::ShiftModifier).rating, 2);
        keys.press(Qt::Key_R, Qt::NoModifier);
        QCOMPARE(keys.press(Qt::Key_C, Qt::ControlModifier).action, A::None);
        QVERIFY(!keys.awaitingRating());
    }
};

QTEST_APPLESS_MAIN(TestReviewKeys)
#include "tst_reviewkeys.moc"
