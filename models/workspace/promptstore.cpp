#include "promptstore.h"

#include "database.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lathe {
namespace {

constexpr const char *kVersionColumns =
    "v.id, v.prompt_id, p.name, v.number, coalesce(pv.number, 0), v.kind, v.template, v.messages, "
    "v.params, v.message, v.content_hash, v.created_at, "
    "(SELECT group_concat(name, char(31)) FROM (SELECT name FROM prompt_labels l "
    " WHERE l.version_id = v.id ORDER BY name)) "
    "FROM prompt_versions v JOIN prompts p ON p.id = v.prompt_id "
    "LEFT JOIN prompt_versions pv ON pv.id = v.parent_id ";

QByteArray versionQuery(const char *where)
{
    return QByteArray("SELECT ") + kVersionColumns + where;
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

PromptStore::PromptStore(Database &db)
    : m_db(db)
{
}

bool PromptStore::isValidName(const QString &name)
{
    return !name.trimmed().isEmpty() && name == name.trimmed() && name.size() <= 100
        && !name.contains(u'@') && !name.contains(u'\n');
}

bool PromptStore::isValidLabel(const QString &label)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,49}$"));
    return re.match(label).hasMatch() && label != QLatin1StringView("latest")
        && label != QLatin1StringView("draft");
}

QList<PromptInfo> PromptStore::list()
{
    QList<PromptInfo> out;
    Statement st(m_db,
        "SELECT p.id, p.name, p.description, count(v.id), coalesce(max(v.number), 0), p.updated_at "
        "FROM prompts p LEFT JOIN prompt_versions v ON v.prompt_id = p.id "
        "GROUP BY p.id ORDER BY p.name COLLATE NOCASE");
    while (st.step())
        out.append({st.columnInt64(0), st.columnText(1), st.columnText(2), st.columnInt(3), st.columnInt(4),
                    st.columnText(5)});
    return out;
}

std::optional<PromptInfo> PromptStore::find(const QString &name)
{
    Statement st(m_db, "SELECT id FROM prompts WHERE name = ?");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return find(st.columnInt64(0));
}

std::optional<PromptInfo> PromptStore::find(qint64 promptId)
{
    Statement st(m_db,
        "SELECT p.id, p.name, p.description, count(v.id), coalesce(max(v.number), 0), p.updated_at "
        "FROM prompts p LEFT JOIN prompt_versions v ON v.prompt_id = p.id WHERE p.id = ? GROUP BY p.id");
    st.bind(1, promptId);
    if (!st.step())
        return std::nullopt;
    return PromptInfo{st.columnInt64(0), st.columnText(1), st.columnText(2), st.columnInt(3), st.columnInt(4),
                      st.columnText(5)};
}

std::optional<qint64> PromptStore::create(const QString &name, const PromptContent &draft, StoreError *error)
{
    if (!isValidName(name)) {
        error->set(StoreError::Invalid, tr("“%1” is not a valid prompt name: use 1 to 100 characters, "
                                           "without '@' or line breaks, and no leading or trailing spaces.").arg(name));
        return std::nullopt;
    }
    if (find(name)) {
        error->set(StoreError::Conflict, tr("A prompt named “%1” already exists.").arg(name));
        return std::nullopt;
    }
    try {
        Transaction tx(m_db);
        Statement st(m_db, "INSERT INTO prompts (name, draft, created_at, updated_at) VALUES (?, ?, ?, ?)");
        const QString now = Workspace::nowUtc();
        PromptDraft d{draft, 0};
        QJsonObject json = d.content.toJson();
        json.insert(QStringLiteral("base"), 0);
        st.bind(1, name).bind(2, toJsonText(json)).bind(3, now).bind(4, now).exec();
        const qint64 id = m_db.lastInsertId();
        logActivity(QStringLiteral("prompt.create"), tr("Created prompt “%1”").arg(name));
        tx.commit();
        return id;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return std::nullopt;
    }
}

