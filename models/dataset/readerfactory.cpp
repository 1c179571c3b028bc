#include "readerfactory.h"

#include "csvreader.h"
#include "jsonreader.h"
#include "objectrecordreader.h"
#include "promptfoocsvreader.h"
#include "yamlreader.h"

#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

enum class Container { Csv, Tsv, Json, Jsonl, Yaml };

Container containerFor(QIODevice *device, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"tsv"_s || suffix == u"tab"_s)
        return Container::Tsv;
    if (suffix == u"csv"_s || suffix == u"txt"_s)
        return Container::Csv;
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        return Container::Jsonl;
    if (suffix == u"yaml"_s || suffix == u"yml"_s)
        return Container::Yaml;
    const QByteArray sample = device->peek(64 * 1024);
    if (suffix == u"json"_s)
        return JsonReader::detectMode(sample) == JsonReader::Mode::Lines ? Container::Jsonl : Container::Json;
    for (char c : sample.startsWith("\xEF\xBB\xBF") ? sample.sliced(3) : sample) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' ? Container::Jsonl : c == '[' ? Container::Json : Container::Csv;
    }
    return Container::Csv;
}

std::unique_ptr<RecordReader> objects(QIODevice *device, const QString &fileName, Container c,
                                      ObjectRecordReader::Shape shape)
{
    std::unique_ptr<ObjectSource> source;
    if (c == Container::Yaml)
        source = std::make_unique<YamlReader>(device, fileName);
    else
        source = std::make_unique<JsonReader>(device, fileName,
                                              c == Container::Jsonl ? JsonReader::Mode::Lines : JsonReader::Mode::Array);
    return std::make_unique<ObjectRecordReader>(std::move(source), shape,
                                                c == Container::Jsonl ? DatasetFormat::Jsonl : DatasetFormat::Json,
                                                device, fileName);
}

} // namespace

std::unique_ptr<RecordReader> openRecordReader(QIODevice *device, const QString &fileName, DatasetFormat format)
{
    const QString name = QFileInfo(fileName).fileName();
    using Shape = ObjectRecordReader::Shape;
    Container c = containerFor(device, fileName);
    switch (format) {
    case DatasetFormat::Csv:
        return std::make_unique<CsvReader>(device, name);
    case DatasetFormat::Tsv:
        return std::make_unique<CsvReader>(device, name, '\t');
    case DatasetFormat::Json:
    case DatasetFormat::Jsonl: {
        const auto mode = format == DatasetFormat::Jsonl ? JsonReader::Mode::Lines
                                                         : JsonReader::detectMode(device->peek(64 * 1024));
        return objects(device, name, mode == JsonReader::Mode::Lines ? Container::Jsonl : Container::Json, Shape::Plain);
    }
    case DatasetFormat::OpenAiEvals:
        if (c != Container::Json)
            c = Container::Jsonl;
        return objects(device, name, c, Shape::OpenAiSamples);
    case DatasetFormat::Promptfoo:
        if (c == Container::Csv || c == Container::Tsv)
            return std::make_unique<PromptfooCsvReader>(
                std::make_unique<CsvReader>(device, name, c == Container::Tsv ? '\t' : 0));
        return objects(device, name, c, Shape::PromptfooTests);
    case DatasetFormat::Auto:
        break;
    }
    switch (c) {
    case Container::Csv:
    case Container::Tsv: {
        auto csv = std::make_unique<CsvReader>(device, name, c == Container::Tsv ? '\t' : 0);
        // The header decides; a broken header is reported by the reader's first next().
        if (csv->readHeader() && PromptfooCsvReader::looksLikePromptfoo(csv->columns()))
            return std::make_unique<PromptfooCsvReader>(std::move(csv));
        return csv;
    }
    case Container::Yaml:
        return objects(device, name, c, Shape::PromptfooTests);
    case Container::Json:
    case Container::Jsonl:
        return objects(device, name, c, Shape::Auto);
    }
    return nullptr;
}

} // namespace lathe
