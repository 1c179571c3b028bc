#pragma once

#include "cleaning/cleaningdata.h"
#include "workspace/dataseteditor.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace lathe {

class CleaningPreviewModel;
class Database;

// What a page hands the dialog to apply: runs on a worker thread with its own connection.
using CleaningApply = std::function<std::optional<DatasetEdit>(Database &, WorkspaceError *)>;

// One tool of the Clean Dataset dialog: options on top, the preview table (items ticked =
// change them), a summary line and Apply. Previews run on the thread pool, a short while after
// the data or an option changes; a newer preview discards an older one's result and raises its
// cancel flag. The page never writes: Apply emits applyRequested and the dialog runs it.
class CleaningPage : public QWidget
{
    Q_OBJECT
public:
    explicit CleaningPage(QWidget *parent = nullptr);
    ~CleaningPage() override;

    virtual QString title() const = 0;

    // New data: on opening and after every apply or undo (a new head version).
    void setData(std::shared_ptr<const CleaningData> data);
    std::shared_ptr<const CleaningData> data() const { return m_data; }

    CleaningPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }
    bool isPreviewing() const { return m_running > 0 || m_pending; }
    // Starts a preview now instead of after the pause.
    void previewNow();

Q_SIGNALS:
    void previewReady(int items);
    void applyRequested(const QString &description, const lathe::CleaningApply &apply);

protected:
    QFormLayout *optionsLayout() const { return m_options; }
    QVBoxLayout *extraLayout() const { return m_extra; }
    void setModel(CleaningPreviewModel *model);
    void setSummary(const QString &text);
    // A preview is due (an option changed).
    void schedulePreview();

    // The columns changed (new data): update column pickers and other options.
    virtual void columnsChanged() {}
    // Start the preview: call runPreview().
    virtual void startPreview() = 0;
    // The ticked items as a change to apply; empty function when nothing is ticked.
    virtual CleaningApply makeApply(QString *description) = 0;
    // The summary line for the current preview and ticks.
    virtual QString summaryText() const = 0;

    template<typename Result>
    void runPreview(std::function<Result(const std::atomic_bool *cancel)> work, std::function<void(Result)> done)
    {
        cancelRunning();
        auto cancel = std::make_shared<std::atomic_bool>(false);
        m_cancel = cancel;
        const int generation = ++m_generation;
        auto *watcher = new QFutureWatcher<Result>(this);
        ++m_running;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done] {
            --m_running;
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            done(watcher->result());
            previewFinished();
        });
        watcher->setFuture(QtConcurrent::run([work, cancel] { return work(cancel.get()); }));
        previewStarted();
    }

private:
    void cancelRunning();
    void previewStarted();
    void previewFinished();
    void updateSummary();

    std::shared_ptr<const CleaningData> m_data;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    int m_running = 0;
    bool m_pending = false;
    CleaningPreviewModel *m_model = nullptr;
    QFormLayout *m_options;
    QVBoxLayout *m_extra;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_apply;
    QTimer *m_debounce;
};

} // namespace lathe
