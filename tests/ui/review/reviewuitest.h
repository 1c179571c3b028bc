#pragma once

// Helpers shared by the ui/review tests: a dark palette for screenshots, and where screenshots go.
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QWidget>

namespace reviewuitest {

inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

// Saves widget's grab as NAME-light.png / NAME-dark.png under LATHE_SCREENSHOT_DIR; false
// when saving failed. Does nothing without the variable.
inline bool saveShot(QWidget *widget, const QString &name, bool dark)
{
    const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget->grab().save(QDir(dir).filePath(name + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png"))));
}

} // namespace reviewuitest
