#pragma once

#include "core/windowcache.h"
#include "workspace/casematrixquery.h"

namespace lathe {

// The rows a CaseMatrixModel holds: see WindowCache.
class MatrixRowCache final : public WindowCache<MatrixRow>
{
public:
    using WindowCache::WindowCache;
};

} // namespace lathe
