#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace lathe {

class SummaryTableModel;

// The Summary tab: a sortable table over a SummaryTableModel (best values marked), with Copy
// as TSV, Copy as Markdown and Ctrl+C (the selected rows as TSV, or every row), in the view's
// order. While there is nothing to show, a message says what to do next instead.
class SummaryView final : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryView(SummaryTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QAction *copyTsvAction() const { return m_copyTsv; }
    QAction *copyMarkdownAction() const { return m_copyMarkdown; }

    // Shows `text` instead of the table (with a Refresh button when `offerRefresh`); an empty
    // text shows the table.
    void showMessage(const QString &text, bool offerRefresh = false);
    bool isShowingTable() const;
    QString message() const;

    QString tsv() const;        // the selected rows, or every row
    QString markdown() const;   // every row, best values in bold

Q_SIGNALS:
    void refreshRequested();

private:
    QList<int> selectedRows() const;

    SummaryTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_refresh;
    QAction *m_copyTsv;
    QAction *m_copyMarkdown;
    QAction *m_copy;
};

} // namespace lathe
