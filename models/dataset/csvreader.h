#pragma once

#include "inputbuffer.h"
#include "recordreader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>

class QIODevice;

namespace lathe {

// Streaming RFC 4180 reader: the first record is the header, every later record must have
// as many fields. Fields may be quoted ("..."), a quote inside a quoted field is written
// twice, and quoted fields may span lines; their bytes are kept exactly (a CRLF inside a
// quoted field stays CRLF). Records end at LF, CRLF or CR. Blank lines are skipped. A quote
// inside an unquoted field is taken literally; anything but a delimiter or line end after a
// closing quote is an error. Values are strings.
class CsvReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // `delimiter` 0 sniffs it from the start of the file (see sniffDelimiter).
    CsvReader(QIODevice *device, const QString &fileName, char delimiter = 0);

    // Reads the header record; false with error() for an empty file or a broken header.
    // next() calls it when it has not run yet.
    bool readHeader();
    bool next(ImportRecord &record) override;

    char delimiter() const { return m_delimiter; }

    // The delimiter among comma, tab, semicolon and bar that splits the sample's first lines
    // into the most fields consistently (quotes respected); comma when nothing fits.
    static char sniffDelimiter(QByteArrayView sample);

private:
    enum class Status { Record, End, Error };
    Status readRecord();
    void endField() { m_fieldEnds.append(m_record.size()); }
    QString field(qsizetype index) const;

    QIODevice *m_device;
    QString m_fileName;
    InputBuffer m_in;
    char m_delimiter;
    std::array<bool, 256> m_special{};   // bytes that end an unquoted run
    bool m_headerRead = false;
    bool m_skipLf = false;               // a CR ended the last record; skip a following LF
    QByteArray m_record;                 // field bytes of the current record, back to back
    QList<qsizetype> m_fieldEnds;        // end of each field in m_record
    QList<qint64> m_fieldOffsets;        // where each field starts in the file
    qint64 m_recordOffset = 0;
    qint64 m_recordEnd = 0;              // offset of the line end (or end of file) after it
};

} // namespace lathe
