#pragma once

#include "eval/scorers/scorerregistry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

// One scorer type as the Add Scorer menu offers it.
struct ScorerTypeInfo
{
    QString type;
    QString summary;          // one line, translated: what it checks
    QString hint;             // optional second line: how value/threshold/config work
    QJsonObject example;      // the scorer the snippet inserts (type first, then its fields)
    ScorerRegistry::Support support = ScorerRegistry::Support::Unknown;

    bool isAvailable() const { return support == ScorerRegistry::Support::Available; }
};

struct ScorerFamily
{
    QString name;             // translated
    QList<ScorerTypeInfo> types;
};

// Every scorer type Lathe knows, grouped by family, with a short description and an example,
// for the scorer panel's Add Scorer menu. Availability always comes from ScorerRegistry, so a
// type that becomes available (the LLM judge types) is offered as such without changes here;
// available types ScorerRegistry lists but no family names land in "Other".
class ScorerCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ScorerCatalog)
public:
    static QList<ScorerFamily> families();
    static std::optional<ScorerTypeInfo> info(const QString &type);

    // The snippet for `info` as one YAML list item preceded by comment lines, every line
    // indented by `indent` spaces, ending with a newline.
    static QString yamlSnippet(const ScorerTypeInfo &info, int indent = 0);
    // Why a type cannot run, for menus and tooltips ("needs an LLM judge"); empty if it can.
    static QString supportNote(ScorerRegistry::Support support);

    ScorerCatalog() = delete;
};

} // namespace lathe
