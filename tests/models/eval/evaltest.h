#pragma once

// Shared by the metric tests: comparison of floating-point results with the reference tools'
// numbers at a stated tolerance.
#include <QString>
#include <QTest>

#include <cmath>

#define LATHE_COMPARE_NEAR(actual, expected, tolerance)                                                   \
    do {                                                                                                 \
        const double a_ = (actual);                                                                      \
        const double e_ = (expected);                                                                    \
        QVERIFY2(std::abs(a_ - e_) <= (tolerance),                                                       \
                 qPrintable(QStringLiteral("%1 is %2, expected %3")                                      \
                                .arg(QStringLiteral(#actual), QString::number(a_, 'g', 17),              \
                                     QString::number(e_, 'g', 17))));                                    \
    } while (false)
