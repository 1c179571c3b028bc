#include "promptfootestfile.h"

#include "dataset/readerfactory.h"

#include <QBuffer>
#include <QCoreApplication>

namespace lathe {

using namespace Qt::StringLiterals;

bool PromptfooTestFile::read(const QByteArray &bytes, const QString &fileName, QList<QJsonObject> *tests,
                             QStringList *notes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const std::unique_ptr<RecordReader> reader = openRecordReader(&buffer, fileName, DatasetFormat::Promptfoo);
    if (!reader) {
        *error = QCoreApplication::translate("PromptfooTestFile", "%1: not a test file").arg(fileName);
        return false;
    }
    QStringList reported;
    ImportRecord record;
    while (reader->next(record)) {
        QJsonObject vars;
        QJsonObject test;
        for (qsizetype i = 0; i < record.values.size() && i < reader->columns().size(); ++i) {
            const QString &name = reader->columns().at(i);
            const QJsonValue &value = record.values.at(i);
            if (value.isUndefined())
                continue;
            if (!name.startsWith(u"__"_s)) {
                vars.insert(name, value);
            } else if (name == u"__description"_s) {
                test.insert(u"description"_s, value);
            } else if (name == u"__threshold"_s) {
                bool ok = false;
                const double t = value.isDouble() ? value.toDouble() : value.toString().toDouble(&ok);
                if (value.isDouble() || ok)
                    test.insert(u"threshold"_s, t);
            } else if (!name.startsWith(u"__expected"_s) && name != u"__metric"_s && !name.startsWith(u"__metadata"_s)
                       && !reported.contains(name)) {
                reported.append(name);
                notes->append(QCoreApplication::translate("PromptfooTestFile", "'%1' is not supported")
                                  .arg(name.mid(2)));
            }
        }
        test.insert(u"vars"_s, vars);
        if (!record.scorers.isEmpty())
            test.insert(u"assert"_s, record.scorers);
        tests->append(test);
    }
    if (reader->error()) {
        *error = reader->error().toString();
        return false;
    }
    return true;
}

} // namespace lathe
