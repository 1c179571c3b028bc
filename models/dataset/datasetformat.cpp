#include "datasetformat.h"

namespace lathe {

QString datasetFormatName(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Auto: return QStringLiteral("auto");
    case DatasetFormat::Csv: return QStringLiteral("csv");
    case DatasetFormat::Tsv: return QStringLiteral("tsv");
    case DatasetFormat::Json: return QStringLiteral("json");
    case DatasetFormat::Jsonl: return QStringLiteral("jsonl");
    case DatasetFormat::Promptfoo: return QStringLiteral("promptfoo");
    case DatasetFormat::OpenAiEvals: return QStringLiteral("openai-evals");
    }
    return {};
}

std::optional<DatasetFormat> datasetFormatFromName(const QString &name)
{
    for (DatasetFormat f : {DatasetFormat::Auto, DatasetFormat::Csv, DatasetFormat::Tsv, DatasetFormat::Json,
                            DatasetFormat::Jsonl, DatasetFormat::Promptfoo, DatasetFormat::OpenAiEvals}) {
        if (name.compare(datasetFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

} // namespace lathe
