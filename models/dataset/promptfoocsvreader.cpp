#include "promptfoocsvreader.h"

#include "promptfooassertion.h"

using namespace Qt::StringLiterals;

namespace lathe {

PromptfooCsvReader::PromptfooCsvReader(std::unique_ptr<CsvReader> csv)
    : m_csv(std::move(csv))
{
    m_format = DatasetFormat::Promptfoo;
}

bool PromptfooCsvReader::looksLikePromptfoo(const QStringList &header)
{
    for (const QString &name : header) {
        if (name.startsWith(u"__expected"_s) || name == u"__description"_s || name.startsWith(u"__metadata:"_s)
            || name == u"__prefix"_s || name == u"__suffix"_s)
            return true;
    }
    return false;
}

bool PromptfooCsvReader::next(ImportRecord &record)
{
    if (m_columns.isEmpty()) {
        if (!m_csv->readHeader())
            return fail(m_csv->error());
        m_columns = m_csv->columns();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).startsWith(u"__expected"_s))
                m_expected.append(i);
            else if (m_columns.at(i) == u"__metric"_s)
                m_metric = i;
        }
    }
    if (!m_csv->next(record)) {
        if (m_csv->error())
            return fail(m_csv->error());
        return false;
    }
    const QString metric = m_metric >= 0 ? record.values.at(m_metric).toString() : QString();
    for (qsizetype i : std::as_const(m_expected)) {
        const QString cell = record.values.at(i).toString();
        if (cell.trimmed().isEmpty())
            continue;
        QJsonObject assertion = PromptfooAssertion::fromString(cell);
        if (!metric.isEmpty())
            assertion.insert(u"metric"_s, metric);
        record.scorers.append(assertion);
    }
    return true;
}

} // namespace lathe
