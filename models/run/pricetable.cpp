#include "pricetable.h"

#include <algorithm>

namespace lathe {

PriceTable::PriceTable(const QList<ModelPrice> &prices)
{
    for (const ModelPrice &p : prices) {
        if (!p.isGlob()) {
            m_exact.append(p);
            continue;
        }
        QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
            p.model, QRegularExpression::NonPathWildcardConversion));
        if (re.isValid())
            m_globs.append({p, re});
    }
    std::stable_sort(m_globs.begin(), m_globs.end(),
                     [](const Glob &a, const Glob &b) { return a.price.model.size() > b.price.model.size(); });
}

std::optional<ModelPrice> PriceTable::find(const QString &model) const
{
    for (const ModelPrice &p : m_exact) {
        if (p.model == model)
            return p;
    }
    for (const Glob &g : m_globs) {
        if (g.pattern.match(model).hasMatch())
            return g.price;
    }
    return std::nullopt;
}

std::optional<double> PriceTable::cost(const QString &model, qint64 promptTokens, qint64 completionTokens) const
{
    if (promptTokens < 0 || completionTokens < 0)
        return std::nullopt;
    const std::optional<ModelPrice> p = find(model);
    if (!p)
        return std::nullopt;
    return (double(promptTokens) * p->inputPerMTok + double(completionTokens) * p->outputPerMTok) / 1e6;
}

} // namespace lathe
