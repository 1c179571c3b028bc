#include "scorersdialog.h"

#include "scorerpanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lathe {

ScorersDialog::ScorersDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_panel(new ScorerPanel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setObjectName(u"scorersDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title + u"[*]"_s);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"scorersIntro"_s);
    introLabel->setWordWrap(true);
    m_message->setObjectName(u"scorersMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScorersDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScorersDialog::reject);
    connect(m_panel, &ScorerPanel::stateChanged, this, &ScorersDialog::updateButtons);
    updateButtons();
}

ScorersDialog::~ScorersDialog() = default;

QPushButton *ScorersDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString ScorersDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ScorersDialog::setReadOnly(bool readOnly)
{
    m_panel->setReadOnly(readOnly);
    saveButton()->setVisible(!readOnly);
    updateButtons();
}

void ScorersDialog::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setVisible(!message.isEmpty());
}

void ScorersDialog::updateButtons()
{
    // While a check is pending the last result stands; save() checks again first.
    saveButton()->setEnabled(m_saver && !m_panel->isReadOnly() && m_panel->isValid() && m_panel->isModified());
    setWindowModified(m_panel->isModified());
}

bool ScorersDialog::save()
{
    m_panel->checkNow();
    if (!m_saver || m_panel->isReadOnly())
        return false;
    const std::optional<ScorerSet> set = m_panel->scorers();
    if (!set) {
        showMessage(tr("Not saved: fix the problems listed first."), true);
        return false;
    }
    QString error;
    if (!m_saver(*set, &error)) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_panel->markSaved();
    Q_EMIT saved(*set);
    accept();
    return true;
}

void ScorersDialog::reject()
{
    if (m_discard || !m_panel->isModified() || m_panel->isReadOnly()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Scorers"),
                                tr("The scorer list has changes that are not saved."), QMessageBox::NoButton, this);
    box->setObjectName(u"unsavedScorers"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saveButton = box->addButton(QMessageBox::Save);
    box->addButton(QMessageBox::Discard)->setObjectName(u"discard"_s);
    box->addButton(QMessageBox::Cancel);
    saveButton->setEnabled(bool(m_saver));
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        const QMessageBox::StandardButton which = box->standardButton(button);
        if (which == QMessageBox::Save) {
            save();
        } else if (which == QMessageBox::Discard) {
            m_discard = true;
            QDialog::reject();
        }
    });
    box->open();
}

} // namespace lathe
