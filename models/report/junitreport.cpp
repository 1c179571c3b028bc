#include "junitreport.h"

#include "reporttext.h"

#include <QXmlStreamWriter>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QString seconds(double ms)
{
    return QString::number(std::max(0.0, ms) / 1000.0, 'f', 3);
}

// Why a case failed: each scorer whose verdict failed, with its reason.
QString failures(const ReportCase &c)
{
    QStringList lines;
    for (const ReportScoreRecord &s : c.scores) {
        if (s.pass && !*s.pass) {
            QString line = s.scorer;
            if (s.value)
                line += u" = "_s + ReportText::number(*s.value);
            if (!s.reason.isEmpty())
                line += u": "_s + s.reason;
            lines << line;
        }
    }
    return lines.join(u'\n');
}

void writeCase(QXmlStreamWriter &xml, const ReportRow &row, const ReportColumn &column, const ReportCase &c)
{
    xml.writeStartElement(u"testcase"_s);
    xml.writeAttribute(u"classname"_s, JUnitReport::xmlSafe(column.label));
    QString name = u"row "_s + QString::number(row.position + 1);
    if (row.repeat > 0)
        name += u" repeat "_s + QString::number(row.repeat + 1);
    xml.writeAttribute(u"name"_s, name);
    xml.writeAttribute(u"time"_s, seconds(c.state == ReportCaseState::Pending ? 0 : c.result.latencyMs));
    if (c.state == ReportCaseState::Pending) {
        xml.writeEmptyElement(u"skipped"_s);
        xml.writeAttribute(u"message"_s, u"no result yet"_s);
    } else if (c.state == ReportCaseState::Error) {
        xml.writeStartElement(u"error"_s);
        xml.writeAttribute(u"message"_s, JUnitReport::xmlSafe(c.result.error.left(500)));
        xml.writeAttribute(u"type"_s, c.result.httpStatus != 0 ? u"HTTP %1"_s.arg(c.result.httpStatus) : u"call"_s);
        xml.writeCharacters(JUnitReport::xmlSafe(c.result.error));
        xml.writeEndElement();
    } else if (c.pass && !*c.pass) {
        const QString why = failures(c);
        xml.writeStartElement(u"failure"_s);
        xml.writeAttribute(u"message"_s, JUnitReport::xmlSafe(why.section(u'\n', 0, 0).left(500)));
        xml.writeAttribute(u"type"_s, u"score"_s);
        xml.writeCharacters(JUnitReport::xmlSafe(why));
        xml.writeEndElement();
    }
    if (c.state == ReportCaseState::Ok)
        xml.writeTextElement(u"system-out"_s, JUnitReport::xmlSafe(c.result.output));
    xml.writeEndElement();
}

} // namespace

QString JUnitReport::xmlSafe(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < out.size() && QChar::isLowSurrogate(out[i + 1].unicode())) {
            ++i;
            continue;
        }
        const bool bad = (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || QChar::isSurrogate(u) || u == 0xFFFE
            || u == 0xFFFF;
        if (bad)
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QByteArray JUnitReport::render(const ReportData &d)
{
    qint64 tests = 0, failed = 0, errors = 0, skipped = 0;
    double totalMs = 0;
    for (const ReportColumn &c : d.columns) {
        tests += c.stats.cases;
        failed += c.stats.judged - c.stats.passed - c.stats.errors;
        errors += c.stats.errors;
        skipped += c.stats.pending;
    }
    for (const ReportRow &row : d.rows) {
        for (const ReportCase &c : row.cases)
            totalMs += c.state == ReportCaseState::Pending ? 0 : std::max(0.0, c.result.latencyMs);
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, xmlSafe(d.title));
    xml.writeAttribute(u"tests"_s, QString::number(tests));
    xml.writeAttribute(u"failures"_s, QString::number(failed));
    xml.writeAttribute(u"errors"_s, QString::number(errors));
    xml.writeAttribute(u"skipped"_s, QString::number(skipped));
    xml.writeAttribute(u"time"_s, seconds(totalMs));
    for (qsizetype i = 0; i < d.columns.size(); ++i) {
        const ReportColumn &col = d.columns[i];
        const ReportColumnStats &s = col.stats;
        double columnMs = 0;
        for (const ReportRow &row : d.rows)
            columnMs += row.cases[i].state == ReportCaseState::Pending ? 0 : std::max(0.0, row.cases[i].result.latencyMs);
        xml.writeStartElement(u"testsuite"_s);
        xml.writeAttribute(u"name"_s, xmlSafe(col.label));
        xml.writeAttribute(u"tests"_s, QString::number(s.cases));
        xml.writeAttribute(u"failures"_s, QString::number(s.judged - s.passed - s.errors));
        xml.writeAttribute(u"errors"_s, QString::number(s.errors));
        xml.writeAttribute(u"skipped"_s, QString::number(s.pending));
        xml.writeAttribute(u"time"_s, seconds(columnMs));
        if (!d.run.startedAt.isEmpty())
            xml.writeAttribute(u"timestamp"_s, d.run.startedAt);
        xml.writeStartElement(u"properties"_s);
        const QList<std::pair<QString, QString>> properties{
            {u"run"_s, QString::number(d.run.id)},
            {u"prompt"_s, col.info.promptName + u'@' + QString::number(col.info.promptVersion)},
            {u"model"_s, col.info.model},
            {u"dataset"_s, d.dataset ? d.dataset->name + u" v"_s + QString::number(d.dataset->versionNumber) : QString()},
            {u"pass_rate"_s, ReportText::percent(s.passRate)}};
        for (const auto &[key, value] : properties) {
            xml.writeEmptyElement(u"property"_s);
            xml.writeAttribute(u"name"_s, key);
            xml.writeAttribute(u"value"_s, xmlSafe(value));
        }
        xml.writeEndElement();
        for (const ReportRow &row : d.rows) {
            if (row.cases[i].caseId != 0)
                writeCase(xml, row, col, row.cases[i]);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace lathe
