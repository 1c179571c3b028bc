#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace lathe {

class Scorer;
struct ScorerSpec;

// Limits on what a call cost, from the stored result. Each needs a threshold (the limit) and
// passes when the measurement is at or below it ("not-" inverts); value 1 or 0, the
// measurement in details. A case without the measurement is skipped, not failed.
//  - latency: milliseconds (skipped for answers from the response cache);
//  - ttft (alias time-to-first-token): milliseconds to the first streamed token;
//  - tokens: config kind total (default), prompt or completion;
//  - cost: in the pricing table's currency.
class PerformanceScorers final
{
public:
    static QStringList types();
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error);
};

} // namespace lathe
