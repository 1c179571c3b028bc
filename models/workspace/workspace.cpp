#include "workspace.h"

#include "migrations.h"
#include "sqlerror.h"
#include "sqliteheader.h"
#include "statement.h"
#include "transaction.h"

#include "core/buildinfo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cstdio>

namespace lathe {
namespace {

using E = WorkspaceError;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Converts an SQLite failure during open into the error the user should see.
WorkspaceError fromSqlError(const SqlError &e, const QString &path)
{
    const QString p = nativePath(path);
    switch (e.primaryCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return E::make(E::Locked, path,
                       Workspace::tr("“%1” is locked by another process. Close the other program "
                                     "using it (or wait for its run to finish) and try again.").arg(p));
    case SQLITE_CORRUPT:
        return E::make(E::Corrupt, path,
                       Workspace::tr("“%1” is damaged and cannot be opened (%2). Restore it from a "
                                     "backup.").arg(p, e.message()));
    case SQLITE_NOTADB:
        return E::make(E::NotSqlite, path,
                       Workspace::tr("“%1” is not a Lathe workspace: it is not an SQLite database.").arg(p));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return E::make(E::Io, path, Workspace::tr("Cannot open “%1”: %2.").arg(p, e.message()));
    default:
        return E::make(E::Database, path, Workspace::tr("Cannot open “%1”: %2.").arg(p, e.message()));
    }
}

// Renames `from` over `to`, replacing it. QFile::rename refuses to replace.
bool replaceFile(const QString &from, const QString &to, QString *why)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *why = qt_error_string(errno);
        return false;
    }
    return true;
}

