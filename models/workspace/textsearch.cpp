#include "textsearch.h"

#include "database.h"

#include <sqlite3.h>

namespace lathe {
namespace {

// lathe_contains: see the header. The needle is converted once per statement and kept as
// auxiliary data.
void containsFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    auto *needle = static_cast<QString *>(sqlite3_get_auxdata(ctx, 1));
    if (!needle) {
        needle = new QString(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[1])),
                                               sqlite3_value_bytes(argv[1])));
        sqlite3_set_auxdata(ctx, 1, needle, [](void *p) { delete static_cast<QString *>(p); });
        needle = static_cast<QString *>(sqlite3_get_auxdata(ctx, 1));
        if (!needle) {   // SQLite may drop auxdata at once; then convert per call
            sqlite3_result_int(ctx, 0);
            return;
        }
    }
    const QString hay = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                                          sqlite3_value_bytes(argv[0]));
    sqlite3_result_int(ctx, hay.contains(*needle, Qt::CaseInsensitive) ? 1 : 0);
}

} // namespace

void TextSearch::registerContains(Database &db)
{
    sqlite3_create_function_v2(db.handle(), "lathe_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &containsFunction, nullptr, nullptr, nullptr);
}

bool TextSearch::isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

QString TextSearch::likePattern(const QString &text)
{
    QString out = QStringLiteral("%");
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'%';
}

} // namespace lathe
