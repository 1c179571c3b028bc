#include "reviewkeys.h"

namespace lathe {
namespace {

// 1-5 for Shift+digit: the digit key itself, or the symbol a US layout puts on it.
int shiftedDigit(int key)
{
    switch (key) {
    case Qt::Key_Exclam: return 1;
    case Qt::Key_At: return 2;
    case Qt::Key_NumberSign: return 3;
    case Qt::Key_Dollar: return 4;
    case Qt::Key_Percent: return 5;
    default: return key >= Qt::Key_1 && key <= Qt::Key_5 ? key - Qt::Key_0 : 0;
    }
}

} // namespace

ReviewKeys::Result ReviewKeys::press(int key, Qt::KeyboardModifiers modifiers)
{
    const Qt::KeyboardModifiers mods = modifiers & ~Qt::KeypadModifier;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        m_awaitingRating = false;
        return {};
    }
    const bool shift = mods & Qt::ShiftModifier;
    const int digit = key >= Qt::Key_0 && key <= Qt::Key_9 ? key - Qt::Key_0 : -1;

    if (m_awaitingRating) {
        m_awaitingRating = false;
        if (key == Qt::Key_Escape)
            return {Action::Cancelled};
        const int rating = shift ? shiftedDigit(key) : digit;
        if (rating >= 1 && rating <= 5)
            return {Action::Rate, rating};
        return {Action::Cancelled};
    }
    if (shift) {
        const int rating = shiftedDigit(key);
        return rating > 0 ? Result{Action::Rate, rating} : Result{};
    }
    switch (key) {
    case Qt::Key_J: return {Action::Next};
    case Qt::Key_K: return {Action::Previous};
    case Qt::Key_1: return {Action::PreferA};
    case Qt::Key_2: return {Action::PreferB};
    case Qt::Key_3: return {Action::Tie};
    case Qt::Key_4: return {Action::BothBad};
    case Qt::Key_R: m_awaitingRating = true; return {Action::Pending};
    case Qt::Key_C: return {Action::Comment};
    case Qt::Key_N: return {Action::NextUnjudged};
    case Qt::Key_H:
    case Qt::Key_Left: return {Action::PreviousOutput};
    case Qt::Key_L:
    case Qt::Key_Right: return {Action::NextOutput};
    case Qt::Key_0:
    case Qt::Key_Delete:
    case Qt::Key_Backspace: return {Action::ClearPreference};
    default: return {};
    }
}

} // namespace lathe
