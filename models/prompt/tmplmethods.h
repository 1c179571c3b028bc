#pragma once

#include "prompt/tmplvalue.h"

#include <QList>
#include <QString>

#include <utility>

namespace lathe {

class TmplRenderer;

// Global functions (range, namespace, dict), methods of values (str.upper(), dict.items(),
// loop.cycle(), ...) and the attributes of `loop`.
class TmplMethods final
{
public:
    using KwArgs = QList<std::pair<QString, TmplValue>>;

    static TmplValue callGlobal(TmplRenderer &r, const QString &name, const QList<TmplValue> &args,
                                const KwArgs &kwargs, int pos);
    static TmplValue callMethod(TmplRenderer &r, const TmplValue &obj, const QString &name,
                                const QList<TmplValue> &args, const KwArgs &kwargs, int pos);
    // loop.index, loop.first, ...; false for an unknown attribute.
    static bool loopAttribute(const TmplLoop &loop, const QString &name, TmplValue *out);
};

} // namespace lathe
