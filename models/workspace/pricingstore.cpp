#include "pricingstore.h"

#include "database.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"

#include <QRegularExpression>

#include <cmath>

namespace lathe {

bool ModelPrice::isGlob() const
{
    return model.contains(u'*') || model.contains(u'?') || model.contains(u'[');
}

PricingStore::PricingStore(Database &db)
    : m_db(db)
{
}

QList<ModelPrice> PricingStore::list()
{
    QList<ModelPrice> out;
    Statement st(m_db, "SELECT model, input_per_mtok, output_per_mtok, currency FROM pricing ORDER BY model");
    while (st.step())
        out.append({st.columnText(0), st.columnDouble(1), st.columnDouble(2), st.columnText(3)});
    return out;
}

bool PricingStore::save(const ModelPrice &price, StoreError *error)
{
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (price.model.trimmed().isEmpty() || price.model.size() > 200) {
        error->set(StoreError::Invalid, tr("The model name must be 1 to 200 characters."));
        return false;
    }
    if (!std::isfinite(price.inputPerMTok) || !std::isfinite(price.outputPerMTok) || price.inputPerMTok < 0
        || price.outputPerMTok < 0) {
        error->set(StoreError::Invalid, tr("Prices must be numbers of at least 0."));
        return false;
    }
    if (!currency.match(price.currency).hasMatch()) {
        error->set(StoreError::Invalid, tr("The currency must be a three-letter code such as USD."));
        return false;
    }
    try {
        Transaction tx(m_db);
        Statement st(m_db, "INSERT OR REPLACE INTO pricing (model, input_per_mtok, output_per_mtok, currency) "
                           "VALUES (?, ?, ?, ?)");
        st.bind(1, price.model).bind(2, price.inputPerMTok).bind(3, price.outputPerMTok).bind(4, price.currency).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return false;
    }
}

bool PricingStore::remove(const QString &model, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db, "DELETE FROM pricing WHERE model = ?");
        st.bind(1, model).exec();
        if (m_db.changes() != 1) {
            error->set(StoreError::NotFound, tr("There is no price for '%1'.").arg(model));
            return false;
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return false;
    }
}

} // namespace lathe
