#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace lathe {

// Incremental parser of a text/event-stream body (the WHATWG server-sent events format):
// lines end in "\n", "\r\n" or "\r", which may be split across feeds; "field: value" lines;
// several data lines join with "\n"; a blank line ends an event; comment lines (":...") and
// the "id" and "retry" fields are ignored. An event without data is not dispatched.
class SseParser final
{
public:
    struct Event
    {
        QByteArray event;   // empty when the event had no "event:" line
        QByteArray data;
    };

    // Appends the events completed by `bytes` to *out.
    void feed(QByteArrayView bytes, QList<Event> *out);
    // True when bytes of an unfinished event are buffered (a stream cut short).
    bool hasPartialEvent() const { return !m_line.isEmpty() || m_hasData; }

private:
    void line(QByteArrayView line, QList<Event> *out);

    QByteArray m_line;
    QByteArray m_event;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_skipLf = false;   // the previous chunk ended in '\r'
};

} // namespace lathe
