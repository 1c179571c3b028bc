#include "sqliteheader.h"

#include <QCoreApplication>
#include <QFile>

namespace lathe {
namespace {

quint32 be32(const QByteArray &h, int at)
{
    const auto *p = reinterpret_cast<const uchar *>(h.constData()) + at;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 be16(const QByteArray &h, int at)
{
    const auto *p = reinterpret_cast<const uchar *>(h.constData()) + at;
    return quint16((p[0] << 8) | p[1]);
}

} // namespace

SqliteHeader SqliteHeader::read(const QString &path)
{
    SqliteHeader h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        h.readError = file.errorString();
        return h;
    }
    h.fileSize = file.size();
    const QByteArray bytes = file.read(100);
    h.leadingBytes = bytes.left(16);
    if (bytes.isEmpty() && h.fileSize == 0) {
        h.status = Status::Empty;
        return h;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        h.status = Status::NotSqlite;
        return h;
    }
    h.status = Status::Ok;
    const quint16 rawPage = be16(bytes, 16);
    h.pageSize = rawPage == 1 ? 65536u : rawPage;
    h.walMode = uchar(bytes[18]) == 2 && uchar(bytes[19]) == 2;
    const quint32 changeCounter = be32(bytes, 24);
    h.pageCount = be32(bytes, 28);
    h.pageCountValid = h.pageCount > 0 && be32(bytes, 92) == changeCounter;
    h.userVersion = be32(bytes, 60);
    h.applicationId = qint32(be32(bytes, 68));
    return h;
}

QString SqliteHeader::describeForeignFormat() const
{
    struct Sig { const char *bytes; int size; const char *what; };
    static const Sig sigs[] = {
        {"\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("SqliteHeader", "a PNG image")},
        {"\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("SqliteHeader", "a JPEG image")},
        {"%PDF", 4, QT_TRANSLATE_NOOP("SqliteHeader", "a PDF document")},
        {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("SqliteHeader", "a ZIP archive")},
        {"\x1f\x8b", 2, QT_TRANSLATE_NOOP("SqliteHeader", "a gzip archive")},
        {"\x7f" "ELF", 4, QT_TRANSLATE_NOOP("SqliteHeader", "a program (ELF)")},
    };
    for (const Sig &s : sigs) {
        if (leadingBytes.startsWith(QByteArray(s.bytes, s.size)))
            return QCoreApplication::translate("SqliteHeader", s.what);
    }
    const QByteArray t = leadingBytes.trimmed();
    if (t.startsWith('{') || t.startsWith('['))
        return QCoreApplication::translate("SqliteHeader", "a JSON file");
    return {};
}

} // namespace lathe
