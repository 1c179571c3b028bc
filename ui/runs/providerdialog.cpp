#include "providerdialog.h"

#include "core/appsettings.h"

#include "keychainkeyresolver.h"
#include "providermodelsbox.h"

#include "providers/providerconfig.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

QSpinBox *spin(QWidget *parent, const QString &name, int min, int max, const QString &suffix = {})
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setGroupSeparatorShown(true);
    if (min == 0)
        s->setSpecialValueText(ProviderDialog::tr("No limit"));
    return s;
}

QString defaultEnvName(const QString &kind)
{
    if (kind == "azure"_L1)
        return u"AZURE_OPENAI_API_KEY"_s;
    if (kind == "anthropic"_L1)
        return u"ANTHROPIC_API_KEY"_s;
    if (kind == "ollama"_L1)
        return {};
    return u"OPENAI_API_KEY"_s;
}

QString defaultUrl(const QString &kind)
{
    return ProviderConfig::defaultBaseUrl(ProviderConfig::kindFromName(kind).value_or(ProviderKind::OpenAi));
}

} // namespace

ProviderDialog::ProviderDialog(ProviderStore &store, HttpClient &http, KeychainKeyResolver &keys, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keys(keys)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiVersion(new QLineEdit(this))
    , m_deployment(new QLineEdit(this))
    , m_keySource(new QComboBox(this))
    , m_keyName(new QLineEdit(this))
    , m_setKey(new QPushButton(tr("Set key…"), this))
    , m_maxConcurrent(spin(this, u"maxConcurrent"_s, 1, 1024))
    , m_rpm(spin(this, u"requestsPerMinute"_s, 0, 1'000'000))
    , m_tpm(spin(this, u"tokensPerMinute"_s, 0, 100'000'000))
    , m_attempts(spin(this, u"maxAttempts"_s, 1, 10))
    , m_connectTimeout(spin(this, u"connectTimeout"_s, 1, 600, tr(" s")))
    , m_totalTimeout(spin(this, u"totalTimeout"_s, 1, 7200, tr(" s")))
    , m_idleTimeout(spin(this, u"streamIdleTimeout"_s, 1, 3600, tr(" s")))
    , m_models(new ProviderModelsBox(http, keys, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"providerDialog"_s);
    setWindowTitle(tr("Add Provider"));
    m_name->setObjectName(u"providerName"_s);
    m_kind->setObjectName(u"providerKind"_s);
    m_kind->addItem(tr("OpenAI-compatible"), u"openai"_s);
    m_kind->addItem(tr("Azure OpenAI"), u"azure"_s);
    m_kind->addItem(tr("Anthropic"), u"anthropic"_s);
    m_kind->addItem(tr("Ollama (native API)"), u"ollama"_s);
    m_baseUrl->setObjectName(u"providerBaseUrl"_s);
    m_apiVersion->setObjectName(u"providerApiVersion"_s);
    m_deployment->setObjectName(u"providerDeployment"_s);
    m_deployment->setPlaceholderText(tr("the run's model"));
    m_keySource->setObjectName(u"keySource"_s);
    m_keySource->addItem(tr("No key"), u"none"_s);
    m_keySource->addItem(tr("Environment variable"), u"env"_s);
    m_keySource->addItem(tr("OS keychain entry"), u"keychain"_s);
    m_keyName->setObjectName(u"keyName"_s);
    m_setKey->setObjectName(u"setKey"_s);
    m_setKey->setToolTip(tr("Store the key in the OS keychain; the workspace keeps only the entry's name"));
    m_error->setObjectName(u"providerError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(highlight);"_s);
    m_error->hide();

    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keySource);
    keyRow->addWidget(m_keyName, 1);
    keyRow->addWidget(m_setKey);

    auto *connection = new QGroupBox(tr("Connection"), this);
    connection->setLayout(m_form);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Base URL:"), m_baseUrl);
    m_form->addRow(tr("API &version:"), m_apiVersion);
    m_form->addRow(tr("&Deployment:"), m_deployment);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_keySource);
    m_form->addRow(keyLabel, keyRow);

    auto *limits = new QGroupBox(tr("Limits"), this);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("Requests at once:"), m_maxConcurrent);
    limitsForm->addRow(tr("Requests per minute:"), m_rpm);
    limitsForm->addRow(tr("Tokens per minute:"), m_tpm);
    limitsForm->addRow(tr("Attempts per request:"), m_attempts);

    auto *timeouts = new QGroupBox(tr("Timeouts"), this);
    auto *timeoutsForm = new QFormLayout(timeouts);
    timeoutsForm->addRow(tr("Connect:"), m_connectTimeout);
    timeoutsForm->addRow(tr("Whole request:"), m_totalTimeout);
    timeoutsForm->addRow(tr("Silent stream:"), m_idleTimeout);

    auto *left = new QVBoxLayout;
    left->addWidget(connection);
    auto *lower = new QHBoxLayout;
    lower->addWidget(limits);
    lower->addWidget(timeouts);
    left->addLayout(lower);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_models, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProviderDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProviderDialog::onKindChanged);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &ProviderDialog::onKeySourceChanged);
    connect(m_setKey, &QPushButton::clicked, this, &ProviderDialog::setKeyInteractively);
    connect(m_models, &ProviderModelsBox::testRequested, this, [this] { m_models->testConnection(runtimeConfig()); });
    connect(m_models, &ProviderModelsBox::serverChosen, this, [this](const LocalServerProbe::Server &s) {
        m_kind->setCurrentIndex(m_kind->findData(ProviderConfig::kindName(s.candidate.kind)));
        m_baseUrl->setText(s.candidate.baseUrl);
        m_keySource->setCurrentIndex(m_keySource->findData(u"none"_s));
        if (!m_editing && m_name->text().trimmed().isEmpty())
            m_name->setText(s.candidate.name);
    });

    StoredProvider fresh;
    fresh.kind = u"openai"_s;
    fresh.baseUrl = defaultUrl(fresh.kind);
    fresh.keyRef = u"env:OPENAI_API_KEY"_s;
    ProviderConfig defaults;   // a new provider starts from Settings > Runs
    AppSettings().applyProviderDefaults(&defaults);
    fresh.config = defaults.configJson();
    setProvider(fresh);
    m_name->setFocus();
}

