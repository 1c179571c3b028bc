#include "yamlreader.h"

#include "inputbuffer.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace lathe {

namespace {

constexpr int kMaxDepth = 256;
// Values a file may expand to: every value takes at least one byte of text, so only aliases
// can exceed the file's size; the margin leaves room for modest anchor reuse.
constexpr qint64 kValueMargin = 100'000;

// A plain (unquoted) scalar typed by the YAML 1.2 core schema.
QJsonValue plainScalar(const std::string &raw)
{
    const QString s = QString::fromStdString(raw);
    if (s.isEmpty() || s == u"~" || s == u"null" || s == u"Null" || s == u"NULL")
        return QJsonValue::Null;
    if (s == u"true" || s == u"True" || s == u"TRUE")
        return true;
    if (s == u"false" || s == u"False" || s == u"FALSE")
        return false;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    bool ok = false;
    if (integer.match(s).hasMatch()) {
        const qint64 n = s.toLongLong(&ok);
        if (ok)
            return n;
    }
    if (real.match(s).hasMatch()) {
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return s;
}

} // namespace

YamlReader::YamlReader(QIODevice *device, const QString &fileName)
    : m_device(device)
    , m_fileName(fileName)
{
}

YamlReader::~YamlReader() = default;

bool YamlReader::failAtMark(int pos, const QString &message)
{
    return fail(ImportError::at(m_device, m_fileName, std::max(pos, 0), message));
}

bool YamlReader::load()
{
    m_loaded = true;
    // Read through InputBuffer for its UTF-8 and NUL checks; YAML is parsed whole.
    QByteArray text;
    InputBuffer in(m_device);
    while (in.fill())
        text.append(in.data() + in.pos(), in.end() - in.pos());
    if (!in.problem().isEmpty())
        return fail(ImportError::at(m_device, m_fileName, in.problemOffset(), in.problem()));
    if (text.trimmed().isEmpty())
        return fail(ImportError::at(m_device, m_fileName, in.currentOffset(), tr("the file is empty")));
    // Positions from yaml-cpp count from the first byte it saw (after a byte order mark).
    m_bomSize = m_device->size() - text.size();
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        // Node::operator= assigns through to the referenced node; reset() rebinds.
        YAML::Node tests;
        tests.reset(root);
        if (root.IsMap()) {
            const YAML::Node dt = root["defaultTest"];
            if (dt && dt.IsMap() && dt["assert"]) {
                QJsonValue asserts;
                m_budget = text.size() + kValueMargin;
                if (!convert(dt["assert"], asserts, 0))
                    return false;
                m_defaultScorers = asserts.toArray();
            }
            tests.reset(root["tests"]);
            if (!tests)
                return failAtMark(int(m_bomSize) + root.Mark().pos,
                                  tr("expected a list of tests, or a promptfoo config with a \"tests\" list"));
            if (tests.IsScalar())
                return failAtMark(int(m_bomSize) + tests.Mark().pos,
                                  tr("the tests are in another file (%1); import that file instead")
                                      .arg(QString::fromStdString(tests.Scalar())));
        }
        if (!tests.IsSequence())
            return failAtMark(int(m_bomSize) + tests.Mark().pos, tr("expected a list of tests"));
        for (const YAML::Node &t : tests)
            m_tests.append(t);
    } catch (const YAML::Exception &e) {
        const QString msg = QString::fromStdString(e.msg);
        return failAtMark(int(m_bomSize) + e.mark.pos, msg.isEmpty() ? tr("invalid YAML") : tr("invalid YAML: %1").arg(msg));
    }
    m_budget = text.size() + kValueMargin;
    return true;
}

bool YamlReader::convert(const YAML::Node &node, QJsonValue &out, int depth)
{
    if (--m_budget < 0)
        return failAtMark(int(m_bomSize) + node.Mark().pos, tr("the YAML expands to too many values (aliases?)"));
    if (depth > kMaxDepth)
        return failAtMark(int(m_bomSize) + node.Mark().pos,
                          tr("values are nested more than %1 levels deep").arg(kMaxDepth));
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out = QJsonValue::Null;
        return true;
    case YAML::NodeType::Scalar: {
        const std::string &tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            out = QString::fromStdString(node.Scalar());
        else
            out = plainScalar(node.Scalar());
        return true;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const YAML::Node &item : node) {
            QJsonValue v;
            if (!convert(item, v, depth + 1))
                return false;
            a.append(v);
        }
        out = a;
        return true;
    }
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto &kv : node) {
            QJsonValue v;
            if (!convert(kv.second, v, depth + 1))
                return false;
            o.insert(QString::fromStdString(kv.first.Scalar()), v);
        }
        out = o;
        return true;
    }
    }
    return true;
}

bool YamlReader::next(SourceObject &object)
{
    if (m_error)
        return false;
    if (!m_loaded && !load())
        return false;
    if (m_next >= m_tests.size())
        return false;
    try {
        return mapTest(m_tests.at(m_next++), object);
    } catch (const YAML::Exception &e) {
        return failAtMark(int(m_bomSize) + e.mark.pos, tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
}

bool YamlReader::mapTest(const YAML::Node &test, SourceObject &object)
{
    object.members.clear();
    object.nestedKeys.clear();
    object.offset = m_bomSize + test.Mark().pos;
    if (!test.IsMap())
        return failAtMark(int(object.offset), tr("expected a test (a mapping with vars, assert, description...)"));
    for (const auto &kv : test) {
        const QString key = QString::fromStdString(kv.first.Scalar());
        QJsonValue v;
        if (!convert(kv.second, v, 1))
            return false;
        if (kv.second.IsMap()) {
            QStringList keys;
            for (const auto &inner : kv.second)
                keys.append(QString::fromStdString(inner.first.Scalar()));
            object.nestedKeys.insert(key, keys);
        }
        object.members.append({key, v});
    }
    return true;
}

} // namespace lathe
