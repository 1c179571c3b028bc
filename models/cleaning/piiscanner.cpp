#include "piiscanner.h"

#include "piichecks.h"

#include <QRegularExpression>

namespace lathe {

namespace {

// Patterns are compiled once per thread (QRegularExpression matching is then never shared).
#define LATHE_PII_REGEX(name, pattern) \
    static thread_local const QRegularExpression name(QStringLiteral(pattern))

QString digitsOf(QStringView s)
{
    QString d;
    for (QChar c : s) {
        if (c >= u'0' && c <= u'9')
            d += c;
    }
    return d;
}

void add(QList<PiiMatch> &out, PiiType type, QStringView text, qsizetype start, qsizetype length, QString canonical)
{
    out.append({type, start, length, text.sliced(start, length).toString(), std::move(canonical)});
}

// Lower-cased text just before `start`, for context words ("order", "version").
QString before(QStringView text, qsizetype start, qsizetype span)
{
    const qsizetype from = std::max<qsizetype>(0, start - span);
    return text.sliced(from, start - from).toString().toLower();
}

bool isIbanCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

bool koreanNational(QStringView digits)
{
    LATHE_PII_REGEX(re, "^(?:1[016789]\\d{7,8}|2\\d{7,8}|(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])\\d{7,8}|70\\d{8})$");
    return re.matchView(digits).hasMatch();
}

} // namespace

QList<PiiMatch> PiiScanner::scan(QStringView text) const
{
    QList<PiiMatch> found;
    if (m_types & PiiType::Email)
        scanEmails(text, found);
    if (m_types & PiiType::Iban)
        scanIbans(text, found);
    if (m_types & PiiType::Rrn)
        scanResidentNumbers(text, found);
    if (m_types & PiiType::Card)
        scanCards(text, found);
    if (m_types & PiiType::Phone)
        scanPhones(text, found);
    if (m_types & PiiType::Ip)
        scanIps(text, found);
    // Earlier first, then longer; the stable sort keeps the order above for exact ties.
    std::stable_sort(found.begin(), found.end(), [](const PiiMatch &a, const PiiMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<PiiMatch> out;
    qsizetype end = 0;
    for (PiiMatch &m : found) {
        if (m.start >= end) {
            end = m.start + m.length;
            out.append(std::move(m));
        }
    }
    return out;
}

void PiiScanner::scanEmails(QStringView text, QList<PiiMatch> &out) const
{
    LATHE_PII_REGEX(re, "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\\-]{0,62}[A-Za-z0-9_%+\\-])?"
                        "@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\\-])");
    for (auto it = re.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView value = m.capturedView();
        if (value.left(value.indexOf(u'@')).contains(u".."))
            continue;
        add(out, PiiType::Email, text, m.capturedStart(), m.capturedLength(), value.toString().toLower());
    }
}

void PiiScanner::scanPhones(QStringView text, QList<PiiMatch> &out) const
{
#define LATHE_PHONE(core) "(?<![A-Za-z0-9+\\-/_])(?<!\\d[.,])(?:" core ")(?![A-Za-z0-9]|[\\-./]\\d)"
    LATHE_PII_REGEX(mobile, LATHE_PHONE("01[016789]([-. ])\\d{3,4}\\1\\d{4}|010\\d{8}"));
    LATHE_PII_REGEX(landline, LATHE_PHONE("0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4])([-. ])\\d{3,4}\\1\\d{4}"
                                          "|\\(0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4])\\) ?\\d{3,4}-\\d{4}"
                                          "|070([-. ])\\d{4}\\2\\d{4}"));
    LATHE_PII_REGEX(nanp, LATHE_PHONE("\\([2-9]\\d{2}\\) ?[2-9]\\d{2}-\\d{4}|[2-9]\\d{2}([-.])[2-9]\\d{2}\\1\\d{4}"));
    LATHE_PII_REGEX(intl, LATHE_PHONE("\\+[1-9]\\d{0,2}(?:[ .\\-]?\\(0\\))?(?:[ .\\-]?(?:\\(\\d{1,4}\\)|\\d{1,5})){2,6}"));
#undef LATHE_PHONE
    for (const QRegularExpression *re : {&mobile, &landline, &nanp}) {
        for (auto it = re->globalMatchView(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(out, PiiType::Phone, text, m.capturedStart(), m.capturedLength(), digitsOf(m.capturedView()));
        }
    }
    for (auto it = intl.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.capturedView().toString();
        value.remove(QStringLiteral("(0)"));
        const QString digits = digitsOf(value);
        if (digits.size() < 8 || digits.size() > 15)
            continue;
        QString canonical = u'+' + digits;
        if (digits.startsWith(u"82")) {
            if (!koreanNational(QStringView(digits).sliced(2)))
                continue;
            canonical = u'0' + digits.sliced(2);
        } else if (digits.startsWith(u'1') && digits.size() != 11) {
            continue;   // North America: +1 and ten digits
        }
        add(out, PiiType::Phone, text, m.capturedStart(), m.capturedLength(), canonical);
    }
}

void PiiScanner::scanCards(QStringView text, QList<PiiMatch> &out) const
{
    LATHE_PII_REGEX(re, "(?<![A-Za-z0-9\\-.,_/])\\d(?:[ \\-]?\\d){12,18}(?![A-Za-z0-9]|[\\-.,/]\\d)");
    for (auto it = re.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView value = m.capturedView();
        const bool spaces = value.contains(u' ');
        const bool dashes = value.contains(u'-');
        if (spaces && dashes)
            continue;
        if (spaces || dashes) {
            QList<qsizetype> groups;
            for (QStringView g : value.tokenize(spaces ? u' ' : u'-'))
                groups.append(g.size());
            const bool fours = std::all_of(groups.cbegin(), groups.cend() - 1, [](qsizetype s) { return s == 4; })
                               && groups.last() >= 1 && groups.last() <= 4;
            const bool amexOrDiners = groups.size() == 3 && groups.at(0) == 4 && groups.at(1) == 6
                                      && (groups.at(2) == 5 || groups.at(2) == 4);
            if (!fours && !amexOrDiners)
                continue;
        }
        const QString digits = digitsOf(value);
        if (!PiiChecks::cardNumber(digits))
            continue;
        const QString context = before(text, m.capturedStart(), 24);
        static const char16_t *const notCards[] = {u"order", u"invoice", u"tracking", u"주문", u"송장"};
        if (std::any_of(std::begin(notCards), std::end(notCards),
                        [&](const char16_t *w) { return context.contains(QStringView(w)); }))
            continue;
        add(out, PiiType::Card, text, m.capturedStart(), m.capturedLength(), digits);
    }
}

void PiiScanner::scanIbans(QStringView text, QList<PiiMatch> &out) const
{
    LATHE_PII_REGEX(re, "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?=[ ]?[A-Z0-9])");
    for (auto it = re.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        const int length = PiiChecks::ibanLength(text.sliced(start, 2));
        if (length == 0)
            continue;
        // Collect exactly `length` characters, allowing single spaces between groups.
        QString compact = m.capturedView().toString();
        QList<qsizetype> groups{4};
        bool spaced = false;
        qsizetype pos = start + 4;
        while (compact.size() < length && pos < text.size()) {
            const QChar c = text.at(pos);
            if (c == u' ' && pos + 1 < text.size() && isIbanCharacter(text.at(pos + 1))) {
                spaced = true;
                groups.append(0);
                ++pos;
                continue;
            }
            if (!isIbanCharacter(c))
                break;
            compact += c;
            ++groups.last();
            ++pos;
        }
        if (compact.size() != length)
            continue;
        if (pos < text.size() && text.at(pos).isLetterOrNumber() && text.at(pos).unicode() < 0x80)
            continue;
        if (spaced && !std::all_of(groups.cbegin(), groups.cend() - 1, [](qsizetype g) { return g == 4; }))
            continue;
        if (!PiiChecks::iban(compact))
            continue;
        add(out, PiiType::Iban, text, start, pos - start, compact);
    }
}

void PiiScanner::scanIps(QStringView text, QList<PiiMatch> &out) const
{
    LATHE_PII_REGEX(v4, "(?<![A-Za-z0-9.\\-])(?:\\d{1,3}\\.){3}\\d{1,3}(?![A-Za-z0-9]|\\.\\d)");
    LATHE_PII_REGEX(v6, "(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\\d{1,3}(?:\\.\\d{1,3}){3})?"
                        "(?![0-9A-Za-z:]|\\.\\d)");
    for (auto it = v4.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!PiiChecks::ipv4(m.capturedView()))
            continue;
        const QString context = before(text, m.capturedStart(), 12);
        if (context.contains(u"version") || context.contains(u"ver.") || context.contains(u"ver ")
            || context.contains(u"버전") || context.contains(u"release"))
            continue;
        add(out, PiiType::Ip, text, m.capturedStart(), m.capturedLength(), m.captured());
    }
    for (auto it = v6.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (PiiChecks::ipv6(m.capturedView()))
            add(out, PiiType::Ip, text, m.capturedStart(), m.capturedLength(), m.captured().toLower());
    }
}

void PiiScanner::scanResidentNumbers(QStringView text, QList<PiiMatch> &out) const
{
    LATHE_PII_REGEX(re, "(?<![A-Za-z0-9\\-])(\\d{6})-(\\d{7})(?![A-Za-z0-9]|-\\d)");
    for (auto it = re.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (PiiChecks::residentNumber(QString(m.captured(1) + m.captured(2)), m_today))
            add(out, PiiType::Rrn, text, m.capturedStart(), m.capturedLength(), m.captured());
    }
}

} // namespace lathe
