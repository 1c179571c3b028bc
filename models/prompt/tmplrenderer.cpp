#include "prompt/tmplrenderer.h"

#include "prompt/tmplexception.h"
#include "prompt/tmplfilters.h"
#include "prompt/tmplmethods.h"
#include "prompt/tmploperators.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace lathe {

using Kind = TmplExpr::Kind;

TmplRenderer::TmplRenderer(const QJsonObject &vars, const RenderOptions &options)
    : m_vars(vars), m_options(options)
{
}

TmplRenderer::~TmplRenderer()
{
    for (const auto &ns : m_namespaces)
        ns->items.clear();          // breaks reference cycles such as ns.self = ns
}

QString TmplRenderer::render(const TmplNodeList &nodes)
{
    pushFrame();
    renderNodes(nodes);
    return std::move(m_out);
}

void TmplRenderer::fail(int pos, const QString &message) const
{
    throw TmplException{pos, message};
}

void TmplRenderer::requireDefined(const TmplValue &v) const
{
    if (v.isUndefined() && strict() && !v.undefinedMessage().isEmpty())
        fail(v.undefinedPos(), v.undefinedMessage());
}

QString TmplRenderer::str(const TmplValue &v) const
{
    requireDefined(v);
    QString s = v.toString(m_options.maxOutputLength);
    checkSize(s.size(), m_pos);
    return s;
}

bool TmplRenderer::truth(const TmplValue &v) const
{
    requireDefined(v);
    return v.toBool();
}

void TmplRenderer::checkSize(qsizetype size, int pos) const
{
    if (size > m_options.maxOutputLength)
        fail(pos, QStringLiteral("result too large (limit %1)").arg(m_options.maxOutputLength));
}

void TmplRenderer::checkItems(qsizetype count, int pos) const
{
    if (count > m_options.maxIterations)
        fail(pos, QStringLiteral("too many items (limit %1)").arg(m_options.maxIterations));
}

void TmplRenderer::spend(qint64 count, int pos)
{
    m_spent += count;
    if (m_spent > m_options.maxIterations)
        fail(pos, QStringLiteral("too many loop iterations (limit %1)").arg(m_options.maxIterations));
}

QList<TmplValue> TmplRenderer::iterate(const TmplValue &v, int pos) const
{
    switch (v.type()) {
    case TmplValue::Type::Undefined:
        requireDefined(v);
        return {};
    case TmplValue::Type::List:
        checkItems(v.size(), pos);
        return v.listItems();
    case TmplValue::Type::Dict:
    case TmplValue::Type::Namespace: {
        QList<TmplValue> keys;
        for (const auto &item : v.dictItems())
            keys.append(TmplValue(item.first));
        return keys;
    }
    case TmplValue::Type::String: {
        QList<TmplValue> chars;
        const QString &s = v.string();
        checkItems(s.size(), pos);
        for (qsizetype i = 0; i < s.size(); ++i) {
            const bool pair = s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
            chars.append(TmplValue(s.mid(i, pair ? 2 : 1)));
            i += pair ? 1 : 0;
        }
        return chars;
    }
    default: fail(pos, "cannot iterate over "_L1 + TmplOperators::article(v));
    }
}

TmplValue TmplRenderer::attributePath(const TmplValue &obj, const QString &path, int pos) const
{
    TmplValue v = obj;
    for (const QString &part : path.split(u'.')) {
        TmplValue next;
        bool isIndex = false;
        const qint64 index = part.toLongLong(&isIndex);
        if (v.isMapping() && v.lookup(part, &next))
            v = next;
        else if (isIndex && v.isList() && index >= 0 && index < v.size())
            v = v.at(index);
        else
            return TmplValue::undefined(QStringLiteral("%1 has no attribute '%2'").arg(TmplOperators::article(v), part), pos);
    }
    return v;
}

TmplValue TmplRenderer::callFilter(const QString &name, const TmplValue &input, const QList<TmplValue> &args, int pos)
{
    const int id = TmplFilters::find(name);
    if (id < 0)
        fail(pos, "unknown filter '"_L1 + name + u'\'');
    const TmplFunctionDef &def = TmplFilters::at(id);
    QList<int> bound;
    const QString message = tmplBindArguments(def, QStringList(args.size(), QString()), &bound);
    if (!message.isEmpty())
        fail(pos, "filter '"_L1 + name + "': "_L1 + message);
    if (!def.acceptsUndefined)
        requireDefined(input);
    TmplCall call{*this, pos, input, {}, {}};
    m_pos = pos;
    for (const TmplParam &p : def.params)
        call.args.append(p.defaultValue);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (bound.at(i) >= 0)
            call.args[bound.at(i)] = args.at(i);
        else
            call.extra.append(args.at(i));
    }
    return def.fn(call);
}

