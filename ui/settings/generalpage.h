#pragma once

#include "settingspage.h"

#include "core/appsettings.h"

class QComboBox;
class QLabel;

namespace lathe {

// General: the interface language (System, English, Korean), used from the next start.
class GeneralPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit GeneralPage(AppSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    bool apply(QString *error) override;

    QComboBox *languageBox() const { return m_language; }
    // The "restart to apply" note; visible while the choice differs from the language the
    // application started with.
    QLabel *restartNote() const { return m_note; }

private:
    void updateNote();

    AppSettings *m_settings;
    AppSettings::Language m_running;
    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace lathe
