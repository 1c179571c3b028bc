// Top-level command: score. Text metrics over line-aligned files, sacreBLEU style: one segment
// per line, references as parallel files (repeat --ref for several references).
#include "commandregistry.h"
#include "rescorecommand.h"

#include "eval/bleu.h"
#include "eval/chrf.h"
#include "eval/classification.h"
#include "eval/fuzzy.h"
#include "eval/rouge.h"
#include "eval/squad.h"
#include "eval/unicodetext.h"

#include <QFile>
#include <QJsonArray>

#include <cmath>
#include <limits>
#include <optional>

namespace lathe::cli {
namespace {

using namespace Qt::StringLiterals;

enum class Metric { Bleu, Chrf, ChrfPlusPlus, Rouge, SquadEm, SquadF1, Levenshtein, Ratio, Accuracy, MacroF1 };

struct Input
{
    QStringList hyps;
    QList<QStringList> refs;  // one list per --ref file, parallel to hyps

    // The references of segment i; empty lines count as absent unless all are empty.
    QStringList refsAt(qsizetype i) const
    {
        QStringList out;
        for (const QStringList &r : refs) {
            if (!r[i].isEmpty())
                out.append(r[i]);
        }
        return out.isEmpty() ? QStringList{QString()} : out;
    }
};

// One output row: the score and its components, in insertion order for the text form.
struct Result
{
    double score = 0.0;
    QJsonObject json;
    QString line;  // the human-readable corpus line
};

template <typename T>
bool lookup(const QList<std::pair<QString, T>> &table, const QString &name, T *value)
{
    for (const auto &[n, v] : table) {
        if (n == name) {
            *value = v;
            return true;
        }
    }
    return false;
}

std::optional<Metric> metricFromName(const QString &name, std::optional<Rouge::Type> *rouge)
{
    static const QList<std::pair<QString, Metric>> names = {
        {u"bleu"_s, Metric::Bleu},          {u"chrf"_s, Metric::Chrf},         {u"chrf++"_s, Metric::ChrfPlusPlus},
        {u"squad-em"_s, Metric::SquadEm},   {u"squad-f1"_s, Metric::SquadF1},  {u"levenshtein"_s, Metric::Levenshtein},
        {u"ratio"_s, Metric::Ratio},        {u"accuracy"_s, Metric::Accuracy}, {u"macro-f1"_s, Metric::MacroF1}};
    Metric m{};
    if (lookup(names, name, &m))
        return m;
    *rouge = Rouge::Type::fromName(name);
    if (*rouge)
        return Metric::Rouge;
    return std::nullopt;
}

// The lines of a UTF-8 file ("-" is standard input): "\n" ends a line, a "\r" before it is
// dropped, a final newline does not start another line, and a byte-order mark is skipped.
std::optional<QStringList> readLines(const QString &path, QString *error)
{
    QFile file(path);
    const bool ok = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!ok) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines;
    if (text.isEmpty())
        return lines;
    lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    for (QString &l : lines) {
        if (l.endsWith(u'\r'))
            l.chop(1);
    }
    return lines;
}

template <typename T>
QJsonArray jsonArray(const QList<T> &values)
{
    QJsonArray a;
    for (const T &v : values)
        a.append(double(v));
    return a;
}

QJsonObject bleuJson(const BleuScore &s)
{
    return {{u"score"_s, s.score}, {u"precisions"_s, jsonArray(s.precisions)}, {u"bp"_s, s.brevityPenalty},
            {u"ratio"_s, s.ratio}, {u"hyp_len"_s, double(s.statistics.hypLength)},
            {u"ref_len"_s, double(s.statistics.refLength)}, {u"counts"_s, jsonArray(s.statistics.correct)},
            {u"totals"_s, jsonArray(s.statistics.total)}, {u"verbose"_s, s.format()}};
}

QJsonObject chrfJson(const ChrfScore &s)
{
    return {{u"score"_s, s.score}, {u"name"_s, s.name}, {u"precision"_s, s.precision}, {u"recall"_s, s.recall},
            {u"statistics"_s, jsonArray(s.statistics.counts)}};
}

QJsonObject rougeJson(const RougeScore &s)
{
    return {{u"score"_s, s.fmeasure}, {u"precision"_s, s.precision}, {u"recall"_s, s.recall}, {u"fmeasure"_s, s.fmeasure}};
}

QJsonObject classificationJson(const ClassificationReport &r)
{
    QJsonArray labels;
    for (const ClassificationReport::Label &l : r.labels)
        labels.append(QJsonObject{{u"label"_s, l.label}, {u"precision"_s, l.precision}, {u"recall"_s, l.recall},
                                  {u"f1"_s, l.f1}, {u"support"_s, double(l.support)}});
    QJsonArray confusion;
    for (const QList<qint64> &row : r.confusion)
        confusion.append(jsonArray(row));
    return {{u"accuracy"_s, r.accuracy}, {u"correct"_s, double(r.correct)}, {u"count"_s, double(r.count)},
            {u"macro_precision"_s, r.macroPrecision}, {u"macro_recall"_s, r.macroRecall}, {u"macro_f1"_s, r.macroF1},
            {u"micro_f1"_s, r.microF1}, {u"weighted_f1"_s, r.weightedF1}, {u"labels"_s, labels},
            {u"confusion_matrix"_s, confusion}};
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

struct Options
{
    Metric metric = Metric::Bleu;
    std::optional<Rouge::Type> rougeType;
    Bleu::Options bleu;
    bool lowercase = false;
    bool stem = false;
    bool normalizeLabels = false;
};

// Scores every segment (sentence mode) or the corpus; returns the segment results or one
// corpus result.
QList<Result> evaluate(const Options &o, const Input &in, bool sentence)
{
    QList<Result> out;
    const qsizetype n = in.hyps.size();
    switch (o.metric) {
    case Metric::Bleu: {
        const Bleu bleu(o.bleu);
        if (sentence) {
            for (qsizetype i = 0; i < n; ++i) {
                const BleuScore s = bleu.sentenceScore(in.hyps[i], in.refsAt(i));
                out.append({s.score, bleuJson(s), s.format()});
            }
        } else {
            const BleuScore s = bleu.corpusScore(in.hyps, in.refs);
            out.append({s.score, bleuJson(s), s.format()});
        }
        break;
    }
    case Metric::Chrf:
    case Metric::ChrfPlusPlus: {
        Chrf::Options co = o.metric == Metric::ChrfPlusPlus ? Chrf::chrfPlusPlus() : Chrf::Options();
        co.lowercase = o.lowercase;
        const Chrf chrf(co);
        if (sentence) {
            for (qsizetype i = 0; i < n; ++i) {
                const ChrfScore s = chrf.sentenceScore(in.hyps[i], in.refsAt(i));
                out.append({s.score, chrfJson(s), s.format()});
            }
        } else {
            const ChrfScore s = chrf.corpusScore(in.hyps, in.refs);
            out.append({s.score, chrfJson(s), s.format()});
        }
        break;
    }
    case Metric::Rouge: {
        const Rouge rouge(o.stem);
        QList<RougeScore> scores;
        for (qsizetype i = 0; i < n; ++i) {
            // A line holds one segment: "\n" written as backslash-n separates rougeLsum sentences.
            QStringList refs = in.refsAt(i);
            QString hyp = in.hyps[i];
            if (o.rougeType->kind == Rouge::Kind::Lsum) {
                hyp.replace(u"\\n"_s, u"\n"_s);
                for (QString &r : refs)
                    r.replace(u"\\n"_s, u"\n"_s);
            }
            scores.append(rouge.scoreMulti(refs, hyp, *o.rougeType));
        }
        const QList<RougeScore> rows = sentence ? scores : QList<RougeScore>{Rouge::mean(scores)};
        for (const RougeScore &s : rows)
            out.append({s.fmeasure, rougeJson(s),
                        u"%1: P = %2 R = %3 F = %4"_s.arg(o.rougeType->name(), fixed(s.precision, 4),
                                                          fixed(s.recall, 4), fixed(s.fmeasure, 4))});
        break;
    }
    case Metric::SquadEm:
    case Metric::SquadF1: {
        const bool em = o.metric == Metric::SquadEm;
        const auto add = [&](double exact, double f1, qsizetype count) {
            const double score = em ? exact : f1;
            out.append({score, {{u"score"_s, score}, {u"exact_match"_s, exact}, {u"f1"_s, f1}, {u"count"_s, double(count)}},
                        em ? u"SQuAD EM = %1 (F1 = %2, n = %3)"_s.arg(fixed(exact, 2), fixed(f1, 2)).arg(count)
                           : u"SQuAD F1 = %1 (EM = %2, n = %3)"_s.arg(fixed(f1, 2), fixed(exact, 2)).arg(count)});
        };
        if (sentence) {
            for (qsizetype i = 0; i < n; ++i)
                add(100.0 * Squad::exactMatch(in.hyps[i], in.refsAt(i)), 100.0 * Squad::f1(in.hyps[i], in.refsAt(i)), 1);
        } else {
            const Squad::Score s = Squad::corpus(in.hyps, in.refs);
            add(s.exactMatch, s.f1, s.count);
        }
        break;
    }
    case Metric::Levenshtein:
    case Metric::Ratio: {
        // Per segment the best reference: highest similarity, and separately the smallest
        // distance (Levenshtein, or Indel for ratio).
        const bool lev = o.metric == Metric::Levenshtein;
        double sum = 0.0;
        double distanceSum = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            const QString &h = in.hyps[i];
            double score = -1.0;
            double distance = std::numeric_limits<double>::max();
            for (const QString &r : in.refsAt(i)) {
                score = std::max(score, lev ? Fuzzy::levenshteinSimilarity(h, r) : Fuzzy::ratio(h, r));
                distance = std::min(distance, double(lev ? Fuzzy::levenshteinDistance(h, r) : Fuzzy::indelDistance(h, r)));
            }
            sum += score;
            distanceSum += distance;
            if (sentence)
                out.append({score, {{u"score"_s, score}, {u"distance"_s, distance}}, {}});
        }
        if (!sentence) {
            const double mean = n ? sum / double(n) : 0.0;
            const double meanDistance = n ? distanceSum / double(n) : 0.0;
            out.append({mean, {{u"score"_s, mean}, {u"mean_distance"_s, meanDistance}, {u"count"_s, double(n)}},
                        lev ? u"Levenshtein similarity = %1 (mean distance = %2, n = %3)"_s.arg(fixed(mean, 4), fixed(meanDistance, 2)).arg(n)
                            : u"ratio = %1 (mean Indel distance = %2, n = %3)"_s.arg(fixed(mean, 2), fixed(meanDistance, 2)).arg(n)});
        }
        break;
    }
    case Metric::Accuracy:
    case Metric::MacroF1: {
        const QStringList &truth = in.refs.constFirst();
        if (sentence) {
            for (qsizetype i = 0; i < n; ++i) {
                const QString t = o.normalizeLabels ? Classification::normalizeLabel(truth[i]) : truth[i];
                const QString p = o.normalizeLabels ? Classification::normalizeLabel(in.hyps[i]) : in.hyps[i];
                const double score = t == p ? 1.0 : 0.0;
                out.append({score, {{u"score"_s, score}, {u"label"_s, t}, {u"prediction"_s, p}}, {}});
            }
            break;
        }
        const ClassificationReport r = Classification::evaluate(truth, in.hyps, o.normalizeLabels);
        const bool accuracy = o.metric == Metric::Accuracy;
        QJsonObject j = classificationJson(r);
        j.insert(u"score"_s, accuracy ? r.accuracy : r.macroF1);
        QString line = accuracy ? u"accuracy = %1 (%2/%3)"_s.arg(fixed(r.accuracy, 4)).arg(r.correct).arg(r.count)
                                : u"macro-F1 = %1 (accuracy = %2, n = %3)"_s.arg(fixed(r.macroF1, 4), fixed(r.accuracy, 4)).arg(r.count);
        qsizetype width = 0;
        for (const ClassificationReport::Label &l : r.labels)
            width = std::max(width, std::min<qsizetype>(l.label.size(), 30));
        for (const ClassificationReport::Label &l : r.labels)
            line += u"\n  %1  P = %2 R = %3 F1 = %4 support = %5"_s.arg(l.label.leftJustified(width), fixed(l.precision, 4),
                                                                        fixed(l.recall, 4), fixed(l.f1, 4)).arg(l.support);
        out.append({j.value(u"score"_s).toDouble(), j, line});
        break;
    }
    }
    return out;
}

int score(CliContext &ctx)
{
    if (isRescore(ctx.args))
        return rescoreRun(ctx);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Score hypotheses against references, one segment per line, with the numbers of the reference tools: "
        "bleu, chrf, chrf++ (sacreBLEU, 0-100), rouge1..rouge9, rougeL, rougeLsum (rouge_score, 0-1; in "
        "rougeLsum a literal \\n separates sentences), squad-em, squad-f1 (official SQuAD script, 0-100), "
        "levenshtein (normalized similarity, 0-1), ratio (RapidFuzz fuzz.ratio, 0-100), accuracy, macro-f1 "
        "(scikit-learn, 0-1; one --ref file of gold labels)."_s);
    const QCommandLineOption metric(u"metric"_s, u"The metric."_s, u"NAME"_s);
    const QCommandLineOption hyp(u"hyp"_s, u"Hypotheses (model outputs), one per line; - for standard input."_s, u"FILE"_s);
    const QCommandLineOption ref(u"ref"_s, u"References, parallel to --hyp; repeat for several references."_s, u"FILE"_s);
    const QCommandLineOption tokenize(u"tokenize"_s, u"BLEU tokenizer: 13a (default), none, char."_s, u"NAME"_s);
    const QCommandLineOption smooth(u"smooth"_s, u"BLEU smoothing: exp (default), floor, add-k, none."_s, u"NAME"_s);
    const QCommandLineOption smoothValue(u"smooth-value"_s, u"BLEU floor (0.1) or add-k (1) value."_s, u"X"_s);
    const QCommandLineOption maxOrder(u"max-order"_s, u"BLEU maximum n-gram order (default 4)."_s, u"N"_s);
    const QCommandLineOption lowercase(u"lowercase"_s, u"Lowercase before BLEU or chrF."_s);
    const QCommandLineOption stem(u"stem"_s, u"Porter-stem ROUGE tokens longer than three letters."_s);
    const QCommandLineOption normalize(u"normalize-labels"_s, u"Trim and case-fold labels before comparing."_s);
    const QCommandLineOption sentence(u"sentence"_s, u"Print one score per segment instead of the corpus score."_s);
    const QCommandLineOption run(u"run"_s, u"Re-score a stored run: lathe-cli score WORKSPACE --run ID (see "
                                           "lathe-cli score WORKSPACE --run ID --help)."_s, u"ID"_s);
    const QCommandLineOption json(u"json"_s, u"Print machine-readable JSON at full precision."_s);
    parser.addOptions({metric, hyp, ref, tokenize, smooth, smoothValue, maxOrder, lowercase, stem, normalize, sentence, run, json});
    if (auto code = ctx.parse(parser, 0, -1))
        return *code;

    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(UsageError, u"to score a stored run use lathe-cli score WORKSPACE --run ID; "
                                    "score files with --metric NAME --hyp FILE --ref FILE"_s);
    if (!parser.isSet(metric) || !parser.isSet(hyp) || !parser.isSet(ref))
        return ctx.fail(UsageError, u"--metric, --hyp and --ref are required (see --help)"_s);

