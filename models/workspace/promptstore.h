#pragma once

#include "storeerror.h"

#include "prompt/promptcontent.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lathe {

class Database;

struct PromptInfo
{
    qint64 id = 0;
    QString name;
    QString description;
    int versionCount = 0;
    int latestNumber = 0;          // 0 when nothing is committed yet
    QString updatedAt;
};

struct PromptVersion
{
    qint64 id = 0;
    qint64 promptId = 0;
    QString promptName;
    int number = 0;
    int parentNumber = 0;          // 0 for a first version
    PromptContent content;
    QString message;
    QString contentHash;
    QString createdAt;
    QStringList labels;            // labels pointing here, sorted
};

// The editable draft of a prompt: content plus the version it started from.
struct PromptDraft
{
    PromptContent content;
    int baseNumber = 0;            // 0 when the draft did not start from a version
};

// Prompts, their immutable versions and movable labels, stored in the workspace. Every
// mutating call is one transaction; failures leave the workspace unchanged and fill *error.
// Lives on the thread that owns `db`.
class PromptStore final
{
    Q_DECLARE_TR_FUNCTIONS(PromptStore)
public:
    explicit PromptStore(Database &db);

    QList<PromptInfo> list();
    std::optional<PromptInfo> find(const QString &name);
    std::optional<PromptInfo> find(qint64 promptId);

    // Creates an empty prompt whose draft is `draft`. Names: 1-100 characters, no '@'.
    std::optional<qint64> create(const QString &name, const PromptContent &draft, StoreError *error);
    bool rename(qint64 promptId, const QString &newName, StoreError *error);
    bool remove(qint64 promptId, StoreError *error);

    PromptDraft draft(qint64 promptId);
    // Saves the draft as is (called continuously while editing); keeps the base version.
    bool saveDraft(qint64 promptId, const PromptContent &content, StoreError *error);
    // Replaces the draft with version `number` (which becomes the draft's base).
    bool restoreToDraft(qint64 promptId, int number, StoreError *error);
    // True when the draft differs from its base version (or there is no base).
    bool draftHasChanges(qint64 promptId);

    // Commits the current draft as a new immutable version whose parent is the draft's base.
    // Refused (Unchanged) when the draft equals its base; Invalid when the content fails
    // PromptContent::validate().
    std::optional<PromptVersion> commit(qint64 promptId, const QString &message, StoreError *error);
    // Creates the prompt if it does not exist, sets the draft to `content` and commits it.
    std::optional<PromptVersion> commitContent(const QString &name, const PromptContent &content,
                                               const QString &message, StoreError *error);

    // Newest first, with labels.
    QList<PromptVersion> history(qint64 promptId);
    std::optional<PromptVersion> version(qint64 promptId, int number);
    // Resolves "name", "name@3", "name@latest" or "name@<label>" to a committed version.
    std::optional<PromptVersion> resolve(const QString &reference, StoreError *error);

    // Points `label` at version `number`, creating or moving it.
    bool setLabel(qint64 promptId, const QString &label, int number, StoreError *error);
    bool removeLabel(qint64 promptId, const QString &label, StoreError *error);
    QMap<QString, int> labels(qint64 promptId);   // label -> version number

    // New prompt `newName` whose draft is version `number` of `promptId`.
    std::optional<qint64> fork(qint64 promptId, int number, const QString &newName, StoreError *error);

    Database &database() const { return m_db; }

    static bool isValidName(const QString &name);
    static bool isValidLabel(const QString &label);

private:
    PromptVersion readVersion(class Statement &st);
    bool writeDraft(qint64 promptId, const PromptDraft &draft);
    void logActivity(const QString &kind, const QString &summary);

    Database &m_db;
};

} // namespace lathe
