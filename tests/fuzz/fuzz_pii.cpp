// Fuzz target for personal data scanning and redaction. The input (UTF-8, possibly invalid) is
// one text. Checks: matches lie inside the text, in order, without overlap, and each match's
// value is the text it covers; the redacted text is the original with exactly those spans
// replaced by their placeholders; no detected value survives redaction (unless it also occurs
// in the original outside every detected span); and rescanning the redacted text never
// detects a value that was detected before.
#include "cleaning/piiredactor.h"
#include "cleaning/piiscanner.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "pii invariant failed: %s\n", what);
        std::abort();
    }
}

// Occurrences of `value` in `text` that no span covers entirely.
bool occursOutside(const QString &text, const QString &value, const QList<PiiMatch> &spans)
{
    for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        const bool covered = std::any_of(spans.cbegin(), spans.cend(), [&](const PiiMatch &m) {
            return at >= m.start && at + value.size() <= m.start + m.length;
        });
        if (!covered)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PiiScanner scanner(PiiTypeInfo::allTypes(), QDate(2026, 6, 1));
    const QList<PiiMatch> matches = scanner.scan(text);
    qsizetype end = 0;
    for (const PiiMatch &m : matches) {
        check(m.start >= end && m.length > 0 && m.start + m.length <= text.size(), "match bounds and order");
        check(text.mid(m.start, m.length) == m.value, "match value is the covered text");
        check(!m.canonical.isEmpty(), "canonical value");
        end = m.start + m.length;
    }

    PiiRedactor redactor(scanner);
    QList<PiiMatch> again;
    const QString redacted = redactor.redact(text, &again);
    check(again == matches, "redact scans like scan");
    PiiRedactor rebuild(scanner);
    QString expected;
    qsizetype at = 0;
    for (const PiiMatch &m : matches) {
        expected += text.mid(at, m.start - at) + rebuild.placeholder(m);
        at = m.start + m.length;
    }
    expected += text.mid(at);
    check(redacted == expected, "redacted text replaces exactly the spans");

    QSet<QString> detected;
    for (const PiiMatch &m : matches) {
        detected.insert(m.canonical);
        if (!occursOutside(text, m.value, matches))
            check(!redacted.contains(m.value), "a detected value survives redaction");
    }
    for (const PiiMatch &m : scanner.scan(redacted))
        check(!detected.contains(m.canonical) || occursOutside(text, m.value, matches),
              "rescanning finds a redacted value");
    return 0;
}
