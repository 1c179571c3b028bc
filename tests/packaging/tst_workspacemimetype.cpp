// packaging/linux/org.lathe.Lathe.xml, compiled with update-mime-database into this test's
// XDG_DATA_HOME (set per test by lathe_add_test), as a desktop would see it through
// QMimeDatabase: a real workspace is application/x-lathe-workspace by name and, renamed, by
// content; other SQLite files are not.
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

const QString kLatheType = u"application/x-lathe-workspace"_s;
const QString kSqliteType = u"application/vnd.sqlite3"_s;
constexpr qsizetype kApplicationIdOffset = 68;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestWorkspaceMimeType final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byName();
    void byContent_data();
    void byContent();

private:
    QTemporaryDir m_dir;
    QByteArray m_workspace;   // bytes of a real, closed workspace file
};

void TestWorkspaceMimeType::initTestCase()
{
    // The compiled database must exist before the first QMimeDatabase use in this process.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY2(data.contains(u"tst_workspacemimetype"_s), qPrintable(u"XDG_DATA_HOME is not the test's: "_s + data));
    QDir mime(data + u"/mime"_s);
    QVERIFY(mime.removeRecursively());
    QVERIFY(mime.mkpath(u"packages"_s));
    QVERIFY(QFile::copy(QStringLiteral(LATHE_MIME_XML), mime.filePath(u"packages/org.lathe.Lathe.xml"_s)));
    QProcess update;
    update.start(QStringLiteral(LATHE_UPDATE_MIME_DATABASE), {mime.path()});
    QVERIFY(update.waitForFinished(30000));
    QCOMPARE(update.exitCode(), 0);
    QVERIFY(QFile::exists(mime.filePath(u"mime.cache"_s)));

    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"made.lathe"_s);
    {
        WorkspaceError error;
        auto ws = Workspace::create(path, u"Mime"_s, &error);
        QVERIFY2(ws, qPrintable(error.message));
    }   // closed: the WAL is checkpointed into the file
    m_workspace = readAll(path);
    QVERIFY(m_workspace.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    QCOMPARE(m_workspace.mid(kApplicationIdOffset, 4), QByteArray("LTHE"));
}

void TestWorkspaceMimeType::byName()
{
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(u"/nonexistent/project.lathe"_s, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), kLatheType);
    QVERIFY(type.inherits(kSqliteType));
    QCOMPARE(type.comment(), u"Lathe workspace"_s);
    QCOMPARE(type.preferredSuffix(), u"lathe"_s);
    QCOMPARE(type.iconName(), u"org.lathe.Lathe"_s);
}

void TestWorkspaceMimeType::byContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("applicationId");   // bytes 68..71; empty: keep the workspace's
    QTest::addColumn<bool>("sqliteHeader");
    QTest::addColumn<QString>("expected");

    QTest::newRow("workspace renamed .bin") << u"copy.bin"_s << QByteArray() << true << kLatheType;
    QTest::newRow("workspace without suffix") << u"backup"_s << QByteArray() << true << kLatheType;
    QTest::newRow("plain SQLite, id 0") << u"plain.bin"_s << QByteArray(4, '\0') << true << kSqliteType;
    QTest::newRow("GeoPackage id") << u"map.bin"_s << QByteArray("GPKG") << true << kSqliteType;
    // The rule needs both the SQLite header and the id.
    QTest::newRow("id without SQLite header") << u"fake.bin"_s << QByteArray() << false
                                              << u"application/octet-stream"_s;
}

void TestWorkspaceMimeType::byContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, applicationId);
    QFETCH(bool, sqliteHeader);
    QFETCH(QString, expected);

    QByteArray bytes = m_workspace;
    if (!applicationId.isEmpty())
        bytes.replace(kApplicationIdOffset, 4, applicationId);
    if (!sqliteHeader)
        bytes.replace(0, 16, QByteArray(16, 'x'));
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeAll(path, bytes));

    const QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(path).name(), expected);
    QCOMPARE(db.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), expected);
}

QTEST_GUILESS_MAIN(TestWorkspaceMimeType)
#include "tst_workspacemimetype.moc"