bool TmplRenderer::callTest(const QString &name, const TmplValue &input, const QList<TmplValue> &args, int pos)
{
    const int id = TmplTests::find(name);
    if (id < 0)
        fail(pos, "unknown test '"_L1 + name + u'\'');
    const TmplFunctionDef &def = TmplTests::at(id);
    QList<int> bound;
    const QString message = tmplBindArguments(def, QStringList(args.size(), QString()), &bound);
    if (!message.isEmpty())
        fail(pos, "test '"_L1 + name + "': "_L1 + message);
    if (!def.acceptsUndefined)
        requireDefined(input);
    TmplCall call{*this, pos, input, {}, {}};
    for (const TmplParam &p : def.params)
        call.args.append(p.defaultValue);
    for (qsizetype i = 0; i < args.size(); ++i)
        call.args[bound.at(i)] = args.at(i);
    return def.fn(call).toBool();
}

void TmplRenderer::setLocal(const QString &name, const TmplValue &value)
{
    for (size_t i = m_frames.back(); i < m_locals.size(); ++i)
        if (m_locals[i].first == name) {
            m_locals[i].second = value;
            return;
        }
    m_locals.emplace_back(name, value);
}

void TmplRenderer::popFrame()
{
    m_locals.resize(m_frames.back());
    m_frames.pop_back();
}

void TmplRenderer::renderNodes(const TmplNodeList &nodes)
{
    for (const TmplNodePtr &n : nodes) {
        m_pos = n->pos;
        switch (n->kind) {
        case TmplNode::Kind::Text:
            m_out += n->text;
            break;
        case TmplNode::Kind::Output: {
            const TmplValue v = eval(*n->expr);
            if (v.isString())
                m_out += v.string();
            else
                m_out += str(v);
            break;
        }
        case TmplNode::Kind::If:
            for (const TmplNode::Branch &b : n->branches) {
                if (!b.cond || truth(eval(*b.cond))) {
                    renderNodes(b.body);
                    break;
                }
            }
            break;
        case TmplNode::Kind::For:
            renderFor(*n);
            break;
        case TmplNode::Kind::Set:
        case TmplNode::Kind::SetBlock:
            renderSet(*n);
            break;
        }
        checkSize(m_out.size(), n->pos);
    }
}

void TmplRenderer::bindTargets(const QStringList &targets, const TmplValue &item, int pos)
{
    if (targets.size() == 1) {
        setLocal(targets.first(), item);
        return;
    }
    if (!item.isList() && !item.isString())
        fail(pos, QStringLiteral("cannot unpack %1 into %2 loop variables").arg(TmplOperators::article(item)).arg(targets.size()));
    const QList<TmplValue> values = iterate(item, pos);
    if (values.size() != targets.size())
        fail(pos, QStringLiteral("expected %1 values to unpack, got %2").arg(targets.size()).arg(values.size()));
    for (qsizetype i = 0; i < targets.size(); ++i)
        setLocal(targets.at(i), values.at(i));
}

void TmplRenderer::renderFor(const TmplNode &n)
{
    QList<TmplValue> items = iterate(eval(*n.expr), n.expr->pos);
    if (n.filter) {
        QList<TmplValue> kept;
        for (const TmplValue &item : std::as_const(items)) {
            spend(1, n.pos);
            pushFrame();
            bindTargets(n.targets, item, n.pos);
            const bool keep = truth(eval(*n.filter));
            popFrame();
            if (keep)
                kept.append(item);
        }
        items = std::move(kept);
    }
    if (items.isEmpty()) {
        renderNodes(n.elseBody);
        return;
    }
    auto loop = std::make_shared<TmplLoop>();
    loop->items = std::move(items);
    const TmplValue loopValue(loop);
    const qsizetype count = loop->items.size();
    for (qsizetype i = 0; i < count; ++i) {
        spend(1, n.pos);
        loop->index0 = i;
        pushFrame();
        bindTargets(n.targets, loop->items.at(i), n.pos);
        m_locals.emplace_back(u"loop"_s, loopValue);
        renderNodes(n.body);
        popFrame();
    }
}

