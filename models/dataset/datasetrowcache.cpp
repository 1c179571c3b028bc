#include "datasetrowcache.h"

namespace lathe {

qint64 DatasetRowCache::viewRowOf(qint64 rowId) const
{
    for (auto it = windows().cbegin(); it != windows().cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == rowId)
                return it.key() * windowSize() + i;
        }
    }
    return -1;
}

} // namespace lathe
