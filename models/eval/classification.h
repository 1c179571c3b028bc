#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lathe {

// Single-label classification metrics with scikit-learn's semantics (precision_recall_fscore_
// support, accuracy_score, confusion_matrix; zero_division gives 0).
struct ClassificationReport
{
    struct Label
    {
        QString label;
        double precision = 0.0;  // tp / (tp + fp), 0 when nothing was predicted as it
        double recall = 0.0;     // tp / (tp + fn), 0 when it never occurs in the truth
        double f1 = 0.0;         // 2tp / (2tp + fp + fn)
        qint64 support = 0;      // occurrences in the truth
        qint64 predicted = 0;    // occurrences in the predictions
    };

    QList<Label> labels;             // the sorted union of true and predicted labels
    QList<QList<qint64>> confusion;  // [true label][predicted label], in `labels` order
    qint64 count = 0;
    qint64 correct = 0;
    double accuracy = 0.0;
    double macroPrecision = 0.0;     // unweighted means over labels
    double macroRecall = 0.0;
    double macroF1 = 0.0;            // the mean of the per-label F1 values
    double microPrecision = 0.0;     // from the summed counts; equal to accuracy here
    double microRecall = 0.0;
    double microF1 = 0.0;
    double weightedPrecision = 0.0;  // means weighted by support
    double weightedRecall = 0.0;
    double weightedF1 = 0.0;
};

class Classification final
{
public:
    // Trimmed and case-folded (ß and the Latin ligatures fold to several letters), for comparing
    // a model's free-text answer with a gold label.
    static QString normalizeLabel(QStringView label);

    // `truth` and `predicted` are parallel (extra entries of the longer list are ignored). A
    // predicted label that is not a gold label (an invalid answer) is a label of its own, as in
    // scikit-learn. Labels sort by code point, as numpy sorts strings.
    static ClassificationReport evaluate(const QStringList &truth, const QStringList &predicted,
                                         bool normalizeLabels = false);
};

} // namespace lathe
