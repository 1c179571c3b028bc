// lathe-cli dataset <verb> WORKSPACE [args]
#include "commandregistry.h"

namespace lathe::cli {

void registerDatasetCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry)
}

} // namespace lathe::cli