// A unique file name beside `target`, for writing a new file and renaming it into place.
QString siblingTempPath(const QString &target)
{
    QTemporaryFile tmp(target + QStringLiteral(".XXXXXX.partial"));
    tmp.setAutoRemove(true);
    if (!tmp.open())
        return target + QStringLiteral(".partial");
    return tmp.fileName(); // removed when tmp goes out of scope; SQLite recreates it
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace

QString Workspace::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::create(const QString &path, const QString &projectName,
                                             WorkspaceError *error, bool overwrite)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = E::make(E::IsDirectory, path, tr("“%1” is a folder, not a file.").arg(nativePath(path)));
        return nullptr;
    }
    if (info.exists() && !overwrite) {
        *error = E::make(E::AlreadyExists, path,
                         tr("“%1” already exists; choose another name.").arg(nativePath(path)));
        return nullptr;
    }
    if (!info.absoluteDir().exists()) {
        *error = E::make(E::NotFound, path,
                         tr("The folder “%1” does not exist.").arg(nativePath(info.absolutePath())));
        return nullptr;
    }

    const QString temp = siblingTempPath(info.absoluteFilePath());
    try {
        Database db;
        db.open(temp, Database::Mode::Create);
        // application_id and the schema go in while the file is in rollback-journal mode, so
        // the header on disk identifies the file from its first commit.
        db.exec("PRAGMA foreign_keys = ON");
        {
            Transaction tx(db);
            const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(Migrations::applicationId);
            db.exec(appId.constData());
            Migrations::upgrade(db, 0);
            Statement st(db, "INSERT INTO project (id, name, created_at, created_with) VALUES (1, ?, ?, ?)");
            st.bind(1, projectName.isEmpty() ? info.completeBaseName() : projectName)
                .bind(2, nowUtc())
                .bind(3, BuildInfo::versionString())
                .exec();
            tx.commit();
        }
        db.queryText("PRAGMA journal_mode = WAL");
        db.close();
    } catch (const SqlError &e) {
        removeDatabaseFiles(temp);
        *error = E::make(E::Io, path, tr("Cannot create “%1”: %2.").arg(nativePath(path), e.message()));
        return nullptr;
    }
    QString why;
    if (!replaceFile(temp, info.absoluteFilePath(), &why)) {
        removeDatabaseFiles(temp);
        *error = E::make(E::Io, path, tr("Cannot create “%1”: %2.").arg(nativePath(path), why));
        return nullptr;
    }
    return open(info.absoluteFilePath(), error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, const OpenOptions &options,
                                           WorkspaceError *error)
{
    const QString p = nativePath(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = E::make(E::NotFound, path, tr("“%1” does not exist.").arg(p));
        return nullptr;
    }
    if (info.isDir()) {
        *error = E::make(E::IsDirectory, path,
                         tr("“%1” is a folder, not a Lathe workspace file.").arg(p));
        return nullptr;
    }

    const SqliteHeader header = SqliteHeader::read(path);
    switch (header.status) {
    case SqliteHeader::Status::Unreadable:
        *error = E::make(E::NotReadable, path, tr("Cannot read “%1”: %2.").arg(p, header.readError));
        return nullptr;
    case SqliteHeader::Status::Empty:
        *error = E::make(E::EmptyFile, path,
                         tr("“%1” is empty (0 bytes): it is not a Lathe workspace.").arg(p));
        return nullptr;
    case SqliteHeader::Status::NotSqlite: {
        const QString kind = header.describeForeignFormat();
        *error = E::make(E::NotSqlite, path,
                         kind.isEmpty()
                             ? tr("“%1” is not a Lathe workspace: it is not an SQLite database.").arg(p)
                             : tr("“%1” is not a Lathe workspace: it looks like %2.").arg(p, kind));
        return nullptr;
    }
    case SqliteHeader::Status::Ok:
        break;
    }
    if (header.applicationId != Migrations::applicationId) {
        *error = E::make(E::ForeignApplication, path,
                         tr("“%1” is an SQLite database of another application (application id "
                            "0x%2), not a Lathe workspace.")
                             .arg(p, QString::number(quint32(header.applicationId), 16)));
        return nullptr;
    }
    if (header.userVersion > quint32(Migrations::latestVersion())) {
        *error = E::make(E::TooNew, path,
                         tr("“%1” was saved by a newer Lathe (workspace format %2); this Lathe "
                            "reads formats up to %3. Update Lathe to open it.")
                             .arg(p).arg(header.userVersion).arg(Migrations::latestVersion()));
        return nullptr;
    }
    if (header.pageCountValid && header.fileSize < qint64(header.pageCount) * header.pageSize) {
        *error = E::make(E::Truncated, path,
                         tr("“%1” is truncated: it should hold %2 bytes but has %3. Restore it "
                            "from a backup.")
                             .arg(p).arg(qint64(header.pageCount) * header.pageSize).arg(header.fileSize));
        return nullptr;
    }

    // Read-only when asked, when the file is marked read-only (checked on the permission
    // bits too, so it holds for root), or when its folder cannot hold the -wal/-shm files.
    QString readOnlyReason;
    if (options.readOnly)
        readOnlyReason = tr("opened read-only on request");
    else if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        readOnlyReason = tr("the file is read-only");
    else if (!QFileInfo(info.absolutePath()).isWritable())
        readOnlyReason = tr("its folder is read-only");

    std::unique_ptr<Workspace> ws(new Workspace);
    try {
        const Database::Mode mode = readOnlyReason.isEmpty() ? Database::Mode::ReadWrite
                                                             : Database::Mode::ReadOnly;
        try {
            ws->m_db.open(path, mode, options.busyTimeoutMs);
            ws->m_db.queryInt("SELECT count(*) FROM sqlite_schema");
        } catch (const SqlError &e) {
            if (mode != Database::Mode::ReadOnly || e.primaryCode() != SQLITE_CANTOPEN)
                throw;
            // A WAL file on read-only media: SQLite cannot create the -shm file.
            ws->m_db.open(path, Database::Mode::Immutable, options.busyTimeoutMs);
            ws->m_db.queryInt("SELECT count(*) FROM sqlite_schema");
        }
        ws->m_readOnlyReason = readOnlyReason;

        // Re-read the identity through SQLite: the WAL may hold newer pages than the header.
        if (ws->m_db.queryInt("PRAGMA application_id") != Migrations::applicationId) {
            *error = E::make(E::ForeignApplication, path,
                             tr("“%1” is not a Lathe workspace.").arg(p));
            return nullptr;
        }
        int version = int(ws->m_db.queryInt("PRAGMA user_version"));
        if (version > Migrations::latestVersion()) {
            *error = E::make(E::TooNew, path,
                             tr("“%1” was saved by a newer Lathe (workspace format %2); this Lathe "
                                "reads formats up to %3. Update Lathe to open it.")
                                 .arg(p).arg(version).arg(Migrations::latestVersion()));
            return nullptr;
        }
        const QString check = ws->m_db.queryText("PRAGMA quick_check(1)");
        if (check != QLatin1StringView("ok")) {
            *error = E::make(E::Corrupt, path,
                             tr("“%1” is damaged (%2). Restore it from a backup.").arg(p, check));
            return nullptr;
        }
        if (version < Migrations::latestVersion()) {
            if (ws->isReadOnly()) {
                *error = E::make(E::NeedsUpgradeReadOnly, path,
                                 tr("“%1” uses workspace format %2 and must be upgraded to %3, but "
                                    "it is read-only (%4). Open a writable copy.")
                                     .arg(p).arg(version).arg(Migrations::latestVersion())
                                     .arg(readOnlyReason));
                return nullptr;
            }
            Transaction tx(ws->m_db);
            Migrations::upgrade(ws->m_db, version);
            tx.commit();
            version = Migrations::latestVersion();
        }
        ws->m_schemaVersion = version;
        ws->m_db.exec("PRAGMA foreign_keys = ON");
        if (!ws->isReadOnly()) {
            // Lathe's files are created in WAL mode; this only re-asserts it.
            if (!header.walMode)
                ws->m_db.queryText("PRAGMA journal_mode = WAL");
            ws->m_db.exec("PRAGMA synchronous = NORMAL");
        }
    } catch (const SqlError &e) {
        *error = fromSqlError(e, path);
        return nullptr;
    }
    return ws;
}

