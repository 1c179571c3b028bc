#pragma once

#include "eval/scorers/scorerset.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace lathe {

class ScorerPanel;

// A window around a ScorerPanel that saves one stored scorer list: a dataset's default scorers
// or a row's own. Save is enabled while the list is valid and changed; it calls the saver and
// closes on success. A failed save keeps the dialog open with the text as typed and says why;
// what was stored before stays (the saver writes in one transaction). Closing with unsaved
// changes asks whether to save, discard or keep editing (a window-modal box, no nested event
// loop). Open it with open(); it deletes itself when closed.
class ScorersDialog final : public QDialog
{
    Q_OBJECT
public:
    // Stores `set`; false with *error set when it could not.
    using Saver = std::function<bool(const ScorerSet &set, QString *error)>;

    ScorersDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);
    ~ScorersDialog() override;

    ScorerPanel *panel() const { return m_panel; }
    QPushButton *saveButton() const;
    QString messageText() const;

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // Without a saver, or read-only: the list is shown, not saved.
    void setReadOnly(bool readOnly);

    // Saves now: false when the list is invalid or the saver refused (the message says why).
    bool save();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(const ScorerSet &set);

private:
    void updateButtons();
    void showMessage(const QString &message, bool error);

    ScorerPanel *m_panel;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    Saver m_saver;
    bool m_discard = false;
};

} // namespace lathe
