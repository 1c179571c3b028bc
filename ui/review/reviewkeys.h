#pragma once

#include <Qt>

namespace lathe {

// The review keyboard, as a small state machine so that "r then 3" works:
//   j / k            next / previous row
//   1 2 3 4          first pair: A better, B better, tie, both bad
//   r, then 1-5      rate the current output (Esc cancels); Shift+1..5 rates at once
//   c                comment on the current output
//   h / l, Left / Right   previous / next output (which output r and c apply to)
//   0, Delete, Backspace  remove the first pair's preference
//   n                next row not judged yet
// Keys with Ctrl, Alt or Meta are never taken, so application shortcuts keep working.
class ReviewKeys final
{
public:
    enum class Action {
        None,             // not a review key: let it through
        Pending,          // "r": waiting for the rating digit
        Cancelled,        // Esc after "r"
        Next,
        Previous,
        PreferA,
        PreferB,
        Tie,
        BothBad,
        Rate,             // with rating 1-5
        Comment,
        PreviousOutput,
        NextOutput,
        ClearPreference,
        NextUnjudged,
    };
    struct Result
    {
        Action action = Action::None;
        int rating = 0;
    };

    Result press(int key, Qt::KeyboardModifiers modifiers);
    bool awaitingRating() const { return m_awaitingRating; }
    void reset() { m_awaitingRating = false; }

private:
    bool m_awaitingRating = false;
};

} // namespace lathe
