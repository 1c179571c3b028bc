#include "classification.h"

#include "eval/unicodetext.h"

#include <algorithm>
#include <map>
#include <string>

namespace lathe {

QString Classification::normalizeLabel(QStringView label)
{
    // Qt folds one code point to one; add the common full foldings (as Python's casefold()).
    QString folded = label.trimmed().toString().toCaseFolded();
    static const struct
    {
        char16_t from;
        const char16_t *to;
    } kFull[] = {{u'\u00DF', u"ss"}, {u'\uFB00', u"ff"}, {u'\uFB01', u"fi"}, {u'\uFB02', u"fl"},
                 {u'\uFB03', u"ffi"}, {u'\uFB04', u"ffl"}, {u'\uFB05', u"st"}, {u'\uFB06', u"st"}};
    for (const auto &f : kFull)
        folded.replace(QChar(f.from), QString::fromUtf16(f.to));
    return folded;
}

ClassificationReport Classification::evaluate(const QStringList &truth, const QStringList &predicted,
                                              bool normalizeLabels)
{
    ClassificationReport r;
    const qsizetype n = std::min(truth.size(), predicted.size());
    QStringList t;
    QStringList p;
    for (qsizetype i = 0; i < n; ++i) {
        t.append(normalizeLabels ? normalizeLabel(truth[i]) : truth[i]);
        p.append(normalizeLabels ? normalizeLabel(predicted[i]) : predicted[i]);
    }

    // Sorted union, ordered by code point.
    std::map<std::u32string, qsizetype> index;
    for (const QStringList *list : {&t, &p}) {
        for (const QString &s : *list)
            index.emplace(UnicodeText::codePoints(s), 0);
    }
    qsizetype k = 0;
    for (auto &[key, value] : index) {
        value = k++;
        ClassificationReport::Label label;
        label.label = UnicodeText::toQString(key);
        r.labels.append(label);
    }
    const qsizetype labels = r.labels.size();
    r.confusion = QList<QList<qint64>>(labels, QList<qint64>(labels, 0));
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype a = index.at(UnicodeText::codePoints(t[i]));
        const qsizetype b = index.at(UnicodeText::codePoints(p[i]));
        ++r.confusion[a][b];
        ++r.labels[a].support;
        ++r.labels[b].predicted;
        if (a == b)
            ++r.correct;
    }
    r.count = n;
    r.accuracy = n ? double(r.correct) / double(n) : 0.0;

    qint64 supportSum = 0;
    for (qsizetype i = 0; i < labels; ++i) {
        ClassificationReport::Label &l = r.labels[i];
        const qint64 tp = r.confusion[i][i];
        const qint64 fp = l.predicted - tp;
        const qint64 fn = l.support - tp;
        l.precision = tp + fp ? double(tp) / double(tp + fp) : 0.0;
        l.recall = tp + fn ? double(tp) / double(tp + fn) : 0.0;
        l.f1 = 2 * tp + fp + fn ? double(2 * tp) / double(2 * tp + fp + fn) : 0.0;
        r.macroPrecision += l.precision;
        r.macroRecall += l.recall;
        r.macroF1 += l.f1;
        r.weightedPrecision += l.precision * double(l.support);
        r.weightedRecall += l.recall * double(l.support);
        r.weightedF1 += l.f1 * double(l.support);
        supportSum += l.support;
    }
    if (labels > 0) {
        r.macroPrecision /= double(labels);
        r.macroRecall /= double(labels);
        r.macroF1 /= double(labels);
    }
    if (supportSum > 0) {
        r.weightedPrecision /= double(supportSum);
        r.weightedRecall /= double(supportSum);
        r.weightedF1 /= double(supportSum);
    } else {
        r.weightedPrecision = r.weightedRecall = r.weightedF1 = 0.0;
    }
    r.microPrecision = r.microRecall = r.microF1 = r.accuracy;
    return r;
}

} // namespace lathe
