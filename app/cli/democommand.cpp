// Top-level command: demo.
#include "commandregistry.h"

namespace lathe::cli {

void registerDemoCommand(CommandRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace lathe::cli
