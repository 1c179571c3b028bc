#include "comparisonfactory.h"

#include "workspace/promptstore.h"

namespace lathe {

QWidget *createComparison(PromptStore &store, qint64 promptId, int leftNumber, int rightNumber, QString *title)
{
    Q_UNUSED(store) Q_UNUSED(promptId) Q_UNUSED(leftNumber) Q_UNUSED(rightNumber) Q_UNUSED(title)
    return nullptr;
}

} // namespace lathe
