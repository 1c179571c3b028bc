// Benchmark of DatasetImporter: a seeded 100,000-row x 5-column CSV (about 50 MB, some fields
// quoted with commas, doubled quotes and newlines, some non-ASCII) imported into a fresh
// workspace. Prints the file size, the seconds taken and the peak resident memory (VmHWM).
// Targets: under 3 s, peak memory under the file size + 100 MB.
#include "dataset/datasetimporter.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace lathe;

namespace {

constexpr int kRows = 100000;

// Peak resident set size of this process in kB, from /proc/self/status (0 elsewhere).
qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QByteArray csvField(const QByteArray &text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    QByteArray quoted = text;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

bool writeCsv(const QString &path)
{
    static const char *const words[] = {
        "refund", "order", "customer", "shipping", "delayed", "the", "a", "please", "help", "account",
        "password", "reset", "invoice", "charged", "twice", "cancel", "subscription", "when", "will",
        "my", "parcel", "arrive", "support", "agent", "replied", "thanks", "urgent", "billing",
        "환불", "주문", "배송", "Müller", "café", "😀"};
    std::mt19937 rng(20261128);
    auto sentence = [&](int minWords, int spread) {
        QByteArray s;
        const int n = minWords + int(rng() % unsigned(spread));
        for (int i = 0; i < n; ++i) {
            if (i)
                s += ' ';
            s += words[rng() % std::size(words)];
            const unsigned r = rng() % 100;
            if (r == 0)
                s += ",";
            else if (r == 1)
                s += " \"quoted\"";
            else if (r == 2)
                s += "\n";
        }
        return s;
    };
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer = "id,question,context,answer,category\n";
    for (int row = 0; row < kRows; ++row) {
        buffer += "t" + QByteArray::number(row) + ',' + csvField(sentence(18, 18)) + ','
                  + csvField(sentence(22, 22)) + ',' + csvField(sentence(8, 8)) + ','
                  + csvField(words[rng() % 8]) + '\n';
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("tickets.csv"));
    if (!writeCsv(csv)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    const qint64 size = QFileInfo(csv).size();
    WorkspaceError wsError;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("bench.lathe")), QStringLiteral("Bench"), &wsError);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(wsError.message));
        return 1;
    }
    const qint64 rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    ImportOptions options;
    options.name = QStringLiteral("tickets");
    ImportError error;
    const auto result = DatasetImporter::importFile(ws->database(), csv, options, &error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error.toString()));
        return 1;
    }
    const qint64 peakKb = peakRssKb();
    std::printf("bench_import: %lld rows x %lld columns, CSV %.1f MB\n", qlonglong(result->rows),
                qlonglong(result->columns.size()), double(size) / 1e6);
    std::printf("  import:      %.2f s (target < 3 s)\n", seconds);
    std::printf("  peak RSS:    %.1f MB (before import %.1f MB; target < file size + 100 MB = %.1f MB)\n",
                double(peakKb) / 1024, double(rssBefore) / 1024, double(size) / 1e6 + 100);
    const bool ok = seconds < 3.0 && double(peakKb) / 1024 < double(size) / 1e6 + 100;
    std::printf("  %s\n", ok ? "within targets" : "OUTSIDE TARGETS");
    return ok ? 0 : 1;
}
