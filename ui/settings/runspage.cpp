#include "runspage.h"

#include "limitedspinbox.h"

#include "core/appsettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

// Typed numbers out of range are kept and refused on Apply/OK with a message.
LimitedSpinBox *spinBox(const QString &name, int min, int max, QWidget *parent)
{
    auto *box = new LimitedSpinBox(min, max, parent);
    box->setObjectName(name);
    return box;
}

} // namespace

RunsPage::RunsPage(AppSettings *settings, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_concurrency(spinBox(u"concurrency"_s, AppSettings::kMinConcurrency, AppSettings::kMaxConcurrency, this))
    , m_requestTimeout(spinBox(u"requestTimeout"_s, AppSettings::kMinRequestTimeoutS, AppSettings::kMaxRequestTimeoutS, this))
    , m_connectTimeout(spinBox(u"connectTimeout"_s, AppSettings::kMinConnectTimeoutS, AppSettings::kMaxConnectTimeoutS, this))
    , m_retries(spinBox(u"retries"_s, AppSettings::kMinRetries, AppSettings::kMaxRetries, this))
{
    m_concurrency->setSpecialValueText(tr("Provider limits"));
    m_concurrency->setToolTip(tr("Calls in flight at once in a new run; the lowest value uses each provider's own limit"));
    m_requestTimeout->setSuffix(tr(" s"));
    m_requestTimeout->setToolTip(tr("Longest time one call may take, streaming included"));
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setToolTip(tr("Longest wait for a connection to the provider"));
    m_retries->setToolTip(tr("How often a call that failed for a temporary reason (rate limit, server error, "
                             "timeout) is repeated"));

    auto *note = new QLabel(tr("Defaults for new runs and new providers. A provider's own settings "
                               "(Providers page) take precedence."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Concurrent calls:"), m_concurrency);
    form->addRow(tr("&Request timeout:"), m_requestTimeout);
    form->addRow(tr("C&onnect timeout:"), m_connectTimeout);
    form->addRow(tr("R&etries:"), m_retries);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);

    int width = 0;
    for (QSpinBox *box : {m_concurrency, m_requestTimeout, m_connectTimeout, m_retries})
        width = std::max(width, box->sizeHint().width());
    for (QSpinBox *box : {m_concurrency, m_requestTimeout, m_connectTimeout, m_retries}) {
        box->setMinimumWidth(width);   // one column of equal fields
        connect(box, &QSpinBox::textChanged, this, &RunsPage::modified);
    }
    load();
}

QString RunsPage::title() const
{
    return tr("Runs");
}

void RunsPage::load()
{
    const QSignalBlocker b1(m_concurrency), b2(m_requestTimeout), b3(m_connectTimeout), b4(m_retries);
    m_concurrency->setValue(m_settings->defaultConcurrency());
    m_requestTimeout->setValue(m_settings->requestTimeoutSeconds());
    m_connectTimeout->setValue(m_settings->connectTimeoutSeconds());
    m_retries->setValue(m_settings->retries());
}

QString RunsPage::validate()
{
    const struct
    {
        LimitedSpinBox *box;
        QString message;
    } fields[] = {
        {m_concurrency, tr("Concurrent calls: enter a number from %1 to %2 (%1 uses the providers' limits).")},
        {m_requestTimeout, tr("Request timeout: enter a number of seconds from %1 to %2.")},
        {m_connectTimeout, tr("Connect timeout: enter a number of seconds from %1 to %2.")},
        {m_retries, tr("Retries: enter a number from %1 to %2.")},
    };
    for (const auto &field : fields) {
        if (!field.box->isWithinLimits()) {
            field.box->setFocus();
            field.box->selectAll();
            return field.message.arg(field.box->limitMinimum()).arg(field.box->limitMaximum());
        }
    }
    if (m_connectTimeout->value() > m_requestTimeout->value()) {
        m_connectTimeout->setFocus();
        return tr("Connect timeout: %1 s is longer than the request timeout (%2 s); it must not be.")
            .arg(m_connectTimeout->value())
            .arg(m_requestTimeout->value());
    }
    return {};
}

bool RunsPage::apply(QString *error)
{
    // validate() ran, so every value is in range; a false here would be a bug in the ranges.
    const bool ok = m_settings->setDefaultConcurrency(m_concurrency->value())
                    && m_settings->setRequestTimeoutSeconds(m_requestTimeout->value())
                    && m_settings->setConnectTimeoutSeconds(m_connectTimeout->value())
                    && m_settings->setRetries(m_retries->value());
    if (!ok)
        *error = tr("The run defaults could not be stored.");
    return ok;
}

} // namespace lathe
