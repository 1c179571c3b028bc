#pragma once

#include <QString>

class QWidget;

namespace lathe {

class PromptStore;

// Builds the side-by-side comparison of two versions of a prompt (rightNumber 0 = the draft):
// parameters, then the template or each chat message. Returns nullptr when a version is gone.
QWidget *createComparison(PromptStore &store, qint64 promptId, int leftNumber, int rightNumber, QString *title);

} // namespace lathe
