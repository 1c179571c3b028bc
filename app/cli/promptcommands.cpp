// lathe-cli prompt <verb> WORKSPACE [args]
#include "commandregistry.h"

namespace lathe::cli {

void registerPromptCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry)
}

} // namespace lathe::cli
