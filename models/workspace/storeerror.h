#pragma once

#include <QString>

namespace lathe {

// Why a store operation was refused or failed; `message` is fit to show the user as is.
struct StoreError
{
    enum Code { None, NotFound, Invalid, Conflict, Unchanged, ReadOnly, Database };

    Code code = None;
    QString message;

    explicit operator bool() const { return code != None; }
    void set(Code c, const QString &m)
    {
        code = c;
        message = m;
    }
};

} // namespace lathe
