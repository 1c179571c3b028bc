// Fuzz target for the promptfoo config reader (YAML/JSON through yaml-cpp, prompts, providers,
// tests, asserts): no crash, no runaway expansion, and a config that reads has something to
// run: a prompt, a provider Lathe can call with a model, and at most kMaxTests tests. file://
// references are answered from memory (a text prompt, chat JSON, a CSV test file), never from
// the disk.
#include "promptfoo/promptfooconfigreader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "promptfoo invariant failed: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PromptfooConfigReader::Environment env;
    env.baseDir = QStringLiteral("/fuzz");
    env.readFile = [](const QString &path, QString *error) -> std::optional<QByteArray> {
        if (path.endsWith(QLatin1StringView(".json")))
            return QByteArray(R"([{"role":"user","content":"Hi {{ name }}"}])");
        if (path.endsWith(QLatin1StringView(".csv")))
            return QByteArray("name,__expected\nAna,contains: Ana\n");
        if (path.endsWith(QLatin1StringView(".txt")))
            return QByteArray("Hello {{ name }}\n---\nBye {{ name }}\n");
        *error = QStringLiteral("not in the fuzz file system");
        return std::nullopt;
    };
    env.variable = [](const QString &) { return QString(); };
    QString error;
    const std::optional<PromptfooConfig> config =
        PromptfooConfigReader::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), env, &error);
    if (!config) {
        require(!error.isEmpty(), "a refused config says why");
        return 0;
    }
    require(!config->prompts.isEmpty(), "a prompt");
    require(!config->providers.isEmpty(), "a provider");
    require(!config->tests.isEmpty() && config->tests.size() <= PromptfooConfigReader::kMaxTests, "tests within bounds");
    for (const PromptfooProvider &p : config->providers)
        require(!p.model.isEmpty() && !p.kind.isEmpty(), "a provider has a kind and a model");
    for (const QString &line : config->unsupported)
        require(!line.isEmpty(), "unsupported lines say something");
    (void)config->variables();
    return 0;
}
