#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lathe {

class Database;

// The price of one model, or of every model whose name matches a glob ("gpt-4o*", "claude-?-*"),
// per million input (prompt) and output (completion) tokens.
struct ModelPrice
{
    QString model;                 // an exact model name or a glob (*, ?, [...])
    double inputPerMTok = 0;
    double outputPerMTok = 0;
    QString currency = QStringLiteral("USD");

    bool isGlob() const;
    bool operator==(const ModelPrice &) const = default;
};

// The workspace's pricing table, which run results are costed with. Every mutating call is one
// transaction; failures leave the table unchanged and fill *error. Lives on the thread that
// owns `db`.
class PricingStore final
{
    Q_DECLARE_TR_FUNCTIONS(PricingStore)
public:
    explicit PricingStore(Database &db);

    // Every entry, by model.
    QList<ModelPrice> list();
    // Adds the price, or replaces the entry of the same model. Invalid: empty model, a negative
    // or non-finite price, a currency that is not three letters.
    bool save(const ModelPrice &price, StoreError *error);
    bool remove(const QString &model, StoreError *error);

private:
    Database &m_db;
};

} // namespace lathe
