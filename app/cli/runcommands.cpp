// lathe-cli run <verb> WORKSPACE [args], and `lathe-cli run WORKSPACE ...` as `run start`.
#include "commandregistry.h"

namespace lathe::cli {

void registerRunCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry)
}

} // namespace lathe::cli