QString Workspace::projectName()
{
    return m_db.queryText("SELECT name FROM project WHERE id = 1");
}

bool Workspace::setProjectName(const QString &name, WorkspaceError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db, "UPDATE project SET name = ? WHERE id = 1");
        st.bind(1, name).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        *error = E::make(E::Database, path(), tr("Cannot rename the project: %1").arg(e.message()));
        return false;
    }
}

WorkspaceStats Workspace::stats()
{
    return WorkspaceStats::collect(m_db);
}

bool Workspace::saveAs(const QString &newPath, WorkspaceError *error)
{
    const QFileInfo target(newPath);
    if (target.absoluteFilePath() == QFileInfo(path()).absoluteFilePath()) {
        *error = E::make(E::AlreadyExists, newPath, tr("That is the file already open."));
        return false;
    }
    if (target.isDir()) {
        *error = E::make(E::IsDirectory, newPath, tr("“%1” is a folder.").arg(nativePath(newPath)));
        return false;
    }
    const QString temp = siblingTempPath(target.absoluteFilePath());
    try {
        Database dest;
        dest.open(temp, Database::Mode::Create);
        sqlite3_backup *backup = sqlite3_backup_init(dest.handle(), "main", m_db.handle(), "main");
        if (!backup)
            dest.throwError(sqlite3_errcode(dest.handle()));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            dest.throwError(rc);
        dest.close();
    } catch (const SqlError &e) {
        removeDatabaseFiles(temp);
        *error = E::make(E::Io, newPath, tr("Cannot save a copy as “%1”: %2.").arg(nativePath(newPath), e.message()));
        return false;
    }
    QString why;
    if (!replaceFile(temp, target.absoluteFilePath(), &why)) {
        removeDatabaseFiles(temp);
        *error = E::make(E::Io, newPath, tr("Cannot save a copy as “%1”: %2.").arg(nativePath(newPath), why));
        return false;
    }
    WorkspaceError openError;
    auto copy = open(target.absoluteFilePath(), &openError);
    if (!copy) {
        *error = openError;
        return false;
    }
    m_db.close();
    m_db.open(target.absoluteFilePath(), Database::Mode::ReadWrite);
    m_db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
    m_readOnlyReason.clear();
    return true;
}

} // namespace lathe
