#pragma once

#include "workspace/promptstore.h"

#include <QHash>
#include <QTreeWidget>

namespace lathe {

// The run dialog's choice of prompt versions: every prompt with its committed versions
// (newest first, labels shown) as checkable items. Any number of versions of any prompts
// can be checked; each becomes one column per chosen model.
class PromptVersionPicker final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PromptVersionPicker(QWidget *parent = nullptr);

    // Lists every prompt of `store` with its versions; nothing is checked.
    void load(PromptStore &store);
    // Checks version `number` of the prompt (0 = its newest, or `label` when given).
    bool check(const QString &promptName, int number = 0, const QString &label = {});
    // Checked versions, in list order (prompts by name, versions newest first).
    QList<PromptVersion> checkedVersions() const;

Q_SIGNALS:
    void checkedChanged();

private:
    QHash<qint64, PromptVersion> m_versions;   // by version id
};

} // namespace lathe
