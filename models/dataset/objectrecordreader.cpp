#include "objectrecordreader.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

const QJsonValue *member(const SourceObject &object, const QString &name)
{
    for (const auto &[k, v] : object.members) {
        if (k == name)
            return &v;
    }
    return nullptr;
}

} // namespace

ObjectRecordReader::ObjectRecordReader(std::unique_ptr<ObjectSource> source, Shape shape,
                                       DatasetFormat plainFormat, QIODevice *device, const QString &fileName)
    : m_source(std::move(source))
    , m_shape(shape)
    , m_plainFormat(plainFormat)
    , m_device(device)
    , m_fileName(fileName)
{
    updateFormat();
}

void ObjectRecordReader::updateFormat()
{
    switch (m_shape) {
    case Shape::PromptfooTests: m_format = DatasetFormat::Promptfoo; return;
    case Shape::OpenAiSamples: m_format = DatasetFormat::OpenAiEvals; return;
    case Shape::Auto:
    case Shape::Plain: m_format = m_plainFormat; return;
    }
}

bool ObjectRecordReader::failAt(qint64 offset, const QString &message)
{
    return fail(ImportError::at(m_device, m_fileName, offset, message));
}

void ObjectRecordReader::set(ImportRecord &record, const QString &column, const QJsonValue &value)
{
    auto it = m_index.constFind(column);
    if (it == m_index.constEnd()) {
        it = m_index.insert(column, m_columns.size());
        m_columns.append(column);
    }
    if (record.values.size() <= *it)
        record.values.resize(*it + 1, QJsonValue(QJsonValue::Undefined));
    record.values[*it] = value;
}

bool ObjectRecordReader::next(ImportRecord &record)
{
    if (m_error)
        return false;
    if (!m_source->next(m_object)) {
        if (m_source->error())
            return fail(m_source->error());
        return false;
    }
    if (m_shape == Shape::Auto) {
        if (member(m_object, u"vars"_s) || member(m_object, u"assert"_s))
            m_shape = Shape::PromptfooTests;
        else if (member(m_object, u"input"_s) && member(m_object, u"ideal"_s))
            m_shape = Shape::OpenAiSamples;
        else
            m_shape = Shape::Plain;
        updateFormat();
    }
    m_defaultScorers = m_source->defaultScorers();
    record.values.fill(QJsonValue(QJsonValue::Undefined), m_columns.size());
    record.scorers = {};
    record.offset = m_object.offset;
    switch (m_shape) {
    case Shape::PromptfooTests:
        return mapPromptfoo(m_object, record);
    case Shape::OpenAiSamples:
        return mapOpenAi(m_object, record);
    case Shape::Auto:
    case Shape::Plain:
        break;
    }
    for (const auto &[k, v] : std::as_const(m_object.members))
        set(record, k.isEmpty() ? u"(empty)"_s : k, v);
    return true;
}

bool ObjectRecordReader::mapPromptfoo(const SourceObject &object, ImportRecord &record)
{
    for (const auto &[k, v] : object.members) {
        if (k == u"vars"_s) {
            if (v.isNull())
                continue;
            if (!v.isObject())
                return failAt(object.offset, tr("\"vars\" must be a mapping of variable names to values"));
            const QJsonObject vars = v.toObject();
            for (const QString &name : object.nestedKeys.value(k, vars.keys()))
                set(record, name, vars.value(name));
        } else if (k == u"assert"_s) {
            if (v.isNull())
                continue;
            if (!v.isArray())
                return failAt(object.offset, tr("\"assert\" must be a list of assertions"));
            record.scorers = v.toArray();
        } else if (k == u"description"_s) {
            set(record, u"__description"_s, v);
        } else if (k == u"metadata"_s && v.isObject()) {
            const QJsonObject meta = v.toObject();
            for (const QString &name : object.nestedKeys.value(k, meta.keys()))
                set(record, u"__metadata:"_s + name, meta.value(name));
        } else {
            set(record, u"__"_s + k, v);
        }
    }
    return true;
}

bool ObjectRecordReader::mapOpenAi(const SourceObject &object, ImportRecord &record)
{
    const QJsonValue *input = member(object, u"input"_s);
    if (!input)
        return failAt(object.offset, tr("the sample has no \"input\""));
    bool valid = input->isString() || input->isArray();
    if (input->isArray()) {
        for (const QJsonValue &m : input->toArray())
            valid = valid && m.isObject() && m.toObject().value(u"role"_s).isString();
    }
    if (!valid)
        return failAt(object.offset, tr("\"input\" must be a prompt string or a list of chat messages "
                                        "({\"role\": ..., \"content\": ...})"));
    for (const auto &[k, v] : object.members)
        set(record, k.isEmpty() ? u"(empty)"_s : k, v);
    return true;
}

} // namespace lathe
