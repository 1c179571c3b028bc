// Fuzz target for the text metrics. The input (UTF-8, possibly invalid) is split into lines;
// even lines are hypotheses, odd lines their references, with '\t' separating several
// references of one segment. Every metric scores the corpus and each segment; checks that
// scores are finite and inside their ranges, that BLEU and chrF statistics are consistent
// (matches never exceed totals, segments add up to the corpus), and that identical texts
// score the maximum.
#include "eval/bleu.h"
#include "eval/chrf.h"
#include "eval/classification.h"
#include "eval/fuzzy.h"
#include "eval/rouge.h"
#include "eval/squad.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "metrics invariant failed: %s\n", what);
        std::abort();
    }
}

void checkRange(double v, double max, const char *what)
{
    check(std::isfinite(v) && v >= 0.0 && v <= max * (1 + 1e-12), what);
}

void checkBleu(const Bleu &bleu, const QStringList &hyps, const QList<QStringList> &streams)
{
    const BleuScore corpus = bleu.corpusScore(hyps, streams);
    checkRange(corpus.score, 100.0, "corpus BLEU in [0, 100]");
    BleuStatistics sum(bleu.options().maxOrder);
    for (qsizetype i = 0; i < hyps.size(); ++i) {
        QStringList refs;
        for (const QStringList &s : streams)
            refs.append(s[i]);
        const BleuStatistics st = bleu.segmentStatistics(hyps[i], refs);
        for (int n = 0; n < st.maxOrder(); ++n)
            check(st.correct[n] >= 0 && st.correct[n] <= st.total[n], "BLEU matches within totals");
        check(st.total[0] == st.hypLength, "BLEU unigram total is the hypothesis length");
        sum += st;
        checkRange(bleu.sentenceScore(hyps[i], refs).score, 100.0, "sentence BLEU in [0, 100]");
    }
    check(sum == corpus.statistics, "BLEU segment statistics add up to the corpus");
}

void checkChrf(const Chrf &chrf, const QStringList &hyps, const QList<QStringList> &streams)
{
    const ChrfScore corpus = chrf.corpusScore(hyps, streams);
    checkRange(corpus.score, 100.0, "corpus chrF in [0, 100]");
    for (int i = 0; i < corpus.statistics.orders(); ++i) {
        check(corpus.statistics.matches(i) <= corpus.statistics.hypothesis(i), "chrF matches within hypothesis");
        check(corpus.statistics.matches(i) <= corpus.statistics.reference(i), "chrF matches within reference");
    }
    for (qsizetype i = 0; i < hyps.size(); ++i)
        checkRange(chrf.sentenceScore(hyps[i], {hyps[i]}).score, 100.0, "chrF self score in [0, 100]");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(u'\n');
    QStringList hyps;
    QList<QStringList> refsPerSegment;
    qsizetype streamCount = 1;
    for (qsizetype i = 0; i + 1 < lines.size(); i += 2) {
        hyps.append(lines[i]);
        refsPerSegment.append(lines[i + 1].split(u'\t'));
        streamCount = std::max(streamCount, refsPerSegment.constLast().size());
    }
    QList<QStringList> streams(streamCount);
    for (const QStringList &refs : refsPerSegment) {
        for (qsizetype s = 0; s < streamCount; ++s)
            streams[s].append(refs.value(s));
    }

    for (const auto tokenizer : {BleuTokenizer::Kind::Tok13a, BleuTokenizer::Kind::None, BleuTokenizer::Kind::Char}) {
        for (const auto smoothing : {Bleu::Smoothing::Exp, Bleu::Smoothing::Floor, Bleu::Smoothing::AddK, Bleu::Smoothing::None}) {
            Bleu::Options o;
            o.tokenizer = tokenizer;
            o.smoothing = smoothing;
            o.lowercase = smoothing == Bleu::Smoothing::Floor;
            checkBleu(Bleu(o), hyps, streams);
        }
    }
    Chrf::Options eps;
    eps.epsSmoothing = true;
    eps.whitespace = true;
    for (const Chrf::Options &o : {Chrf::Options(), Chrf::chrfPlusPlus(), eps})
        checkChrf(Chrf(o), hyps, streams);

    for (const bool stem : {false, true}) {
        const Rouge rouge(stem);
        for (const char *name : {"rouge1", "rouge2", "rougeL", "rougeLsum"}) {
            const Rouge::Type type = *Rouge::Type::fromName(QString::fromLatin1(name));
            for (qsizetype i = 0; i < hyps.size(); ++i) {
                const RougeScore s = rouge.scoreMulti(refsPerSegment[i], hyps[i], type);
                checkRange(s.precision, 1.0, "ROUGE precision in [0, 1]");
                checkRange(s.recall, 1.0, "ROUGE recall in [0, 1]");
                checkRange(s.fmeasure, 1.0, "ROUGE F in [0, 1]");
                const RougeScore self = rouge.score(hyps[i], hyps[i], type);
                check(self.fmeasure == 0.0 || std::abs(self.fmeasure - 1.0) < 1e-12, "ROUGE self score is 0 or 1");
            }
        }
    }

    const Squad::Score squad = Squad::corpus(hyps, streams);
    checkRange(squad.exactMatch, 100.0, "SQuAD EM in [0, 100]");
    checkRange(squad.f1, 100.0, "SQuAD F1 in [0, 100]");
    check(squad.exactMatch <= squad.f1 + 1e-9, "SQuAD EM never above F1");

    for (qsizetype i = 0; i < hyps.size(); ++i) {
        const QString &ref = refsPerSegment[i].constFirst();
        const qsizetype d = Fuzzy::levenshteinDistance(hyps[i], ref);
        check(d >= 0 && d <= std::max(hyps[i].size(), ref.size()), "Levenshtein distance bounded by the longer text");
        checkRange(Fuzzy::levenshteinSimilarity(hyps[i], ref), 1.0, "Levenshtein similarity in [0, 1]");
        checkRange(Fuzzy::ratio(hyps[i], ref), 100.0, "ratio in [0, 100]");
        check(Fuzzy::ratio(hyps[i], hyps[i]) == 100.0, "ratio of identical texts is 100");
    }

    const ClassificationReport r = Classification::evaluate(streams.constFirst(), hyps, size % 2 == 0);
    checkRange(r.accuracy, 1.0, "accuracy in [0, 1]");
    checkRange(r.macroF1, 1.0, "macro F1 in [0, 1]");
    qint64 cells = 0;
    for (const QList<qint64> &row : r.confusion) {
        for (const qint64 c : row)
            cells += c;
    }
    check(cells == r.count, "confusion matrix counts every segment");
    return 0;
}
