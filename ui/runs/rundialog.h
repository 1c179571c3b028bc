#pragma once

#include "run/runoptions.h"
#include "workspace/datasetstore.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lathe {

class Database;
class ModelPicker;
class PromptVersionPicker;
class ScorerPanel;

// Plans a run: prompt versions x provider models (the columns) against a dataset version,
// optionally only the rows with one tag, each repeated `repeats` times; plus how many calls
// may be in flight and whether the response cache answers repeated requests. Shows the
// planned case count as the choice changes. Reads the workspace through `db` (small reads:
// lists, one row count per dataset version and tag); it stores nothing itself: spec() and
// options() go to RunEngine::start.
class RunDialog final : public QDialog
{
    Q_OBJECT
public:
    // `db` must outlive the dialog.
    explicit RunDialog(Database &db, QWidget *parent = nullptr);
    ~RunDialog() override;

    PromptVersionPicker *versionPicker() const { return m_versions; }
    ModelPicker *modelPicker() const { return m_models; }
    // "Extra scorers": checkable; when checked, its list goes to the run's config "scorers"
    // (added to the dataset's and rows' scorers) and Start Run needs it valid.
    QGroupBox *extraScorersBox() const { return m_extraScorers; }
    ScorerPanel *extraScorers() const { return m_scorerPanel; }

    // Chooses dataset `datasetId` (version `number`, 0 = newest) and `tag` ("" = all rows).
    bool selectDataset(qint64 datasetId, int number = 0, const QString &tag = {});

    // Rows of the chosen dataset version that carry the chosen tag.
    qint64 rowCount() const { return m_rowCount; }
    qint64 plannedCases() const;
    QString summaryText() const;
    static qint64 plannedCases(qint64 versions, qint64 models, qint64 rows, qint64 repeats);

    RunSpec spec() const;
    RunOptions options() const;

public Q_SLOTS:
    void accept() override;

private:
    void loadDatasets();
    void onDatasetChanged();
    void onVersionChanged();
    void updateSummary();
    QString defaultName() const;

    Database &m_db;
    PromptStore m_promptStore;
    ProviderStore m_providerStore;
    DatasetStore m_datasetStore;
    QHash<QString, qint64> m_rowCounts;   // "versionId/tag" -> rows
    qint64 m_rowCount = 0;
    bool m_datasetTouched = false;

    QLineEdit *m_name;
    PromptVersionPicker *m_versions;
    ModelPicker *m_models;
    QComboBox *m_dataset;
    QComboBox *m_datasetVersion;
    QComboBox *m_tag;
    QSpinBox *m_repeats;
    QSpinBox *m_concurrency;
    QCheckBox *m_cache;
    QCheckBox *m_stream;
    QGroupBox *m_extraScorers;
    ScorerPanel *m_scorerPanel;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace lathe
