#pragma once

namespace lathe {

// Lathe's own SVG action icons (resources/icons/lathe, compiled into lathe_ui) as the fallback
// icon theme: QIcon::fromTheme() uses the desktop's theme first and falls back to these, so
// every action has a sharp icon at any scale even where no icon theme is installed.
class IconTheme final
{
public:
    // Idempotent; call before creating widgets.
    static void install();
};

} // namespace lathe
