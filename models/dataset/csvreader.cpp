#include "csvreader.h"

#include <QIODevice>
#include <QSet>

#include <cstring>

namespace lathe {

CsvReader::CsvReader(QIODevice *device, const QString &fileName, char delimiter)
    : m_device(device)
    , m_fileName(fileName)
    , m_in(device)
    , m_delimiter(delimiter ? delimiter : sniffDelimiter(device->peek(64 * 1024)))
{
    m_format = m_delimiter == '\t' ? DatasetFormat::Tsv : DatasetFormat::Csv;
    m_special[uchar(m_delimiter)] = true;
    m_special[uchar('\n')] = true;
    m_special[uchar('\r')] = true;
}

char CsvReader::sniffDelimiter(QByteArrayView sample)
{
    static constexpr char candidates[] = {',', '\t', ';', '|'};
    constexpr int kLines = 20;
    QList<std::array<int, 4>> counts;
    std::array<int, 4> line{};
    bool quoted = false;
    bool content = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < kLines; ++i) {
        const char c = sample[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (content)
                counts.append(line);
            line = {};
            content = false;
            continue;
        } else if (!quoted) {
            for (int k = 0; k < 4; ++k)
                line[k] += c == candidates[k];
        }
        content = true;
    }
    if (content && counts.isEmpty())
        counts.append(line);   // a one-line sample: the header alone
    int best = -1;
    int bestFields = 0;
    bool bestConsistent = false;
    for (int k = 0; k < 4; ++k) {
        if (counts.isEmpty() || counts.first()[k] == 0)
            continue;
        bool consistent = true;
        for (const auto &l : std::as_const(counts))
            consistent = consistent && l[k] == counts.first()[k];
        const int fields = counts.first()[k];
        if ((consistent && !bestConsistent) || (consistent == bestConsistent && fields > bestFields)) {
            best = k;
            bestFields = fields;
            bestConsistent = consistent;
        }
    }
    return best < 0 ? ',' : candidates[best];
}

QString CsvReader::field(qsizetype index) const
{
    const qsizetype start = index == 0 ? 0 : m_fieldEnds.at(index - 1);
    return QString::fromUtf8(m_record.constData() + start, m_fieldEnds.at(index) - start);
}

bool CsvReader::readHeader()
{
    if (m_headerRead)
        return !m_error;
    m_headerRead = true;
    const Status s = readRecord();
    if (s == Status::Error)
        return false;
    if (s == Status::End)
        return fail(ImportError::at(m_device, m_fileName, 0, tr("the file is empty")));
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_fieldEnds.size(); ++i) {
        QString name = field(i).trimmed();
        if (name.isEmpty())
            name = tr("column %1").arg(i + 1);
        const QString base = name;
        for (int n = 2; seen.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        seen.insert(name);
        m_columns.append(name);
    }
    return true;
}

bool CsvReader::next(ImportRecord &record)
{
    if (!readHeader())
        return false;
    const Status s = readRecord();
    if (s != Status::Record)
        return false;
    const qsizetype expected = m_columns.size();
    const qsizetype got = m_fieldEnds.size();
    if (got > expected)
        return fail(ImportError::at(m_device, m_fileName, m_fieldOffsets.value(expected, m_recordEnd),
                                    tr("row has %1 fields but the header has %2").arg(got).arg(expected)));
    if (got < expected)
        return fail(ImportError::at(m_device, m_fileName, m_recordEnd,
                                    tr("row has %1 fields but the header has %2").arg(got).arg(expected)));
    record.values.resize(got);
    for (qsizetype i = 0; i < got; ++i)
        record.values[i] = field(i);
    record.scorers = {};
    record.offset = m_recordOffset;
    return true;
}

CsvReader::Status CsvReader::readRecord()
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen };
    State state = State::FieldStart;
    qint64 quoteOffset = -1;
    m_record.clear();
    m_fieldEnds.clear();
    m_fieldOffsets.clear();
    for (;;) {
        if (m_in.pos() >= m_in.end() && !m_in.fill()) {
            if (!m_in.problem().isEmpty()) {
                fail(ImportError::at(m_device, m_fileName, m_in.problemOffset(), m_in.problem()));
                return Status::Error;
            }
            m_recordEnd = m_in.currentOffset();
            switch (state) {
            case State::FieldStart:
                if (m_fieldEnds.isEmpty())
                    return Status::End;
                m_fieldOffsets.append(m_recordEnd);
                endField();
                return Status::Record;
            case State::Unquoted:
            case State::QuoteSeen:
                endField();
                return Status::Record;
            case State::Quoted:
                fail(ImportError::at(m_device, m_fileName, m_recordEnd,
                                     tr("unterminated quoted field opened at %1"), quoteOffset));
                return Status::Error;
            }
        }
        const char *d = m_in.data();
        const qsizetype i = m_in.pos();
        const qsizetype end = m_in.end();
        if (m_skipLf) {
            m_skipLf = false;
            if (d[i] == '\n') {
                m_in.setPos(i + 1);
                continue;
            }
        }
        switch (state) {
        case State::FieldStart: {
            const char c = d[i];
            if (m_fieldEnds.isEmpty())
                m_recordOffset = m_in.offset(i);
            m_fieldOffsets.append(m_in.offset(i));
            if (c == '"') {
                quoteOffset = m_in.offset(i);
                state = State::Quoted;
                m_in.setPos(i + 1);
            } else if (c == m_delimiter) {
                endField();
                m_in.setPos(i + 1);
            } else if (c == '\n' || c == '\r') {
                m_in.setPos(i + 1);
                m_skipLf = c == '\r';
                if (m_fieldEnds.isEmpty()) {   // a blank line
                    m_fieldOffsets.clear();
                    continue;
                }
                m_recordEnd = m_in.offset(i);
                endField();
                return Status::Record;
            } else {
                state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            qsizetype j = i;
            while (j < end && !m_special[uchar(d[j])])
                ++j;
            m_record.append(d + i, j - i);
            m_in.setPos(j);
            if (j == end)
                break;
            m_in.setPos(j + 1);
            endField();
            if (d[j] == m_delimiter) {
                state = State::FieldStart;
                break;
            }
            m_skipLf = d[j] == '\r';
            m_recordEnd = m_in.offset(j);
            return Status::Record;
        }
        case State::Quoted: {
            const auto *q = static_cast<const char *>(std::memchr(d + i, '"', size_t(end - i)));
            const qsizetype j = q ? q - d : end;
            m_record.append(d + i, j - i);
            m_in.setPos(q ? j + 1 : end);
            if (q)
                state = State::QuoteSeen;
            break;
        }
        case State::QuoteSeen: {
            const char c = d[i];
            m_in.setPos(i + 1);
            if (c == '"') {
                m_record.append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                m_skipLf = c == '\r';
                m_recordEnd = m_in.offset(i);
                endField();
                return Status::Record;
            } else {
                fail(ImportError::at(m_device, m_fileName, m_in.offset(i),
                                     tr("unexpected text after the closing quote of the field opened at %1 "
                                        "(write a quote inside a quoted field as two quotes)"),
                                     quoteOffset));
                return Status::Error;
            }
            break;
        }
        }
    }
}

} // namespace lathe
