#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lathe {

class Database;
class DemoRunWriter;
struct DemoManifest;

// Stores the demo's human votes through JudgementStore: votes.json holds pairwise preferences
// and 1-5 ratings (with comments), each naming its cells by run key, row id, prompt version and
// model.
class DemoVotes final
{
    Q_DECLARE_TR_FUNCTIONS(DemoVotes)

public:
    // The number of judgements stored; null with *error when the file is unreadable or a vote
    // names a cell the runs do not have.
    static std::optional<int> write(Database &db, const DemoManifest &manifest, const DemoRunWriter &runs,
                                    QString *error);
};

} // namespace lathe