    Options o;
    const std::optional<Metric> m = metricFromName(parser.value(metric), &o.rougeType);
    if (!m)
        return ctx.fail(UsageError, u"unknown metric '%1' (see --help)"_s.arg(parser.value(metric)));
    o.metric = *m;
    const bool isBleu = o.metric == Metric::Bleu;
    const bool isClassification = o.metric == Metric::Accuracy || o.metric == Metric::MacroF1;
    const QList<std::pair<const QCommandLineOption *, bool>> applicable = {
        {&tokenize, isBleu}, {&smooth, isBleu}, {&smoothValue, isBleu}, {&maxOrder, isBleu},
        {&lowercase, isBleu || o.metric == Metric::Chrf || o.metric == Metric::ChrfPlusPlus},
        {&stem, o.metric == Metric::Rouge}, {&normalize, isClassification}};
    for (const auto &[option, ok] : applicable) {
        if (parser.isSet(*option) && !ok)
            return ctx.fail(UsageError, u"--%1 does not apply to %2"_s.arg(option->names().constFirst(), parser.value(metric)));
    }
    if (isClassification && parser.values(ref).size() != 1)
        return ctx.fail(UsageError, u"%1 takes exactly one --ref file of gold labels"_s.arg(parser.value(metric)));
    if (o.metric == Metric::MacroF1 && parser.isSet(sentence))
        return ctx.fail(UsageError, u"macro-f1 is a corpus-level metric; --sentence does not apply"_s);

