// Driver for fuzz targets in builds without libFuzzer: replays every file in the corpus
// folders given on the command line, then feeds N deterministic mutations of them (byte flips,
// insertions, deletions, splices). A crash, sanitizer report or assertion fails the test.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::string> readCorpus(const std::vector<std::string> &dirs)
{
    std::vector<std::string> inputs;
    for (const auto &dir : dirs) {
        std::error_code ec;
        std::vector<std::filesystem::path> files;
        for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto &f : files) {
            std::ifstream in(f, std::ios::binary);
            inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    return inputs;
}

std::string mutate(const std::vector<std::string> &corpus, std::mt19937_64 &rng)
{
    std::string s = corpus[rng() % corpus.size()];
    const int edits = 1 + int(rng() % 8);
    static const char *tokens[] = {"{{", "}}", "{%", "%}", "{#", "#}", "-", "\"", "'", ",", "\n",
                                   "\r\n", "\\", "[", "]", "{", "}", ":", "\xff", "\xc3", "\0"};
    for (int i = 0; i < edits; ++i) {
        const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
        switch (rng() % 5) {
        case 0: if (!s.empty() && pos < s.size()) s[pos] = char(rng() % 256); break;
        case 1: s.insert(pos, tokens[rng() % (sizeof tokens / sizeof *tokens)]); break;
        case 2: if (pos < s.size()) s.erase(pos, 1 + rng() % std::min<size_t>(16, s.size() - pos)); break;
        case 3: { const std::string &o = corpus[rng() % corpus.size()];
                  if (!o.empty()) { size_t a = rng() % o.size(); s.insert(pos, o.substr(a, 1 + rng() % 32)); } break; }
        case 4: if (pos < s.size()) s.insert(pos, s.substr(pos, 1 + rng() % 16)); break;
        }
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    long mutations = 0;
    std::vector<std::string> dirs;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--mutations") == 0 && i + 1 < argc)
            mutations = std::strtol(argv[++i], nullptr, 10);
        else
            dirs.emplace_back(argv[i]);
    }
    std::vector<std::string> corpus = readCorpus(dirs);
    if (corpus.empty()) {
        std::fprintf(stderr, "no corpus files found\n");
        return 1;
    }
    for (const auto &input : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    std::mt19937_64 rng(20261128);
    for (long i = 0; i < mutations; ++i) {
        const std::string input = mutate(corpus, rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    }
    std::printf("%zu corpus inputs and %ld mutations ran cleanly\n", corpus.size(), mutations);
    return 0;
}
