#include "spellcheckscanner.h"

#include "workspace/datasetbatch.h"

#include <Sonnet/Speller>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace lathe {

namespace {

// Spans that are not prose: template tags, URLs, email addresses, paths.
QList<QPair<qsizetype, qsizetype>> maskedSpans(const QString &text)
{
    static thread_local const QRegularExpression re(QStringLiteral(
        "\\{\\{.*?\\}\\}|\\{%.*?%\\}|\\{#.*?#\\}|\\b[a-z][a-z0-9+.-]*://\\S+|\\S+@\\S+|(?:~|\\.{1,2})?/\\S+"),
        QRegularExpression::DotMatchesEverythingOption);
    QList<QPair<qsizetype, qsizetype>> spans;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    return spans;
}

bool checkable(QStringView word, bool hangul)
{
    if (word.size() < 2 || word.size() > 40)
        return false;
    bool sawScript = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit() || c == u'_')
            return false;
        if (i > 0 && c.isUpper())
            return false;
        if (c.isLetter()) {
            const bool isHangul = c.script() == QChar::Script_Hangul;
            if (isHangul != hangul || (!hangul && c.script() != QChar::Script_Latin))
                return false;
            sawScript = true;
        }
    }
    return sawScript;
}

} // namespace

QStringList SpellCheckScanner::availableLanguages()
{
    QStringList languages = Sonnet::Speller().availableLanguages();
    languages.sort();
    return languages;
}

QString SpellCheckScanner::defaultLanguage(const QStringList &available)
{
    if (available.contains(QStringLiteral("en_US")))
        return QStringLiteral("en_US");
    for (const QString &code : available) {
        if (code.startsWith(QStringLiteral("en")))
            return code;
    }
    return available.value(0);
}

SpellingReport SpellCheckScanner::scan(const CleaningData &data, const QString &language,
                                       const QStringList &columnKeys, const std::atomic_bool *cancel)
{
    SpellingReport report;
    report.language = language;
    report.columnKeys = columnKeys;
    Sonnet::Speller speller(language);
    if (language.isEmpty() || !speller.isValid()) {
        report.dictionaryMissing = true;
        return report;
    }
    const bool hangul = language.startsWith(QStringLiteral("ko"));
    QHash<QString, bool> misspelled;
    QHash<QString, QStringList> suggestions;
    for (qsizetype r = 0; r < data.rows.size(); ++r) {
        if (cancel && (r % 64) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        for (const QString &key : columnKeys) {
            const auto value = data.rows.at(r).data.constFind(key);
            if (value == data.rows.at(r).data.constEnd() || !value->isString())
                continue;
            const QString text = value->toString();
            const auto masked = maskedSpans(text);
            QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
            qsizetype start = 0;
            while (finder.toNextBoundary() >= 0) {
                const qsizetype end = finder.position();
                const bool isWord = finder.boundaryReasons().testFlag(QTextBoundaryFinder::EndOfItem);
                if (isWord && end > start) {
                    const QStringView word = QStringView(text).sliced(start, end - start);
                    const bool inMask = std::any_of(masked.cbegin(), masked.cend(), [&](const auto &s) {
                        return start < s.second && end > s.first;
                    });
                    if (!inMask && checkable(word, hangul)) {
                        const QString w = word.toString();
                        auto it = misspelled.constFind(w);
                        if (it == misspelled.constEnd())
                            it = misspelled.insert(w, speller.isMisspelled(w));
                        if (*it) {
                            if (!suggestions.contains(w))
                                suggestions.insert(w, speller.suggest(w).mid(0, 5));
                            report.issues.append({r, key, start, end - start, w, suggestions.value(w)});
                        }
                    }
                }
                start = end;
            }
        }
    }
    return report;
}

std::optional<DatasetEdit> SpellCheckScanner::apply(Database &db, const CleaningData &data,
                                                    const SpellingReport &report,
                                                    const QList<QPair<qsizetype, QString>> &corrections,
                                                    WorkspaceError *error)
{
    // Per cell, the corrections from the end backwards so earlier offsets stay valid.
    QMap<QPair<qsizetype, QString>, QList<QPair<qsizetype, QString>>> byCell;
    for (const auto &c : corrections) {
        const SpellingIssue &issue = report.issues.at(c.first);
        byCell[{issue.row, issue.columnKey}].append(c);
    }
    DatasetBatch batch(db, data.datasetId, data.versionId);
    int fixed = 0;
    for (auto it = byCell.begin(); it != byCell.end(); ++it) {
        QList<QPair<qsizetype, QString>> list = it.value();
        std::sort(list.begin(), list.end(), [&](const auto &a, const auto &b) {
            return report.issues.at(a.first).start > report.issues.at(b.first).start;
        });
        QString text = CleaningData::cellText(data.rows.at(it.key().first), it.key().second);
        for (const auto &c : list) {
            const SpellingIssue &issue = report.issues.at(c.first);
            text.replace(issue.start, issue.length, c.second);
            ++fixed;
        }
        batch.setCell(data.rows.at(it.key().first).id, it.key().second, text);
    }
    QJsonArray columns;
    for (const QString &key : report.columnKeys)
        columns.append(data.columnName(key));
    const int cells = int(batch.changeCount());
    batch.setMessage(tr("Corrected %n spelling(s)", nullptr, fixed));
    batch.setActivity(QStringLiteral("dataset.spellcheck"),
                      tr("Corrected %n spelling(s) in “%1”", nullptr, fixed).arg(data.datasetName),
                      QJsonObject{{QStringLiteral("language"), report.language},
                                  {QStringLiteral("columns"), columns},
                                  {QStringLiteral("corrections"), fixed},
                                  {QStringLiteral("cells"), cells}});
    return batch.apply(error);
}

} // namespace lathe