bool PromptStore::rename(qint64 promptId, const QString &newName, StoreError *error)
{
    if (!isValidName(newName)) {
        error->set(StoreError::Invalid, tr("“%1” is not a valid prompt name.").arg(newName));
        return false;
    }
    if (auto other = find(newName); other && other->id != promptId) {
        error->set(StoreError::Conflict, tr("A prompt named “%1” already exists.").arg(newName));
        return false;
    }
    try {
        Transaction tx(m_db);
        Statement st(m_db, "UPDATE prompts SET name = ?, updated_at = ? WHERE id = ?");
        st.bind(1, newName).bind(2, Workspace::nowUtc()).bind(3, promptId).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

bool PromptStore::remove(qint64 promptId, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement used(m_db, "SELECT count(*) FROM run_columns c JOIN prompt_versions v ON v.id = c.prompt_version_id "
                             "WHERE v.prompt_id = ?");
        used.bind(1, promptId);
        if (used.step() && used.columnInt(0) > 0) {
            error->set(StoreError::Conflict, tr("This prompt has versions used by runs; delete those runs first."));
            return false;
        }
        Statement st(m_db, "DELETE FROM prompts WHERE id = ?");
        st.bind(1, promptId).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

PromptDraft PromptStore::draft(qint64 promptId)
{
    Statement st(m_db, "SELECT draft FROM prompts WHERE id = ?");
    st.bind(1, promptId);
    if (!st.step())
        return {};
    const QJsonObject json = parseObject(st.columnText(0));
    return {PromptContent::fromJson(json), json.value(QStringLiteral("base")).toInt()};
}

bool PromptStore::writeDraft(qint64 promptId, const PromptDraft &draft)
{
    QJsonObject json = draft.content.toJson();
    json.insert(QStringLiteral("base"), draft.baseNumber);
    Statement st(m_db, "UPDATE prompts SET draft = ?, updated_at = ? WHERE id = ?");
    st.bind(1, toJsonText(json)).bind(2, Workspace::nowUtc()).bind(3, promptId).exec();
    return m_db.changes() == 1;
}

bool PromptStore::saveDraft(qint64 promptId, const PromptContent &content, StoreError *error)
{
    try {
        Transaction tx(m_db);
        PromptDraft d = draft(promptId);
        d.content = content;
        if (!writeDraft(promptId, d)) {
            error->set(StoreError::NotFound, tr("The prompt no longer exists."));
            return false;
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return false;
    }
}

bool PromptStore::restoreToDraft(qint64 promptId, int number, StoreError *error)
{
    const auto v = version(promptId, number);
    if (!v) {
        error->set(StoreError::NotFound, tr("Version %1 does not exist.").arg(number));
        return false;
    }
    try {
        Transaction tx(m_db);
        writeDraft(promptId, {v->content, number});
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

bool PromptStore::draftHasChanges(qint64 promptId)
{
    const PromptDraft d = draft(promptId);
    if (d.baseNumber == 0)
        return true;
    const auto base = version(promptId, d.baseNumber);
    return !base || base->contentHash != d.content.contentHash();
}

std::optional<PromptVersion> PromptStore::commit(qint64 promptId, const QString &message, StoreError *error)
{
    const auto info = find(promptId);
    if (!info) {
        error->set(StoreError::NotFound, tr("The prompt no longer exists."));
        return std::nullopt;
    }
    const PromptDraft d = draft(promptId);
    if (const QStringList problems = d.content.validate(); !problems.isEmpty()) {
        error->set(StoreError::Invalid, tr("Cannot commit “%1”: %2.").arg(info->name, problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    const QString hash = d.content.contentHash();
    if (d.baseNumber > 0) {
        const auto base = version(promptId, d.baseNumber);
        if (base && base->contentHash == hash) {
            error->set(StoreError::Unchanged,
                       tr("Nothing to commit: the draft of “%1” is identical to version %2.").arg(info->name).arg(d.baseNumber));
            return std::nullopt;
        }
    }
    if (message.trimmed().isEmpty()) {
        error->set(StoreError::Invalid, tr("A commit needs a message describing the change."));
        return std::nullopt;
    }
    try {
        Transaction tx(m_db);
        const int number = info->latestNumber + 1;
        Statement st(m_db,
            "INSERT INTO prompt_versions (prompt_id, number, parent_id, kind, template, messages, params, message, "
            "content_hash, created_at) VALUES (?, ?, (SELECT id FROM prompt_versions WHERE prompt_id = ? AND number = ?), "
            "?, ?, ?, ?, ?, ?, ?)");
        const QJsonObject json = d.content.toJson();
        st.bind(1, promptId).bind(2, number).bind(3, promptId).bind(4, d.baseNumber)
            .bind(5, PromptContent::kindName(d.content.kind))
            .bind(6, d.content.kind == PromptContent::Kind::Text && !d.content.templateText.isNull()
                         ? d.content.templateText : QStringLiteral(""))
            .bind(7, toJsonText(json.value(QStringLiteral("messages")).toArray()))
            .bind(8, toJsonText(d.content.params))
            .bind(9, message.trimmed()).bind(10, hash).bind(11, Workspace::nowUtc()).exec();
        writeDraft(promptId, {d.content, number});
        logActivity(QStringLiteral("prompt.commit"), tr("Committed “%1” version %2").arg(info->name).arg(number));
        tx.commit();
        return version(promptId, number);
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return std::nullopt;
    }
}

std::optional<PromptVersion> PromptStore::commitContent(const QString &name, const PromptContent &content,
                                                        const QString &message, StoreError *error)
{
    std::optional<qint64> id;
    if (const auto info = find(name))
        id = info->id;
    else
        id = create(name, content, error);
    if (!id)
        return std::nullopt;
    PromptDraft d = draft(*id);
    if (d.content != content) {
        // Commit on top of the latest version, like `git commit` of a file's new content.
        const auto latest = find(*id);
        d.baseNumber = latest ? latest->latestNumber : 0;
        d.content = content;
        try {
            Transaction tx(m_db);
            writeDraft(*id, d);
            tx.commit();
        } catch (const SqlError &e) {
            error->set(StoreError::Database, e.message());
            return std::nullopt;
        }
    }
    return commit(*id, message, error);
}

PromptVersion PromptStore::readVersion(Statement &st)
{
    PromptVersion v;
    v.id = st.columnInt64(0);
    v.promptId = st.columnInt64(1);
    v.promptName = st.columnText(2);
    v.number = st.columnInt(3);
    v.parentNumber = st.columnInt(4);
    QJsonObject json{{QStringLiteral("kind"), st.columnText(5)},
                     {QStringLiteral("template"), st.columnText(6)},
                     {QStringLiteral("messages"), QJsonDocument::fromJson(st.columnText(7).toUtf8()).array()},
                     {QStringLiteral("params"), parseObject(st.columnText(8))}};
    v.content = PromptContent::fromJson(json);
    v.message = st.columnText(9);
    v.contentHash = st.columnText(10);
    v.createdAt = st.columnText(11);
    const QString labels = st.columnText(12);
    if (!labels.isEmpty())
        v.labels = labels.split(QChar(31));
    return v;
}

QList<PromptVersion> PromptStore::history(qint64 promptId)
{
    QList<PromptVersion> out;
    Statement st(m_db, versionQuery("WHERE v.prompt_id = ? ORDER BY v.number DESC").constData());
    st.bind(1, promptId);
    while (st.step())
        out.append(readVersion(st));
    return out;
}

std::optional<PromptVersion> PromptStore::version(qint64 promptId, int number)
{
    Statement st(m_db, versionQuery("WHERE v.prompt_id = ? AND v.number = ?").constData());
    st.bind(1, promptId).bind(2, number);
    if (!st.step())
        return std::nullopt;
    return readVersion(st);
}

std::optional<PromptVersion> PromptStore::resolve(const QString &reference, StoreError *error)
{
    const qsizetype at = reference.lastIndexOf(u'@');
    const QString name = at < 0 ? reference : reference.left(at);
    const QString ref = at < 0 ? QStringLiteral("latest") : reference.mid(at + 1);
    const auto info = find(name);
    if (!info) {
        error->set(StoreError::NotFound, tr("There is no prompt named “%1”.").arg(name));
        return std::nullopt;
    }
    bool isNumber = false;
    int number = ref.toInt(&isNumber);
    if (!isNumber) {
        if (ref == QLatin1StringView("latest")) {
            number = info->latestNumber;
        } else {
            const QMap<QString, int> l = labels(info->id);
            if (!l.contains(ref)) {
                error->set(StoreError::NotFound,
                           tr("Prompt “%1” has no version or label “%2”.").arg(name, ref));
                return std::nullopt;
            }
            number = l.value(ref);
        }
    }
    if (number == 0) {
        error->set(StoreError::NotFound, tr("Prompt “%1” has no committed version yet.").arg(name));
        return std::nullopt;
    }
    auto v = version(info->id, number);
    if (!v)
        error->set(StoreError::NotFound, tr("Prompt “%1” has no version %2.").arg(name).arg(number));
    return v;
}

bool PromptStore::setLabel(qint64 promptId, const QString &label, int number, StoreError *error)
{
    if (!isValidLabel(label)) {
        error->set(StoreError::Invalid, tr("“%1” is not a valid label: start with a letter; use letters, digits, "
                                           "'_', '.', '-' (at most 50); 'latest' and 'draft' are reserved.").arg(label));
        return false;
    }
    const auto v = version(promptId, number);
    if (!v) {
        error->set(StoreError::NotFound, tr("Version %1 does not exist.").arg(number));
        return false;
    }
    try {
        Transaction tx(m_db);
        Statement st(m_db, "INSERT INTO prompt_labels (prompt_id, name, version_id, moved_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (prompt_id, name) DO UPDATE SET version_id = excluded.version_id, "
                           "moved_at = excluded.moved_at");
        st.bind(1, promptId).bind(2, label).bind(3, v->id).bind(4, Workspace::nowUtc()).exec();
        logActivity(QStringLiteral("prompt.label"),
                    tr("Label “%1” of “%2” now points at version %3").arg(label, v->promptName).arg(number));
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

bool PromptStore::removeLabel(qint64 promptId, const QString &label, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db, "DELETE FROM prompt_labels WHERE prompt_id = ? AND name = ?");
        st.bind(1, promptId).bind(2, label).exec();
        if (m_db.changes() == 0) {
            error->set(StoreError::NotFound, tr("There is no label “%1”.").arg(label));
            return false;
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

QMap<QString, int> PromptStore::labels(qint64 promptId)
{
    QMap<QString, int> out;
    Statement st(m_db, "SELECT l.name, v.number FROM prompt_labels l JOIN prompt_versions v ON v.id = l.version_id "
                       "WHERE l.prompt_id = ?");
    st.bind(1, promptId);
    while (st.step())
        out.insert(st.columnText(0), st.columnInt(1));
    return out;
}

std::optional<qint64> PromptStore::fork(qint64 promptId, int number, const QString &newName, StoreError *error)
{
    const auto v = version(promptId, number);
    if (!v) {
        error->set(StoreError::NotFound, tr("Version %1 does not exist.").arg(number));
        return std::nullopt;
    }
    const auto id = create(newName, v->content, error);
    if (!id)
        return std::nullopt;
    Statement st(m_db, "UPDATE prompts SET forked_from = ? WHERE id = ?");
    st.bind(1, v->id).bind(2, *id).exec();
    return id;
}

void PromptStore::logActivity(const QString &kind, const QString &summary)
{
    Statement st(m_db, "INSERT INTO activity (at, kind, summary) VALUES (?, ?, ?)");
    st.bind(1, Workspace::nowUtc()).bind(2, kind).bind(3, summary).exec();
}

} // namespace lathe
