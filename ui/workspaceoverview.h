#pragma once

#include <QWidget>

class QLabel;

namespace lathe {

class Workspace;

// The page shown while a workspace is open but no tab is: what the project holds and what to
// do next.
class WorkspaceOverview final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceOverview(QWidget *parent = nullptr);

    void refresh(Workspace *workspace);

private:
    QLabel *m_title;
    QLabel *m_counts;
    QLabel *m_hint;
};

} // namespace lathe
