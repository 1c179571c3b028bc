#pragma once

#include "cleaningpage.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace lathe {

class Database;
class DuplicatesPage;
class NearDuplicatesPage;
class OutliersPage;
class PersonalDataPage;
class SpellingPage;

// "Clean Dataset": one tab per tool (duplicates, near duplicates, length outliers, spelling,
// personal data). Each previews what it would change; Apply writes the ticked changes as one
// new dataset version with an activity row, and Undo makes the version before the newest
// again (as a further version, so nothing is lost).
//
// The dataset is read and written on the thread pool with connections of its own to the
// file behind `db` (a file-backed workspace), so the GUI thread never waits on SQLite; `db`
// itself is only used for its path and must outlive the dialog.
class CleaningDialog final : public QDialog
{
    Q_OBJECT
public:
    CleaningDialog(Database &db, qint64 datasetId, QWidget *parent = nullptr);
    ~CleaningDialog() override;

    QTabWidget *tabs() const { return m_tabs; }
    DuplicatesPage *duplicatesPage() const { return m_duplicates; }
    NearDuplicatesPage *nearDuplicatesPage() const { return m_near; }
    OutliersPage *outliersPage() const { return m_outliers; }
    SpellingPage *spellingPage() const { return m_spelling; }
    PersonalDataPage *personalDataPage() const { return m_personal; }
    QPushButton *undoButton() const { return m_undo; }
    // The head version the pages preview; 0 until loaded.
    int versionNumber() const { return m_data ? m_data->versionNumber : 0; }
    bool isBusy() const { return m_busy; }

    // Closing waits for a change being written to finish (it is never left half-known).
    void reject() override;

Q_SIGNALS:
    // The dataset was read (on opening, and after each apply or undo).
    void loaded(int versionNumber);
    // An apply or undo wrote version `versionNumber` (for views of the dataset to refresh).
    void datasetChanged(qint64 datasetId, int versionNumber);
    void failed(const QString &message);

private:
    void load();
    void runWrite(const QString &description, const CleaningApply &apply, bool undo);
    void setBusy(bool busy, const QString &status);

    QString m_path;
    qint64 m_datasetId;
    std::shared_ptr<const CleaningData> m_data;
    QList<CleaningPage *> m_pages;
    QTabWidget *m_tabs;
    DuplicatesPage *m_duplicates;
    NearDuplicatesPage *m_near;
    OutliersPage *m_outliers;
    SpellingPage *m_spelling;
    PersonalDataPage *m_personal;
    QLabel *m_heading;
    QLabel *m_status;
    QPushButton *m_undo;
    int m_undoTo = 0;            // the version Undo restores; 0 = nothing to undo
    bool m_busy = false;
    bool m_closeWhenWritten = false;
    QFuture<void> m_write;       // the running apply or undo, if any
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace lathe
