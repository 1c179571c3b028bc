#include "sseparser.h"

namespace lathe {

void SseParser::feed(QByteArrayView bytes, QList<Event> *out)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (m_skipLf) {
            m_skipLf = false;
            if (bytes.at(i) == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype end = i;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        if (end == bytes.size()) {
            m_line.append(bytes.sliced(i));
            return;
        }
        m_skipLf = bytes.at(end) == '\r';
        if (m_line.isEmpty()) {
            line(bytes.sliced(i, end - i), out);
        } else {
            m_line.append(bytes.sliced(i, end - i));
            line(m_line, out);
            m_line.clear();
        }
        i = end + 1;
    }
}

void SseParser::line(QByteArrayView text, QList<Event> *out)
{
    if (text.isEmpty()) {
        if (m_hasData) {
            m_data.chop(1);   // the '\n' after the last data line
            out->append({std::exchange(m_event, {}), std::exchange(m_data, {})});
        }
        m_event.clear();
        m_hasData = false;
        return;
    }
    if (text.startsWith(':'))
        return;
    const qsizetype colon = text.indexOf(':');
    const QByteArrayView field = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    }
}

} // namespace lathe
