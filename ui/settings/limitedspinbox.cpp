#include "limitedspinbox.h"

#include <algorithm>

namespace lathe {

LimitedSpinBox::LimitedSpinBox(int minimum, int maximum, QWidget *parent)
    : QSpinBox(parent)
    , m_min(minimum)
    , m_max(maximum)
{
    // The widget's own range is wider; a value below 0 cannot be typed (no '-' accepted).
    setRange(std::min(0, minimum), maximum * 10 + 9);
}

bool LimitedSpinBox::isWithinLimits() const
{
    return hasAcceptableInput() && value() >= m_min && value() <= m_max;
}

void LimitedSpinBox::stepBy(int steps)
{
    setValue(std::clamp(value() + steps, m_min, m_max));
    selectAll();
}

QAbstractSpinBox::StepEnabled LimitedSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (value() > m_min)
        enabled |= StepDownEnabled;
    if (value() < m_max)
        enabled |= StepUpEnabled;
    return enabled;
}

} // namespace lathe
