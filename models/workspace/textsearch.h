#pragma once

#include <QString>

namespace lathe {

class Database;

// Search text in SQL, shared by the windowed views (dataset table, case matrix): ASCII text is
// matched with LIKE (fast, ASCII case folding is right for it), anything else with the
// lathe_contains(haystack, needle) function, a case-insensitive substring test with Unicode case
// folding that LIKE would get wrong ("Ärger", Korean).
class TextSearch final
{
public:
    // Registers lathe_contains on `db`'s connection (idempotent).
    static void registerContains(Database &db);
    static bool isAscii(const QString &text);
    // The LIKE pattern matching `text` anywhere, with % _ and the escape character (\) escaped.
    static QString likePattern(const QString &text);
};

} // namespace lathe
