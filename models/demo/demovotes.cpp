#include "demovotes.h"

#include "demomanifest.h"
#include "demorunwriter.h"

#include "workspace/judgementstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

// [version, "model"] of a vote's cell.
struct Cell
{
    int version = 0;
    QString model;
};

Cell cell(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return {a.at(0).toInt(), a.at(1).toString()};
}

} // namespace

std::optional<int> DemoVotes::write(Database &db, const DemoManifest &manifest, const DemoRunWriter &runs,
                                    QString *error)
{
    QFile f(manifest.path(manifest.votes));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(manifest.votes, f.errorString());
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    JudgementStore store(db);
    StoreError storeError;
    int count = 0;
    const auto find = [&](const QJsonObject &vote, const Cell &c) -> qint64 {
        const qint64 id = runs.caseOf(vote.value("run"_L1).toString(), vote.value("row"_L1).toString(), c.version, c.model);
        if (id == 0)
            *error = tr("%1: no case for run \"%2\", row \"%3\", version %4, %5")
                         .arg(manifest.votes, vote.value("run"_L1).toString(), vote.value("row"_L1).toString())
                         .arg(c.version)
                         .arg(c.model);
        return id;
    };
    for (const QJsonValue &v : root.value("preferences"_L1).toArray()) {
        const QJsonObject vote = v.toObject();
        const qint64 a = find(vote, cell(vote.value("a"_L1)));
        const qint64 b = a ? find(vote, cell(vote.value("b"_L1))) : 0;
        if (!a || !b)
            return std::nullopt;
        const std::optional<PreferenceChoice> choice = Judgement::choiceFromName(vote.value("choice"_L1).toString());
        if (!choice) {
            *error = tr("%1: unknown choice \"%2\"").arg(manifest.votes, vote.value("choice"_L1).toString());
            return std::nullopt;
        }
        if (!store.recordPreference(a, b, *choice, vote.value("comment"_L1).toString(), &storeError)) {
            *error = tr("%1: %2").arg(manifest.votes, storeError.message);
            return std::nullopt;
        }
        ++count;
    }
    for (const QJsonValue &v : root.value("ratings"_L1).toArray()) {
        const QJsonObject vote = v.toObject();
        const qint64 id = find(vote, cell(vote.value("cell"_L1)));
        if (!id)
            return std::nullopt;
        const QString comment = vote.value("comment"_L1).toString();
        if (!store.recordRating(id, vote.value("rating"_L1).toInt(), &storeError)
            || (!comment.isEmpty() && !store.recordComment(id, comment, &storeError))) {
            *error = tr("%1: %2").arg(manifest.votes, storeError.message);
            return std::nullopt;
        }
        ++count;
    }
    return count;
}

} // namespace lathe
