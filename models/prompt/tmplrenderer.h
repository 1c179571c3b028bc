#pragma once

#include "prompt/template.h"
#include "prompt/tmplast.h"

#include <QJsonObject>

#include <utility>
#include <vector>

namespace lathe {

// One render of a parsed template: the variable scopes, the output buffer and the limits.
// Short-lived and single-threaded; the tree it walks is shared and never modified.
// Failures throw TmplException with a source offset.
class TmplRenderer final
{
public:
    // Containers built while rendering may nest this deep (e.g. {% set ns.x = [ns.x] %} in a
    // loop); deeper would risk the stack when the value is printed or destroyed.
    static constexpr int kMaxValueNesting = 256;

    TmplRenderer(const QJsonObject &vars, const RenderOptions &options);
    ~TmplRenderer();
    Q_DISABLE_COPY_MOVE(TmplRenderer)

    QString render(const TmplNodeList &nodes);

    // Helpers for filters, tests and methods.
    bool strict() const { return m_options.strictUndefined; }
    qsizetype maxOutputLength() const { return m_options.maxOutputLength; }
    [[noreturn]] void fail(int pos, const QString &message) const;
    // Strict mode: throws the reason an undefined value is undefined. Lenient: no-op.
    void requireDefined(const TmplValue &v) const;
    // requireDefined + str(); fails when the text would pass maxOutputLength.
    QString str(const TmplValue &v) const;
    bool truth(const TmplValue &v) const;                   // requireDefined + truthiness
    // Items of a list, characters of a string, keys of a dict; lenient undefined is empty.
    QList<TmplValue> iterate(const TmplValue &v, int pos) const;
    // `obj.a.b` for a dotted path, as map(attribute=...) and sort(attribute=...) use it.
    TmplValue attributePath(const TmplValue &obj, const QString &path, int pos) const;
    TmplValue callFilter(const QString &name, const TmplValue &input, const QList<TmplValue> &args, int pos);
    bool callTest(const QString &name, const TmplValue &input, const QList<TmplValue> &args, int pos);
    // Fails when a string of `size` would cross maxOutputLength.
    void checkSize(qsizetype size, int pos) const;
    // Fails when a list of `count` items would cross maxIterations.
    void checkItems(qsizetype count, int pos) const;
    // Counts `count` units of work against maxIterations.
    void spend(qint64 count, int pos);
    // Namespaces can refer to themselves; the renderer empties them when it ends.
    void adoptNamespace(const std::shared_ptr<TmplDict> &ns) { m_namespaces.push_back(ns); }

private:
    void renderNodes(const TmplNodeList &nodes);
    void renderFor(const TmplNode &n);
    void renderSet(const TmplNode &n);
    void bindTargets(const QStringList &targets, const TmplValue &item, int pos);
    void setLocal(const QString &name, const TmplValue &value);
    void pushFrame() { m_frames.push_back(m_locals.size()); }
    void popFrame();

    TmplValue eval(const TmplExpr &e);
    // A local (innermost scope first), else a top-level variable, else undefined.
    TmplValue lookup(const QString &name, int pos) const;
    TmplValue evalAttr(const TmplExpr &e);
    TmplValue evalItem(const TmplExpr &e);
    TmplValue evalSlice(const TmplExpr &e);
    TmplValue evalCompare(const TmplExpr &e);
    TmplValue evalConcat(const TmplExpr &e);
    TmplValue evalFilterOrTest(const TmplExpr &e);
    TmplValue evalCall(const TmplExpr &e);
    QString describe(const TmplExpr &e) const;

    const QJsonObject &m_vars;
    RenderOptions m_options;
    QString m_out;
    std::vector<std::pair<QString, TmplValue>> m_locals;
    std::vector<size_t> m_frames;
    qint64 m_spent = 0;
    int m_pos = 0;      // the node or filter being evaluated, for errors raised without a position
    std::vector<std::shared_ptr<TmplDict>> m_namespaces;
};

} // namespace lathe
