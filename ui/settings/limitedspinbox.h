#pragma once

#include <QSpinBox>

namespace lathe {

// A spin box whose arrows and wheel stay within [minimum, maximum] of the setting, but which
// keeps a typed number outside that range (up to ten times the maximum, down to 0) instead of
// silently replacing it when focus leaves, so the dialog can refuse it with a message.
class LimitedSpinBox final : public QSpinBox
{
    Q_OBJECT
public:
    LimitedSpinBox(int minimum, int maximum, QWidget *parent = nullptr);

    int limitMinimum() const { return m_min; }
    int limitMaximum() const { return m_max; }
    // The text is a number within the setting's range.
    bool isWithinLimits() const;

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;

private:
    int m_min;
    int m_max;
};

} // namespace lathe
