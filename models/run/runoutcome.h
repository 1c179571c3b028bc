#pragma once

#include "runprogress.h"

#include <QMetaType>
#include <QString>

namespace lathe {

// How an execution of a run ended, sent once with RunEngine::finished. Value type.
struct RunOutcome
{
    qint64 runId = 0;             // 0 when the plan could not be stored
    // "completed": every case has a result (some may be errors); "cancelled": stopped by
    // cancel(), completed results kept, the rest pending; "failed": the engine could not go on
    // (workspace unwritable, plan unreadable); `error` says why.
    QString status;
    QString error;
    RunProgress progress;         // the final figures

    bool isCompleted() const { return status == QLatin1StringView("completed"); }
};

} // namespace lathe

Q_DECLARE_METATYPE(lathe::RunOutcome)
