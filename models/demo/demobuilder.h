#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lathe {

// What DemoBuilder::build made.
struct DemoBuildReport
{
    QString path;
    int prompts = 0;
    int promptVersions = 0;
    int datasets = 0;
    qint64 datasetRows = 0;
    int runs = 0;
    qint64 results = 0;
    qint64 scores = 0;
    int judgements = 0;
    qint64 bytes = 0;          // size of the finished file
    qint64 elapsedMs = 0;
};

// Builds the demo workspace from its source folder (resources/demo: demo.json, datasets,
// prompt files, scorer files, stored sample outputs, votes). Datasets are imported and given
// their scorers, prompt versions committed and labelled, each run is planned as Lathe plans a
// real one and answered with the stored outputs of the sample model configurations (the
// request bodies and cache keys are the ones a run would send), then scored by RunScorer from
// those outputs, never from stored scores. No model is called and nothing touches the network.
//
// Contract: the workspace is written beside `outPath` and renamed into place only when every
// step succeeded, so a failed build leaves no file (and an existing file untouched unless the
// build succeeds with `overwrite`).
class DemoBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    explicit DemoBuilder(const QString &sourceDir) : m_sourceDir(sourceDir) {}

    // Null with *error (fit to show) when the source is invalid or a step failed.
    std::optional<DemoBuildReport> build(const QString &outPath, bool overwrite, QString *error) const;

private:
    QString m_sourceDir;
};

} // namespace lathe
