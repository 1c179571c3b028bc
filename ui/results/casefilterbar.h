#pragma once

#include "results/casefilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace lathe {

// The filter row above the case matrix: what to show (all, failed anywhere, errors, changed,
// regressions, improvements), the two columns A and B the pairwise kinds compare, search text
// (applied after a short pause in typing) and a tag. filterChanged carries the whole filter.
class CaseFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFilterBar(QWidget *parent = nullptr);

    // The run columns to offer as A and B: (title, run column id), in order. Keeps the choice
    // when the same ids come again; otherwise A = the first and B = the second.
    void setColumns(const QList<QPair<QString, qint64>> &columns);
    void setTags(const QStringList &tags);
    // "N rows", or a loading note.
    void setStatus(const QString &text);

    CaseFilter filter() const;
    // Sets the controls (and emits filterChanged when it differs).
    void setFilter(const CaseFilter &filter);
    void clear() { setFilter(CaseFilter{}); }

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *columnABox() const { return m_a; }
    QComboBox *columnBBox() const { return m_b; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *tagBox() const { return m_tag; }

Q_SIGNALS:
    void filterChanged(const lathe::CaseFilter &filter);

private:
    void emitIfChanged();
    void updatePairEnabled();

    QComboBox *m_kind;
    QComboBox *m_a;
    QComboBox *m_b;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QLabel *m_status;
    QTimer *m_searchDelay;
    CaseFilter m_emitted;
    bool m_updating = false;
};

} // namespace lathe
