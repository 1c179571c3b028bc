#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lathe {

class CaseFilterBar;
class CaseMatrixModel;

// The Cases tab: the filter bar over a CaseMatrixModel shown in a table with column-group
// headers and cells coloured by result. Sorting (header clicks) and filtering run in SQLite
// through the model. Keyboard: arrows, Page Up/Down, Home/End and Ctrl+Home/End move the
// current cell; Ctrl+F goes to the search field. currentCaseChanged follows the current
// cell's case (0 outside a column group or while its row loads). While there is nothing to
// show, a message says what to do next.
class CaseMatrixView final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseMatrixView(CaseMatrixModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    CaseFilterBar *filterBar() const { return m_filter; }
    qint64 currentCaseId() const { return m_currentCase; }

    // Shows `text` instead of the matrix; an empty text shows the matrix (or the no-match note).
    void showMessage(const QString &text);
    bool isShowingTable() const;
    QString message() const;

Q_SIGNALS:
    void currentCaseChanged(qint64 caseId);

private:
    void onLayoutLoaded();
    void updateState();
    void updateCurrentCase();
    void sizeColumns();

    CaseMatrixModel *m_model;
    CaseFilterBar *m_filter;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_clearFilter;
    QString m_pinnedMessage;
    qint64 m_currentCase = 0;
    int m_sizedGroups = -1;
    qint64 m_widestRow = 0;   // the most rows an unfiltered view had
};

} // namespace lathe
