#pragma once

#include "datasetformat.h"
#include "objectsource.h"
#include "recordreader.h"

#include <QHash>

#include <memory>

class QIODevice;

namespace lathe {

// Turns objects from an ObjectSource into rows. Shapes:
//  - Plain: each member is a column (JSON, JSONL).
//  - PromptfooTests: "vars" members are columns; "assert" becomes the row's scorers;
//    "description" -> column __description; "metadata" members -> __metadata:<key>; any other
//    member (options, threshold, ...) -> column __<name>, so nothing is lost.
//  - OpenAiSamples: like Plain, but every sample must have "input" (a prompt string or a
//    list of chat messages with a "role"), which stays structured; "ideal" (a string or a
//    list of acceptable answers) is the expected column.
//  - Auto: decided by the first object (vars/assert -> promptfoo, input+ideal -> OpenAI
//    Evals, otherwise plain); format() reports the decision.
class ObjectRecordReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(ObjectRecordReader)
public:
    enum class Shape { Auto, Plain, PromptfooTests, OpenAiSamples };

    ObjectRecordReader(std::unique_ptr<ObjectSource> source, Shape shape, DatasetFormat plainFormat,
                       QIODevice *device, const QString &fileName);

    bool next(ImportRecord &record) override;

private:
    void updateFormat();
    void set(ImportRecord &record, const QString &column, const QJsonValue &value);
    bool mapPromptfoo(const SourceObject &object, ImportRecord &record);
    bool mapOpenAi(const SourceObject &object, ImportRecord &record);
    bool failAt(qint64 offset, const QString &message);

    std::unique_ptr<ObjectSource> m_source;
    Shape m_shape;
    DatasetFormat m_plainFormat;
    QIODevice *m_device;
    QString m_fileName;
    QHash<QString, qsizetype> m_index;
    SourceObject m_object;
};

} // namespace lathe