ProviderDialog::~ProviderDialog() = default;

void ProviderDialog::setProvider(const StoredProvider &provider)
{
    m_original = provider;
    m_editing = provider.id != 0;
    if (m_editing)
        setWindowTitle(tr("Edit Provider “%1”").arg(provider.name));
    m_name->setText(provider.name);
    m_name->setReadOnly(m_editing);
    m_previousKind = provider.kind;
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(provider.kind)));
    }
    m_baseUrl->setText(provider.baseUrl);
    ProviderConfig config;
    config.applyConfigJson(provider.config);
    m_apiVersion->setText(config.apiVersion);
    m_deployment->setText(config.deployment);
    m_maxConcurrent->setValue(config.limits.maxConcurrent);
    m_rpm->setValue(config.limits.requestsPerMinute);
    m_tpm->setValue(config.limits.tokensPerMinute);
    m_attempts->setValue(config.retry.maxAttempts);
    m_connectTimeout->setValue(config.connectTimeoutMs / 1000);
    m_totalTimeout->setValue(config.totalTimeoutMs / 1000);
    m_idleTimeout->setValue(config.streamIdleTimeoutMs / 1000);
    QStringList models;
    for (const QJsonValue &m : provider.config.value(u"models"_s).toArray())
        models << m.toString();
    m_models->setModels(models);
    setKeyRef(provider.keyRef);
    onKindChanged();
}

QString ProviderDialog::kindName() const
{
    return m_kind->currentData().toString();
}

void ProviderDialog::onKindChanged()
{
    const QString kind = kindName();
    // Follow the kind with the URL, API version and variable name while they are defaults.
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty() || url == defaultUrl(m_previousKind))
        m_baseUrl->setText(defaultUrl(kind));
    if (m_keySource->currentData() == "env"_L1 && m_keyName->text() == defaultEnvName(m_previousKind)) {
        if (defaultEnvName(kind).isEmpty())
            m_keySource->setCurrentIndex(m_keySource->findData(u"none"_s));
        else
            m_keyName->setText(defaultEnvName(kind));
    }
    ProviderConfig defaults;
    defaults.kind = ProviderConfig::kindFromName(kind).value_or(ProviderKind::OpenAi);
    m_apiVersion->setPlaceholderText(defaults.effectiveApiVersion());
    if (kind == "azure"_L1 && m_apiVersion->text().isEmpty())
        m_apiVersion->setText(defaults.effectiveApiVersion());
    m_baseUrl->setPlaceholderText(kind == "azure"_L1 ? u"https://RESOURCE.openai.azure.com"_s : defaultUrl(kind));
    m_form->setRowVisible(m_apiVersion, kind == "azure"_L1 || kind == "anthropic"_L1);
    m_form->setRowVisible(m_deployment, kind == "azure"_L1);
    m_previousKind = kind;
}

