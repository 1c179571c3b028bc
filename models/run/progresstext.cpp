#include "progresstext.h"

#include <cmath>

namespace lathe {

using namespace Qt::StringLiterals;

QString ProgressText::duration(qint64 ms)
{
    if (ms < 0)
        return u"--:--"_s;
    const qint64 s = (ms + 500) / 1000;
    const QString mmss = u"%1:%2"_s.arg((s / 60) % 60).arg(s % 60, 2, 10, QChar(u'0'));
    if (s < 3600)
        return mmss;
    return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

QString ProgressText::tokens(qint64 count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 1'000'000)
        return QString::number(double(count) / 1e3, 'f', count < 10'000 ? 2 : 1) + u'k';
    return QString::number(double(count) / 1e6, 'f', count < 10'000'000 ? 2 : 1) + u'M';
}

QString ProgressText::cost(double amount, const QString &currency)
{
    const int decimals = amount == 0 ? 2 : amount < 0.01 ? 5 : amount < 1 ? 4 : 2;
    const QString number = QString::number(amount, 'f', decimals);
    if (currency.isEmpty() || currency == u"USD"_s)
        return u'$' + number;
    return number + u' ' + currency;
}

QString ProgressText::bar(double fraction, int width)
{
    const int filled = qBound(0, int(std::floor(fraction * width)), width);
    return u'[' + QString(filled, u'#') + QString(width - filled, u'.') + u']';
}

QString ProgressText::line(const RunProgress &p)
{
    QString s = u"%1/%2 %3%"_s.arg(p.done).arg(p.total).arg(int(std::floor(p.fraction() * 100)));
    s += u"  %1/s"_s.arg(p.rate, 0, 'f', 1);
    if (p.remaining() > 0)
        s += u"  ETA "_s + duration(p.etaMs);
    if (p.errors > 0)
        s += u"  errors %1"_s.arg(p.errors);
    if (p.cached > 0)
        s += u"  cached %1"_s.arg(p.cached);
    if (p.promptTokens > 0 || p.completionTokens > 0)
        s += u"  tokens "_s + tokens(p.promptTokens) + u'+' + tokens(p.completionTokens);
    if (!p.currency.isEmpty())
        s += u"  "_s + cost(p.cost, p.currency);
    return s;
}

} // namespace lathe