void TmplRenderer::renderSet(const TmplNode &n)
{
    TmplValue value;
    if (n.kind == TmplNode::Kind::SetBlock) {
        QString outer;
        std::swap(outer, m_out);
        renderNodes(n.body);
        std::swap(outer, m_out);
        value = TmplValue(outer);
    } else {
        value = eval(*n.expr);
    }
    if (value.nesting() > kMaxValueNesting)
        fail(n.pos, QStringLiteral("value nested too deeply (limit %1)").arg(kMaxValueNesting));
    if (!n.attributeTarget) {
        setLocal(n.targets.first(), value);
        return;
    }
    const TmplValue target = lookup(n.targets.first(), n.pos);
    requireDefined(target);
    const auto dict = target.namespaceDict();
    if (!dict)
        fail(n.pos, "cannot set an attribute of '"_L1 + n.targets.first() + "': only a namespace() has settable attributes"_L1);
    dict->set(n.targets.at(1), value);
}

TmplValue TmplRenderer::eval(const TmplExpr &e)
{
    switch (e.kind) {
    case Kind::Literal: return e.value;
    case Kind::Name: return lookup(e.name, e.pos);
    case Kind::Attr: return evalAttr(e);
    case Kind::Item: return evalItem(e);
    case Kind::Slice: return evalSlice(e);
    case Kind::List:
    case Kind::Tuple: {
        QList<TmplValue> items;
        items.reserve(qsizetype(e.kids.size()));
        for (const auto &k : e.kids)
            items.append(eval(*k));
        return TmplValue(std::move(items), e.kind == Kind::Tuple);
    }
    case Kind::Dict: {
        auto dict = std::make_shared<TmplDict>();
        for (size_t i = 0; i + 1 < e.kids.size(); i += 2)
            dict->set(str(eval(*e.kids[i])), eval(*e.kids[i + 1]));
        return TmplValue(dict);
    }
    case Kind::Neg:
    case Kind::Pos: return TmplOperators::unary(*this, e.kind == Kind::Neg, eval(*e.kids[0]), e.pos);
    case Kind::Not: return TmplValue(!truth(eval(*e.kids[0])));
    case Kind::Binary: {
        const TmplValue a = eval(*e.kids[0]);
        return TmplOperators::binary(*this, e.op, a, eval(*e.kids[1]), e.pos);
    }
    case Kind::Concat: return evalConcat(e);
    case Kind::Compare: return evalCompare(e);
    case Kind::And: {
        TmplValue a = eval(*e.kids[0]);
        return truth(a) ? eval(*e.kids[1]) : a;
    }
    case Kind::Or: {
        TmplValue a = eval(*e.kids[0]);
        return truth(a) ? a : eval(*e.kids[1]);
    }
    case Kind::Cond:
        if (truth(eval(*e.kids[1])))
            return eval(*e.kids[0]);
        return e.kids[2] ? eval(*e.kids[2]) : TmplValue();   // quiet undefined: prints nothing
    case Kind::Filter:
    case Kind::Test: return evalFilterOrTest(e);
    case Kind::Call: return evalCall(e);
    }
    return {};
}

TmplValue TmplRenderer::lookup(const QString &name, int pos) const
{
    for (auto it = m_locals.rbegin(); it != m_locals.rend(); ++it)
        if (it->first == name)
            return it->second;
    const auto it = m_vars.constFind(name);
    if (it != m_vars.constEnd())
        return TmplValue::fromJson(it.value());
    return TmplValue::undefined("undefined variable '"_L1 + name + u'\'', pos);
}

// How an expression reads in a message: "user.name", "items[0]", or "the value".
QString TmplRenderer::describe(const TmplExpr &e) const
{
    switch (e.kind) {
    case Kind::Name: return e.name;
    case Kind::Attr: return describe(*e.kids[0]) + u'.' + e.name;
    case Kind::Item:
        if (e.kids[1]->kind == Kind::Literal)
            return describe(*e.kids[0]) + u'[' + e.kids[1]->value.repr() + u']';
        return describe(*e.kids[0]) + "[...]"_L1;
    case Kind::Call: return describe(*e.kids[0]) + "()"_L1;
    case Kind::Filter: return describe(*e.kids[0]) + u'|' + e.name;
    default: return QStringLiteral("(value)");
    }
}

TmplValue TmplRenderer::evalAttr(const TmplExpr &e)
{
    const TmplValue obj = eval(*e.kids[0]);
    if (obj.isUndefined())
        return obj;
    TmplValue out;
    if (obj.isMapping()) {
        if (obj.lookup(e.name, &out))
            return out;
    } else if (obj.type() == TmplValue::Type::Loop) {
        if (TmplMethods::loopAttribute(*obj.loop(), e.name, &out))
            return out;
    }
    return TmplValue::undefined(QStringLiteral("'%1' (%2) has no attribute '%3'")
                                    .arg(describe(*e.kids[0]), TmplOperators::article(obj), e.name), e.pos);
}

} // namespace lathe