void ProviderDialog::onKeySourceChanged()
{
    const QString source = m_keySource->currentData().toString();
    m_keyName->setEnabled(source != "none"_L1);
    m_setKey->setVisible(source == "keychain"_L1);
    if (source == "env"_L1) {
        m_keyName->setPlaceholderText(tr("variable name, e.g. OPENAI_API_KEY"));
        if (m_keyName->text().isEmpty())
            m_keyName->setText(defaultEnvName(kindName()));
    } else if (source == "keychain"_L1) {
        m_keyName->setPlaceholderText(tr("keychain entry name"));
        if (m_keyName->text().isEmpty() || m_keyName->text() == defaultEnvName(kindName()))
            m_keyName->setText(m_name->text().trimmed().replace(u' ', u'-'));
    } else {
        m_keyName->clear();
        m_keyName->setPlaceholderText(tr("local servers usually need none"));
    }
}

void ProviderDialog::setKeyRef(const QString &keyRef)
{
    const QString scheme = keyRef.isEmpty() ? u"none"_s : keyRef.section(u':', 0, 0);
    m_keyName->setText(keyRef.section(u':', 1));
    m_keySource->setCurrentIndex(std::max(0, m_keySource->findData(scheme)));
    onKeySourceChanged();
}

QString ProviderDialog::keyRef() const
{
    const QString source = m_keySource->currentData().toString();
    const QString name = m_keyName->text().trimmed();
    if (source == "none"_L1)
        return u""_s;   // empty, not null: the column is NOT NULL
    return source + u':' + name;
}

StoredProvider ProviderDialog::provider() const
{
    StoredProvider p = m_original;
    p.name = m_name->text().trimmed();
    p.kind = kindName();
    p.baseUrl = m_baseUrl->text().trimmed();
    p.keyRef = keyRef();
    ProviderConfig config;
    config.applyConfigJson(m_original.config);   // keeps headers and retry delays
    config.apiVersion = m_apiVersion->text().trimmed();
    config.deployment = p.kind == "azure"_L1 ? m_deployment->text().trimmed() : QString();
    if (p.kind != "azure"_L1 && p.kind != "anthropic"_L1)
        config.apiVersion.clear();
    config.limits = {m_maxConcurrent->value(), m_rpm->value(), m_tpm->value()};
    config.retry.maxAttempts = m_attempts->value();
    config.connectTimeoutMs = m_connectTimeout->value() * 1000;
    config.totalTimeoutMs = m_totalTimeout->value() * 1000;
    config.streamIdleTimeoutMs = m_idleTimeout->value() * 1000;
    p.config.remove(u"api_version"_s);
    p.config.remove(u"deployment"_s);
    const QJsonObject json = config.configJson();
    for (auto it = json.begin(); it != json.end(); ++it)
        p.config.insert(it.key(), it.value());
    p.config.insert(u"models"_s, QJsonArray::fromStringList(m_models->models()));
    return p;
}

ProviderConfig ProviderDialog::runtimeConfig() const
{
    const StoredProvider p = provider();
    ProviderConfig config;
    config.name = p.name;
    config.kind = ProviderConfig::kindFromName(p.kind).value_or(ProviderKind::OpenAi);
    config.baseUrl = p.baseUrl;
    config.keyRef = p.keyRef;
    config.applyConfigJson(p.config);
    // A connection test answers quickly or not at all: one attempt, a short deadline.
    config.retry.maxAttempts = 1;
    config.totalTimeoutMs = std::min(config.totalTimeoutMs, 15'000);
    return config;
}

QString ProviderDialog::errorText() const
{
    return m_error->text();
}

void ProviderDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ProviderDialog::setKeyInteractively()
{
    const QString id = m_keyName->text().trimmed();
    if (m_keySource->currentData() != "keychain"_L1 || id.isEmpty()) {
        showError(tr("Choose “OS keychain entry” and name the entry first."));
        return;
    }
    auto *input = new QInputDialog(this);
    input->setObjectName(u"setKeyInput"_s);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Set API Key"));
    input->setLabelText(tr("Key for the keychain entry “%1”:").arg(id));
    input->setTextEchoMode(QLineEdit::Password);
    connect(input, &QInputDialog::textValueSelected, this, [this, id](const QString &key) {
        QPointer<ProviderDialog> self(this);
        m_keys.store(id, key.toUtf8(), [self](const QString &error) {
            if (!self)
                return;
            self->showError(error);
            Q_EMIT self->keyStored(error.isEmpty(), error.isEmpty() ? tr("The key is stored in the keychain.") : error);
        });
    });
    input->open();
}

void ProviderDialog::accept()
{
    const StoredProvider p = provider();
    if (const QStringList problems = p.validate(); !problems.isEmpty()) {
        showError(tr("Please correct: %1.").arg(problems.join(u"; "_s)));
        return;
    }
    StoreError error;
    const auto id = m_store.save(p, m_editing, &error);
    if (!id) {
        showError(error.message);
        return;
    }
    showError({});
    Q_EMIT saved(*id);
    QDialog::accept();
}

} // namespace lathe