    static const QList<std::pair<QString, BleuTokenizer::Kind>> tokenizers = {
        {u"13a"_s, BleuTokenizer::Kind::Tok13a}, {u"none"_s, BleuTokenizer::Kind::None}, {u"char"_s, BleuTokenizer::Kind::Char}};
    static const QList<std::pair<QString, Bleu::Smoothing>> smoothings = {
        {u"exp"_s, Bleu::Smoothing::Exp}, {u"floor"_s, Bleu::Smoothing::Floor},
        {u"add-k"_s, Bleu::Smoothing::AddK}, {u"none"_s, Bleu::Smoothing::None}};
    if (parser.isSet(tokenize) && !lookup(tokenizers, parser.value(tokenize), &o.bleu.tokenizer))
        return ctx.fail(UsageError, u"unknown tokenizer '%1' (13a, none, char)"_s.arg(parser.value(tokenize)));
    if (parser.isSet(smooth) && !lookup(smoothings, parser.value(smooth), &o.bleu.smoothing))
        return ctx.fail(UsageError, u"unknown smoothing '%1' (exp, floor, add-k, none)"_s.arg(parser.value(smooth)));
    if (parser.isSet(smoothValue)) {
        bool ok = false;
        const double v = parser.value(smoothValue).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0)
            return ctx.fail(UsageError, u"--smooth-value needs a number >= 0"_s);
        o.bleu.smoothValue = v;
    }
    if (parser.isSet(maxOrder)) {
        bool ok = false;
        o.bleu.maxOrder = parser.value(maxOrder).toInt(&ok);
        if (!ok || o.bleu.maxOrder < 1 || o.bleu.maxOrder > 100)
            return ctx.fail(UsageError, u"--max-order needs a whole number from 1 to 100"_s);
    }
    o.lowercase = parser.isSet(lowercase);
    o.bleu.lowercase = o.lowercase;
    o.stem = parser.isSet(stem);
    o.normalizeLabels = parser.isSet(normalize);

    Input in;
    QString error;
    const QString hypPath = parser.value(hyp);
    const std::optional<QStringList> hyps = readLines(hypPath, &error);
    if (!hyps)
        return ctx.fail(BadInput, error);
    in.hyps = *hyps;
    for (const QString &path : parser.values(ref)) {
        const std::optional<QStringList> lines = readLines(path, &error);
        if (!lines)
            return ctx.fail(BadInput, error);
        if (lines->size() != in.hyps.size())
            return ctx.fail(BadInput, u"%1 has %2 lines but %3 has %4"_s.arg(path).arg(lines->size()).arg(hypPath).arg(in.hyps.size()));
        in.refs.append(*lines);
    }

    if (isBleu || o.metric == Metric::Chrf || o.metric == Metric::ChrfPlusPlus) {
        // As the sacreBLEU command line does, every line loses its trailing whitespace (so a
        // blank reference line counts as a missing reference).
        const auto rstrip = [](QStringList &lines) {
            for (QString &l : lines) {
                while (!l.isEmpty() && UnicodeText::isWhitespace(l.back().unicode()))
                    l.chop(1);
            }
        };
        rstrip(in.hyps);
        for (QStringList &r : in.refs)
            rstrip(r);
    }
    const QList<Result> results = evaluate(o, in, parser.isSet(sentence));
    if (parser.isSet(json)) {
        QJsonObject top{{u"metric"_s, parser.value(metric)}, {u"segments"_s, double(in.hyps.size())},
                        {u"references"_s, double(in.refs.size())}};
        if (parser.isSet(sentence)) {
            QJsonArray rows;
            for (const Result &r : results)
                rows.append(r.json);
            top.insert(u"sentences"_s, rows);
        } else {
            for (auto it = results.constFirst().json.constBegin(); it != results.constFirst().json.constEnd(); ++it)
                top.insert(it.key(), it.value());
        }
        ctx.printJson(top);
    } else if (parser.isSet(sentence)) {
        for (const Result &r : results)
            ctx.out << fixed(r.score, 4) << '\n';
    } else {
        ctx.out << results.constFirst().line << '\n';
    }
    return Success;
}

} // namespace

void registerScoreCommand(CommandRegistry &registry)
{
    registry.add({{}, u"score"_s, u"Score outputs against references (BLEU, chrF, ROUGE, SQuAD, ...)"_s, score});
}

} // namespace lathe::cli
