// Fuzz target for promptfoo YAML test lists (yaml-cpp underneath): no crash, no runaway alias
// expansion, values within the columns, and an error always names a position.
#include "dataset/readerfactory.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    auto reader = openRecordReader(&buffer, QStringLiteral("fuzz.yaml"), DatasetFormat::Promptfoo);
    ImportRecord record;
    while (reader->next(record)) {
        if (record.values.size() > reader->columns().size()) {
            std::fprintf(stderr, "yaml invariant failed: values beyond the columns\n");
            std::abort();
        }
    }
    if (reader->error() && (reader->error().line < 1 || reader->error().column < 1)) {
        std::fprintf(stderr, "yaml invariant failed: error without a position\n");
        std::abort();
    }
    return 0;
}
