// Workspace file: creation, migrations, every bad-file case (file unchanged by checksum),
// read-only and locked files, Save As.
#include "workspace/database.h"
#include "workspace/migrations.h"
#include "workspace/sqlerror.h"
#include "workspace/statement.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A workspace with enough content to span several pages.
QString makeWorkspace(const QString &path, int extraRows = 0)
{
    WorkspaceError error;
    auto ws = Workspace::create(path, QStringLiteral("Fixture"), &error);
    if (!ws)
        return error.message;
    Database &db = ws->database();
    for (int i = 0; i < extraRows; ++i) {
        Statement st(db, "INSERT INTO activity (at, kind, summary) VALUES (?, 'test', ?)");
        st.bind(1, Workspace::nowUtc()).bind(2, QString(400, QLatin1Char('a' + i % 26))).exec();
    }
    return {};
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsCurrentSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.lathe"));
        WorkspaceError error;
        auto ws = Workspace::create(path, QStringLiteral("Demo project"), &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(ws->projectName(), QStringLiteral("Demo project"));
        Database &db = ws->database();
        QCOMPARE(db.queryInt("PRAGMA application_id"), qint64(Migrations::applicationId));
        QCOMPARE(db.queryInt("PRAGMA user_version"), qint64(Migrations::latestVersion()));
        QCOMPARE(db.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
        for (const char *table : {"project", "settings", "prompts", "prompt_versions", "prompt_labels",
                                  "datasets", "dataset_versions", "dataset_columns", "dataset_rows",
                                  "dataset_version_rows", "providers", "pricing", "runs", "run_columns",
                                  "run_cases", "results", "scores", "judgements", "response_cache"}) {
            Statement st(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
            st.bind(1, QString::fromLatin1(table));
            QVERIFY(st.step());
            QVERIFY2(st.columnInt(0) == 1, table);
        }
        const WorkspaceStats s = ws->stats();
        QCOMPARE(s.prompts, 0);
        QCOMPARE(s.runs, 0);
    }

    void migratesFromEmptyDatabase()
    {
        // An SQLite file that carries Lathe's id but no schema yet (user_version 0).
        const QString path = m_dir.filePath(QStringLiteral("v0.lathe"));
        {
            Database db;
            db.open(path, Database::Mode::Create);
            const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(Migrations::applicationId);
            db.exec(sql.constData());
            db.exec("CREATE TABLE project (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, "
                    "description TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, created_with TEXT NOT NULL); "
                    "DROP TABLE project;");
        }
        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(ws->database().queryInt("PRAGMA user_version"), qint64(Migrations::latestVersion()));
        QCOMPARE(ws->database().queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'results'"), 1);
    }

    void versionsAreImmutable()
    {
        const QString path = m_dir.filePath(QStringLiteral("imm.lathe"));
        WorkspaceError error;
        auto ws = Workspace::create(path, {}, &error);
        QVERIFY(ws);
        Database &db = ws->database();
        db.exec("INSERT INTO prompts (name, created_at, updated_at) VALUES ('p', 'now', 'now');"
                "INSERT INTO prompt_versions (prompt_id, number, kind, template, message, content_hash, created_at)"
                " VALUES (1, 1, 'text', 'Hello', 'first', 'h', 'now');");
        QVERIFY_THROWS_EXCEPTION(SqlError, db.exec("UPDATE prompt_versions SET template = 'changed'"));
        QCOMPARE(db.queryText("SELECT template FROM prompt_versions"), QStringLiteral("Hello"));
    }

    void refusesToOverwriteOnCreate()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.lathe"));
        writeFile(path, "precious");
        WorkspaceError error;
        QVERIFY(!Workspace::create(path, {}, &error));
        QCOMPARE(error.code, WorkspaceError::AlreadyExists);
        QCOMPARE(checksum(path), QCryptographicHash::hash("precious", QCryptographicHash::Sha256).toHex());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("mentions");   // a phrase the message must contain

        QTest::newRow("empty file") << "empty.lathe" << int(WorkspaceError::EmptyFile) << "empty";
        QTest::newRow("png image") << "image.lathe" << int(WorkspaceError::NotSqlite) << "PNG";
        QTest::newRow("random bytes") << "random.lathe" << int(WorkspaceError::NotSqlite) << "not an SQLite";
        QTest::newRow("short text") << "short.lathe" << int(WorkspaceError::NotSqlite) << "not an SQLite";
        QTest::newRow("other application") << "other.db" << int(WorkspaceError::ForeignApplication) << "another application";
        QTest::newRow("newer lathe") << "newer.lathe" << int(WorkspaceError::TooNew) << "newer Lathe";
        QTest::newRow("truncated") << "truncated.lathe" << int(WorkspaceError::Truncated) << "truncated";
        QTest::newRow("corrupted") << "corrupt.lathe" << int(WorkspaceError::Corrupt) << "damaged";
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(name);
        prepareBadFile(name, path);
        const QByteArray before = checksum(path);
        QVERIFY(!before.isEmpty());

        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(!ws);
        QCOMPARE(int(error.code), expected);
        QVERIFY2(error.message.contains(name), qPrintable(error.message));
        QVERIFY2(error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(error.message));
        QCOMPARE(checksum(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void missingFileAndDirectory()
    {
        WorkspaceError error;
        QVERIFY(!Workspace::open(m_dir.filePath(QStringLiteral("nope.lathe")), &error));
        QCOMPARE(error.code, WorkspaceError::NotFound);
        QVERIFY(error.message.contains(QStringLiteral("nope.lathe")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.lathe"))));

        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.lathe")));
        QVERIFY(!Workspace::open(m_dir.filePath(QStringLiteral("folder.lathe")), &error));
        QCOMPARE(error.code, WorkspaceError::IsDirectory);
        QVERIFY(error.message.contains(QStringLiteral("folder")));
    }

    void readOnlyFileOpensReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.lathe"));
        QCOMPARE(makeWorkspace(path), QString());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = checksum(path);

        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QVERIFY(ws->isReadOnly());
        QVERIFY(ws->readOnlyReason().contains(QStringLiteral("read-only")));
        QCOMPARE(ws->projectName(), QStringLiteral("Fixture"));
        QVERIFY(!ws->setProjectName(QStringLiteral("changed"), &error));
        ws.reset();
        QCOMPARE(checksum(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void lockedFileIsReportedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.lathe"));
        QCOMPARE(makeWorkspace(path), QString());
        const QByteArray before = checksum(path);

        Database other;   // stands in for another process holding an exclusive lock
        other.open(path, Database::Mode::ReadWrite);
        other.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE project SET name = name;");

        WorkspaceError error;
        Workspace::OpenOptions options;
        options.busyTimeoutMs = 50;
        QVERIFY(!Workspace::open(path, options, &error));
        QCOMPARE(error.code, WorkspaceError::Locked);
        QVERIFY2(error.message.contains(QStringLiteral("locked by another process")), qPrintable(error.message));

        other.exec("ROLLBACK");
        other.close();
        QCOMPARE(checksum(path), before);
        QVERIFY(Workspace::open(path, &error));
    }

    void saveAsRoundTrip()
    {
        const QString original = m_dir.filePath(QStringLiteral("orig.lathe"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.lathe"));
        QCOMPARE(makeWorkspace(original, 50), QString());

        WorkspaceError error;
        auto ws = Workspace::open(original, &error);
        QVERIFY(ws);
        QVERIFY(ws->setProjectName(QStringLiteral("Before copy"), &error));
        QVERIFY2(ws->saveAs(copy, &error), qPrintable(error.message));
        QCOMPARE(ws->path(), QFileInfo(copy).absoluteFilePath());

        // Edits after Save As go to the copy only.
        QVERIFY(ws->setProjectName(QStringLiteral("After copy"), &error));
        ws.reset();

        auto o = Workspace::open(original, &error);
        QVERIFY(o);
        QCOMPARE(o->projectName(), QStringLiteral("Before copy"));
        auto c = Workspace::open(copy, &error);
        QVERIFY2(c, qPrintable(error.message));
        QCOMPARE(c->projectName(), QStringLiteral("After copy"));
        QCOMPARE(c->database().queryInt("SELECT count(*) FROM activity"), 50);
        QCOMPARE(c->database().queryInt("PRAGMA application_id"), qint64(Migrations::applicationId));
        QCOMPARE(c->database().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.partial")});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    void changesPersistWithoutSave()
    {
        const QString path = m_dir.filePath(QStringLiteral("persist.lathe"));
        WorkspaceError error;
        {
            auto ws = Workspace::create(path, QStringLiteral("A"), &error);
            QVERIFY(ws);
            QVERIFY(ws->setProjectName(QStringLiteral("Renamed"), &error));
        }
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        QCOMPARE(ws->projectName(), QStringLiteral("Renamed"));
    }

private:
    void prepareBadFile(const QString &name, const QString &path)
    {
        if (name == QLatin1StringView("empty.lathe")) {
            writeFile(path, {});
        } else if (name == QLatin1StringView("image.lathe")) {
            writeFile(path, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\x01'));
        } else if (name == QLatin1StringView("random.lathe")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator gen(42);
            for (char &c : bytes)
                c = char(gen.bounded(256));
            writeFile(path, bytes);
        } else if (name == QLatin1StringView("short.lathe")) {
            writeFile(path, "SQLite format");
        } else if (name == QLatin1StringView("other.db")) {
            Database db;
            db.open(path, Database::Mode::Create);
            db.exec("PRAGMA user_version = 7; CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
        } else if (name == QLatin1StringView("newer.lathe")) {
            QCOMPARE(makeWorkspace(path), QString());
            Database db;
            db.open(path, Database::Mode::ReadWrite);
            db.exec("PRAGMA user_version = 99");
            db.queryText("PRAGMA wal_checkpoint(TRUNCATE)");
        } else if (name == QLatin1StringView("truncated.lathe")) {
            QCOMPARE(makeWorkspace(path, 200), QString());
            QFile f(path);
            QVERIFY(f.resize(f.size() / 2));
        } else if (name == QLatin1StringView("corrupt.lathe")) {
            QCOMPARE(makeWorkspace(path, 200), QString());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            // Keep page 1 (header and schema) intact; scribble over the b-tree pages after it.
            for (qint64 at = 4096; at + 2048 < size; at += 4096) {
                f.seek(at);
                f.write(QByteArray(2048, '\xA5'));
            }
        }
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
