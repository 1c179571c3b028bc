#include "casefilter.h"

namespace lathe {

QString CaseFilter::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All: return tr("All rows");
    case Kind::FailedAnywhere: return tr("Failed anywhere");
    case Kind::Errors: return tr("Errors");
    case Kind::Changed: return tr("Changed between A and B");
    case Kind::Regressions: return tr("Regressions (passed in A, failed in B)");
    case Kind::Improvements: return tr("Improvements (failed in A, passed in B)");
    }
    return {};
}

} // namespace lathe
