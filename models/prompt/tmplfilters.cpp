#include "prompt/tmplfilters.h"

#include <QHash>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Registry
{
    QList<TmplFunctionDef> defs;
    QHash<QString, int> index;

    explicit Registry(QList<TmplFunctionDef> all) : defs(std::move(all))
    {
        for (qsizetype i = 0; i < defs.size(); ++i)
            index.insert(defs.at(i).name, int(i));
    }
};

const Registry &filters()
{
    static const Registry registry(tmplStringFilters() + tmplSequenceFilters());
    return registry;
}

const Registry &tests()
{
    static const Registry registry(tmplTestDefs());
    return registry;
}

} // namespace

int TmplFilters::find(const QString &name)
{
    return filters().index.value(name, -1);
}

const TmplFunctionDef &TmplFilters::at(int id)
{
    return filters().defs.at(id);
}

int TmplTests::find(const QString &name)
{
    return tests().index.value(name, -1);
}

const TmplFunctionDef &TmplTests::at(int id)
{
    return tests().defs.at(id);
}

QString tmplBindArguments(const TmplFunctionDef &def, const QStringList &names, QList<int> *bound)
{
    bound->clear();
    QList<bool> filled(def.params.size(), false);
    qsizetype nextPositional = 0;
    for (const QString &name : names) {
        qsizetype slot = -1;
        if (name.isEmpty()) {
            while (nextPositional < def.params.size() && def.params.at(nextPositional).keywordOnly)
                ++nextPositional;
            if (nextPositional < def.params.size()) {
                slot = nextPositional++;
            } else if (!def.variadic) {
                return def.params.isEmpty() ? u"takes no arguments"_s
                                            : QStringLiteral("takes at most %1 arguments").arg(def.params.size());
            }
        } else {
            for (qsizetype i = 0; i < def.params.size(); ++i)
                if (def.params.at(i).name == name)
                    slot = i;
            if (slot < 0)
                return "unexpected argument '"_L1 + name + u'\'';
            if (filled.at(slot))
                return "argument '"_L1 + name + "' given twice"_L1;
        }
        if (slot >= 0)
            filled[slot] = true;
        bound->append(int(slot));
    }
    for (qsizetype i = 0; i < def.params.size(); ++i)
        if (!filled.at(i) && def.params.at(i).defaultValue.isUndefined()
            && def.params.at(i).defaultValue.undefinedMessage().isEmpty())
            return "missing argument '"_L1 + def.params.at(i).name + u'\'';
    return {};
}

} // namespace lathe
