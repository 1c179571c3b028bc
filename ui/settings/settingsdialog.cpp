#include "settingsdialog.h"

#include "appearancepage.h"
#include "generalpage.h"
#include "pricingpage.h"
#include "providerspage.h"
#include "runspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lathe {

SettingsDialog::SettingsDialog(AppSettings *settings, ThemeManager *themes, QWidget *parent)
    : QDialog(parent)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
    , m_general(new GeneralPage(settings, this))
    , m_appearance(new AppearancePage(settings, themes, this))
    , m_runs(new RunsPage(settings, this))
    , m_providers(new ProvidersPage(this))
    , m_pricing(new PricingPage(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_pageList->setObjectName(u"pages"_s);
    for (SettingsPage *page : {static_cast<SettingsPage *>(m_general), static_cast<SettingsPage *>(m_appearance),
                               static_cast<SettingsPage *>(m_runs), static_cast<SettingsPage *>(m_providers),
                               static_cast<SettingsPage *>(m_pricing)}) {
        addPage(page);
    }
    m_pageList->setSpacing(3);
    m_pageList->setMinimumWidth(m_pageList->sizeHintForColumn(0) + 4 * m_pageList->spacing()
                                + 2 * m_pageList->frameWidth() + fontMetrics().averageCharWidth() * 4);
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pageList->setMaximumWidth(m_pageList->minimumWidth());

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    resize(760, 500);

    QPushButton *apply = m_buttons->button(QDialogButtonBox::Apply);
    apply->setEnabled(false);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(apply, &QPushButton::clicked, this, &SettingsDialog::applyChanges);
    m_pageList->setCurrentRow(0);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_pageList->addItem(page->title());
    connect(page, &SettingsPage::modified, this, [this] { m_buttons->button(QDialogButtonBox::Apply)->setEnabled(true); });
}

void SettingsDialog::setWorkspace(Workspace *workspace)
{
    m_providers->setWorkspace(workspace);
    m_pricing->setWorkspace(workspace);
}

void SettingsDialog::setProvidersAction(QAction *action)
{
    m_providers->setManageAction(action);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_stack->currentIndex());
}

bool SettingsDialog::applyChanges()
{
    m_lastError.clear();
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (const QString message = page->validate(); !message.isEmpty()) {
            refuse(page, message);
            page->validate();   // again, now that its page is shown: focuses the field
            return false;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages)) {
        QString error;
        if (!page->apply(&error)) {
            refuse(page, error);
            return false;
        }
    }
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    Q_EMIT applied();
    return true;
}

void SettingsDialog::accept()
{
    if (applyChanges())
        QDialog::accept();
}

void SettingsDialog::refuse(SettingsPage *page, const QString &message)
{
    m_lastError = message;
    m_pageList->setCurrentRow(int(m_pages.indexOf(page)));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings"), message, QMessageBox::Ok, this);
    box->setObjectName(u"invalidSetting"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace lathe
