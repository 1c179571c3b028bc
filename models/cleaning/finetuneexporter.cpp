#include "finetuneexporter.h"

#include "cleaningdata.h"

#include "prompt/template.h"
#include "workspace/datasetstore.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace lathe {

bool FinetuneExporter::write(Database &db, qint64 versionId, const PromptContent &prompt,
                             const FinetuneOptions &options, QIODevice *out, FinetuneSummary *summary, QString *error)
{
    DatasetStore store(db);
    WorkspaceError storeError;
    const QList<DatasetColumn> columns = store.columns(versionId, &storeError);
    if (storeError) {
        *error = storeError.message;
        return false;
    }
    if (std::none_of(columns.cbegin(), columns.cend(),
                     [&](const DatasetColumn &c) { return c.key == options.outputColumnKey; })) {
        *error = tr("The dataset has no output column with key “%1”.").arg(options.outputColumnKey);
        return false;
    }
    // Parse every template once.
    QList<ChatMessage> messages = prompt.kind == PromptContent::Kind::Chat
                                      ? prompt.messages
                                      : QList<ChatMessage>{{QStringLiteral("user"), prompt.templateText}};
    std::vector<std::shared_ptr<const Template>> templates;
    for (const ChatMessage &m : std::as_const(messages)) {
        TemplateError te;
        auto t = Template::parse(m.content, &te);
        if (!t) {
            *error = tr("The %1 message does not parse: %2").arg(m.role, te.toString());
            return false;
        }
        templates.push_back(std::move(t));
    }
    FinetuneSummary s;
    qint64 position = 0;
    QString failure;
    const bool ok = store.forEachRow(versionId, options.tag, [&](const DatasetRow &row) {
        ++position;
        const QString answer = CleaningData::cellText(row, options.outputColumnKey);
        if (answer.trimmed().isEmpty()) {
            ++s.skipped;
            return true;
        }
        QJsonObject vars;
        for (const DatasetColumn &c : columns)
            vars.insert(c.name, row.data.value(c.key).isUndefined() ? QJsonValue(QString()) : row.data.value(c.key));
        QJsonArray rendered;
        for (size_t i = 0; i < templates.size(); ++i) {
            TemplateError te;
            const QString text = templates[i]->render(vars, &te);
            if (te) {
                failure = tr("Row %1: %2").arg(position).arg(te.toString());
                return false;
            }
            rendered.append(QJsonObject{{QStringLiteral("role"), messages.at(qsizetype(i)).role},
                                        {QStringLiteral("content"), text}});
        }
        rendered.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), answer}});
        const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("messages"), rendered}})
                                    .toJson(QJsonDocument::Compact) + '\n';
        if (out->write(line) != line.size()) {
            failure = tr("Could not write: %1").arg(out->errorString());
            return false;
        }
        ++s.written;
        return true;
    }, &storeError);
    if (!failure.isEmpty() || storeError) {
        *error = failure.isEmpty() ? storeError.message : failure;
        return false;
    }
    if (!ok) {
        *error = tr("Reading the dataset failed.");
        return false;
    }
    if (summary)
        *summary = s;
    return true;
}

bool FinetuneExporter::writeFile(Database &db, qint64 versionId, const PromptContent &prompt,
                                 const FinetuneOptions &options, const QString &path, FinetuneSummary *summary,
                                 QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(db, versionId, prompt, options, &file, summary, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace lathe
