#pragma once

#include "workspace/datasetstore.h"

#include <QToolBar>

class QComboBox;
class QLineEdit;
class QTimer;

namespace lathe {

// The toolbar of a dataset tab: the version picker, the tag filter and the search box; the
// page adds its edit and undo actions after them. Setting the lists never emits the signals.
class DatasetToolBar final : public QToolBar
{
    Q_OBJECT
public:
    explicit DatasetToolBar(QWidget *parent = nullptr);

    QComboBox *versionCombo() const { return m_versions; }
    QComboBox *tagCombo() const { return m_tags; }
    QLineEdit *searchEdit() const { return m_search; }

    // Versions in any order, listed newest first; `current` is selected.
    void setVersions(const QList<DatasetVersionInfo> &versions, int current);
    // The distinct tags; the tag chosen stays chosen (listed even when no row has it now).
    void setTags(const QStringList &tags);
    void focusSearch();

Q_SIGNALS:
    void versionPicked(int number);
    void tagPicked(const QString &tag);            // empty: every row
    void searchChanged(const QString &text);       // shortly after the user stops typing

private:
    QComboBox *m_versions;
    QComboBox *m_tags;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
};

} // namespace lathe
