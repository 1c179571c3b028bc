#include "demowriter.h"

#include "database.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"

namespace lathe {

bool DemoWriter::setProjectDescription(const QString &description, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement(m_db, "UPDATE project SET description = ?").bind(1, description).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

bool DemoWriter::setDatasetDescription(qint64 datasetId, const QString &description, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db, "UPDATE datasets SET description = ? WHERE id = ?");
        st.bind(1, description).bind(2, datasetId).exec();
        if (m_db.changes() != 1) {
            error->set(StoreError::NotFound, tr("Dataset %1 does not exist.").arg(datasetId));
            return false;
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

bool DemoWriter::compact(StoreError *error)
{
    try {
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA optimize; PRAGMA journal_mode = DELETE;");
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

} // namespace lathe
