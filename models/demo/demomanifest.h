#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {

// The description of the demo project in resources/demo/demo.json: which files make its
// datasets, prompt versions, runs and votes. Paths are relative to the folder holding the
// manifest and are resolved by DemoManifest::path(). Value type.
struct DemoManifest
{
    Q_DECLARE_TR_FUNCTIONS(DemoManifest)

public:
    struct Dataset
    {
        QString name;
        QString file;
        qint64 rows = 0;                    // the row count the file must have
        QString description;
        QString scorers;                    // a YAML/JSON scorer file, promptfoo assert syntax
        QMap<QString, QString> roles;       // column name -> role name ("expected", ...)
    };
    struct Version
    {
        QString file;                       // .txt: a text template; .json: PromptContent JSON
        QString message;
        QJsonObject params;                 // merged over the file's own parameters
    };
    struct Prompt
    {
        QString name;
        QString dataset;
        QList<Version> versions;            // committed in order: version numbers 1..N
        QMap<QString, int> labels;          // label -> version number
    };
    struct Run
    {
        QString key;                        // how votes name the run
        QString name;
        QString prompt;
        QList<int> versions;                // each version is answered by every model
    };
    struct Price
    {
        QString model;
        double inputPerMTok = 0;
        double outputPerMTok = 0;
    };

    QString folder;                         // absolute folder of demo.json
    QString project;
    QString description;
    QJsonObject provider;                   // name, kind, base_url
    QStringList models;
    QList<Price> pricing;
    QList<Dataset> datasets;
    QList<Prompt> prompts;
    QList<Run> runs;
    QString outputsPattern;                 // "outputs/{prompt}.v{version}.{model}.jsonl"
    QString votes;

    // Reads `folder`/demo.json. Null with *error naming the file and the problem.
    static std::optional<DemoManifest> load(const QString &folder, QString *error);

    QString path(const QString &relative) const;
    QString outputsPath(const QString &prompt, int version, const QString &model) const;
    const Prompt *prompt(const QString &name) const;
    const Run *run(const QString &key) const;
    // Every file the manifest names (for build dependencies and checks).
    QStringList files() const;
};

} // namespace lathe
