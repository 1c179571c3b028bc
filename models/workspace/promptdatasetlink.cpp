#include "promptdatasetlink.h"

#include "database.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"

namespace lathe {

qint64 PromptDatasetLink::linkedDataset(qint64 promptId)
{
    Statement st(m_db, "SELECT coalesce(dataset_id, 0) FROM prompts WHERE id = ?");
    st.bind(1, promptId);
    return st.step() ? st.columnInt64(0) : 0;
}

bool PromptDatasetLink::setLinkedDataset(qint64 promptId, qint64 datasetId, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db, "UPDATE prompts SET dataset_id = ? WHERE id = ?");
        st.bind(1, datasetId > 0 ? std::optional<qint64>(datasetId) : std::nullopt).bind(2, promptId).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

QList<QPair<qint64, QString>> PromptDatasetLink::datasetChoices()
{
    QList<QPair<qint64, QString>> out;
    Statement st(m_db, "SELECT id, name FROM datasets ORDER BY name COLLATE NOCASE");
    while (st.step())
        out.append({st.columnInt64(0), st.columnText(1)});
    return out;
}

QStringList PromptDatasetLink::linkedColumns(qint64 promptId)
{
    QStringList out;
    Statement st(m_db,
        "SELECT c.name FROM dataset_columns c WHERE c.role <> 'ignored' AND c.version_id = ("
        "  SELECT max(v.id) FROM dataset_versions v JOIN prompts p ON p.dataset_id = v.dataset_id WHERE p.id = ?) "
        "ORDER BY c.position");
    st.bind(1, promptId);
    while (st.step())
        out.append(st.columnText(0));
    return out;
}

} // namespace lathe
