#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QPoint;

namespace lathe {

class Database;
class DatasetPage;
class ScorersDialog;

// The scorer actions of one dataset tab: "Scorers…" (the dataset's default scorers, like
// promptfoo's defaultTest.assert) for the page's toolbar, and "Row Scorers…" (a row's own, like
// a promptfoo test's assert) in the table's context menu. Each opens a ScorersDialog; a save
// goes through the store in one transaction and is pushed on the page's undo stack (a failed
// save changes nothing and reaches no stack). Row scorers are edited on the newest version only;
// an older version's are shown read-only. A child of the page.
class DatasetScorerActions final : public QObject
{
    Q_OBJECT
public:
    // `db` is the page's connection and must outlive it.
    DatasetScorerActions(Database &db, DatasetPage *page);

    QAction *datasetAction() const { return m_datasetAction; }

    ScorersDialog *openDatasetScorers();
    // `viewRow` is a row of the page's table; null when it is not loaded.
    ScorersDialog *openRowScorers(int viewRow);

private:
    void showContextMenu(const QPoint &pos);

    Database &m_db;
    DatasetPage *m_page;
    QAction *m_datasetAction;
    QPointer<ScorersDialog> m_datasetDialog;
};

} // namespace lathe
