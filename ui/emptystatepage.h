#pragma once

#include <QWidget>

namespace lathe {

// Shown in the central area while no workspace is open: says what to do next and offers the
// actions that do it.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
};

} // namespace lathe
