#pragma once

#include <QFont>
#include <QObject>

namespace lathe {

class AppSettings;
class PromptEditor;

// Gives every PromptEditor of the application the editor font of the settings: editors that
// exist when the setting changes, and editors created later (caught when Qt polishes them,
// through an event filter on the application). Zoom (Ctrl+wheel) stays per editor. An editor
// with the dynamic property kOwnFont set to true (e.g. a preview) is left alone. GUI thread;
// `settings` must outlive the applier.
class EditorFontApplier final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kOwnFont = "latheOwnFont";

    explicit EditorFontApplier(AppSettings *settings, QObject *parent = nullptr);
    ~EditorFontApplier() override;

    // The platform's fixed-width font, with `family` and `pointSize` when set (non-empty, > 0).
    static QFont editorFont(const QString &family, int pointSize);
    QFont font() const { return m_font; }

    static void applyTo(PromptEditor *editor, const QFont &font);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void applyIfShared(PromptEditor *editor) const;

    AppSettings *m_settings;
    QFont m_font;
};

} // namespace lathe
