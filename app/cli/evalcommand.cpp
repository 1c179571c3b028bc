// Top-level command: eval.
#include "commandregistry.h"

namespace lathe::cli {

void registerEvalCommand(CommandRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace lathe::cli
