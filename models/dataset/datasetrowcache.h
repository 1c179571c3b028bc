#pragma once

#include "core/windowcache.h"
#include "workspace/datasetstore.h"

namespace lathe {

// The rows a DatasetTableModel holds (see WindowCache), plus finding a dataset row by id.
class DatasetRowCache final : public WindowCache<DatasetRow>
{
public:
    using WindowCache::WindowCache;

    // The view row of dataset row `rowId`, or -1 when it is not held.
    qint64 viewRowOf(qint64 rowId) const;
};

} // namespace lathe
