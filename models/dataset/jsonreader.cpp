#include "jsonreader.h"

#include <QIODevice>

#include <cstring>

namespace lathe {

JsonReader::JsonReader(QIODevice *device, const QString &fileName, Mode mode)
    : m_device(device)
    , m_fileName(fileName)
    , m_in(device)
    , m_mode(mode)
{
}

JsonReader::Mode JsonReader::detectMode(QByteArrayView sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        sample = sample.sliced(3);
    for (char c : sample) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' ? Mode::Lines : Mode::Array;
    }
    return Mode::Array;
}

bool JsonReader::next(SourceObject &object)
{
    if (m_error)
        return false;
    const bool ok = m_mode == Mode::Lines ? nextLine(object) : nextElement(object);
    m_sawObject = m_sawObject || ok;
    return ok;
}

bool JsonReader::failAt(qint64 offset, const QString &message, qint64 related)
{
    return fail(ImportError::at(m_device, m_fileName, offset, message, related));
}

bool JsonReader::failProblemOr(qint64 offset, const QString &message, qint64 related)
{
    if (!m_in.problem().isEmpty())
        return failAt(m_in.problemOffset(), m_in.problem());
    return failAt(offset, message, related);
}

bool JsonReader::parse(const QByteArray &text, qint64 start, SourceObject &object)
{
    JsonParser parser(text);
    if (parser.parseObject(object.members, &object.nestedKeys)) {
        object.offset = start;
        return true;
    }
    const JsonParser::Error &e = parser.error();
    return failAt(start + e.offset, e.message, e.openedAt >= 0 ? start + e.openedAt : -1);
}

bool JsonReader::nextLine(SourceObject &object)
{
    for (;;) {
        m_text.clear();
        qint64 start = -1;
        bool newline = false;
        while (!newline) {
            if (m_in.pos() >= m_in.end() && !m_in.fill())
                break;
            const char *d = m_in.data();
            const qsizetype i = m_in.pos();
            if (start < 0)
                start = m_in.offset(i);
            const auto *nl = static_cast<const char *>(std::memchr(d + i, '\n', size_t(m_in.end() - i)));
            const qsizetype j = nl ? nl - d : m_in.end();
            m_text.append(d + i, j - i);
            m_in.setPos(nl ? j + 1 : j);
            newline = nl != nullptr;
        }
        if (!m_in.problem().isEmpty()) {
            // A syntax error on this line before the encoding problem wins.
            JsonParser probe(m_text);
            JsonParser::Members ignored;
            if (start >= 0 && !probe.parseObject(ignored) && probe.error().offset < m_text.size())
                return parse(m_text, start, object);
            return failAt(m_in.problemOffset(), m_in.problem());
        }
        if (start < 0) {   // end of input
            if (!m_sawObject)
                return failAt(m_in.currentOffset(), tr("the file is empty"));
            return false;
        }
        if (m_text.endsWith('\r'))
            m_text.chop(1);
        if (m_text.trimmed().isEmpty())
            continue;
        return parse(m_text, start, object);
    }
}

bool JsonReader::skipSpace()
{
    for (;;) {
        if (m_in.pos() >= m_in.end() && !m_in.fill())
            return false;
        const char c = m_in.current();
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return true;
        m_in.setPos(m_in.pos() + 1);
    }
}

bool JsonReader::nextElement(SourceObject &object)
{
    for (;;) {
        if (m_state == State::Done)
            return false;
        if (!skipSpace()) {
            if (m_state == State::BeforeArray)
                return failProblemOr(m_in.currentOffset(), tr("the file is empty"));
            return failProblemOr(m_in.currentOffset(), tr("unterminated array opened at %1"), m_arrayOffset);
        }
        const char c = m_in.current();
        const qint64 at = m_in.currentOffset();
        switch (m_state) {
        case State::BeforeArray:
            if (c != '[')
                return failAt(at, tr("expected a JSON array of objects"));
            m_arrayOffset = at;
            m_in.setPos(m_in.pos() + 1);
            m_state = State::FirstElement;
            continue;
        case State::AfterElement:
        case State::FirstElement:
            if (c == ']') {
                m_in.setPos(m_in.pos() + 1);
                m_state = State::Done;
                if (skipSpace())
                    return failAt(m_in.currentOffset(), tr("unexpected text after the end of the JSON array"));
                if (!m_in.problem().isEmpty())
                    return failAt(m_in.problemOffset(), m_in.problem());
                return false;
            }
            if (m_state == State::AfterElement) {
                if (c != ',')
                    return failAt(at, tr("expected ',' or ']' after an array element"));
                m_in.setPos(m_in.pos() + 1);
                m_state = State::Element;
                continue;
            }
            break;
        case State::Element:
            if (c == ']')
                return failAt(at, tr("trailing comma before ']'"));
            break;
        case State::Done:
            return false;
        }
        if (c != '{')
            return failAt(at, tr("expected an object (each element of the array is one row)"));

        // Collect the element's bytes up to its matching '}', then parse them.
        m_text.clear();
        int depth = 0;
        bool inString = false;
        bool escape = false;
        bool complete = false;
        while (!complete) {
            if (m_in.pos() >= m_in.end() && !m_in.fill())
                break;
            const char *d = m_in.data();
            qsizetype i = m_in.pos();
            const qsizetype end = m_in.end();
            for (; i < end; ++i) {
                const char b = d[i];
                if (inString) {
                    if (escape)
                        escape = false;
                    else if (b == '\\')
                        escape = true;
                    else if (b == '"')
                        inString = false;
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    ++depth;
                } else if ((b == '}' || b == ']') && --depth == 0) {
                    ++i;
                    complete = true;
                    break;
                }
            }
            m_text.append(d + m_in.pos(), i - m_in.pos());
            m_in.setPos(i);
        }
        if (!complete && !m_in.problem().isEmpty()) {
            // The parser would stop at the same bytes; a syntax error before the problem wins.
            JsonParser probe(m_text);
            JsonParser::Members ignored;
            if (!probe.parseObject(ignored) && probe.error().offset < m_text.size())
                return parse(m_text, at, object);
            return failAt(m_in.problemOffset(), m_in.problem());
        }
        if (!parse(m_text, at, object))
            return false;
        m_state = State::AfterElement;
        return true;
    }
}

} // namespace lathe
