#pragma once

#include "workspace/pricingstore.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace lathe {

// The pricing table in memory, for costing results without a query per result. Value type;
// const methods are safe to call from several threads.
//
// A model's price is its exact entry when there is one, else the entry of the most specific
// glob matching the whole model name (the longest pattern; ties go to the first in model
// order). Matching is case-sensitive, as model names are.
class PriceTable final
{
public:
    PriceTable() = default;
    explicit PriceTable(const QList<ModelPrice> &prices);

    std::optional<ModelPrice> find(const QString &model) const;
    // (promptTokens * input + completionTokens * output) / 1,000,000 in the price's currency;
    // nullopt when the model has no price or a token count is unknown (< 0).
    std::optional<double> cost(const QString &model, qint64 promptTokens, qint64 completionTokens) const;

    bool isEmpty() const { return m_exact.isEmpty() && m_globs.isEmpty(); }

private:
    struct Glob
    {
        ModelPrice price;
        QRegularExpression pattern;
    };
    QList<ModelPrice> m_exact;
    QList<Glob> m_globs;   // longest pattern first
};

} // namespace lathe
