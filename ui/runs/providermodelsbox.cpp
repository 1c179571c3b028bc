#include "providermodelsbox.h"

#include "keychainkeyresolver.h"

#include "providers/chatclient.h"
#include "providers/httpclient.h"
#include "providers/modellistcall.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lathe {

using namespace Qt::StringLiterals;

ProviderModelsBox::ProviderModelsBox(HttpClient &http, KeychainKeyResolver &keys, QWidget *parent)
    : QGroupBox(tr("Models"), parent)
    , m_http(http)
    , m_keys(keys)
    , m_list(new QListWidget(this))
    , m_newModel(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_detect(new QPushButton(tr("&Detect local servers"), this))
    , m_status(new QLabel(this))
    , m_detectedMenu(new QMenu(this))
{
    m_list->setObjectName(u"providerModels"_s);
    m_list->setToolTip(tr("The models this provider offers in the run dialog. Double-click to rename."));
    m_newModel->setObjectName(u"newModel"_s);
    m_newModel->setPlaceholderText(tr("Add a model by name, then press Enter"));
    m_test->setObjectName(u"testConnection"_s);
    m_test->setToolTip(tr("List the provider's models with the settings as entered"));
    m_detect->setObjectName(u"detectLocalServers"_s);
    m_detect->setToolTip(tr("Look for Ollama, llama.cpp and LM Studio on this computer"));
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detectedMenu->setObjectName(u"detectedServers"_s);

    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"removeModel"_s);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newModel, 1);
    addRow->addWidget(remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_detect);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_newModel->installEventFilter(this);
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_list->selectedItems()); });
    connect(m_test, &QPushButton::clicked, this, &ProviderModelsBox::testRequested);
    connect(m_detect, &QPushButton::clicked, this, [this] { detectLocalServers(); });
}

ProviderModelsBox::~ProviderModelsBox() = default;

bool ProviderModelsBox::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the "add model" field adds the model; it must not reach the dialog's OK button.
    if (watched == m_newModel && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addModel(m_newModel->text().trimmed());
            m_newModel->clear();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void ProviderModelsBox::addModel(const QString &model)
{
    if (model.isEmpty() || !m_list->findItems(model, Qt::MatchExactly).isEmpty())
        return;
    auto *item = new QListWidgetItem(model, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
}

void ProviderModelsBox::setModels(const QStringList &models)
{
    m_list->clear();
    for (const QString &m : models)
        addModel(m);
}

QStringList ProviderModelsBox::models() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString m = m_list->item(i)->text().trimmed();
        if (!m.isEmpty() && !out.contains(m))
            out << m;
    }
    return out;
}

QString ProviderModelsBox::statusText() const
{
    return m_status->text();
}

void ProviderModelsBox::testConnection(const ProviderConfig &config)
{
    const quint64 generation = ++m_testGeneration;
    delete m_call;   // abandons (cancels) a previous test
    m_call = nullptr;
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(config.endpoint({}).toDisplayString()));
    QPointer<ProviderModelsBox> self(this);
    m_keys.prefetch({config.keyRef}, [self, generation, config](const QStringList &errors) {
        if (!self || generation != self->m_testGeneration)
            return;
        if (!errors.isEmpty()) {
            self->finishTest(false, errors.join(u'\n'));
            return;
        }
        self->m_client = std::make_unique<ChatClient>(self->m_http, config, self->m_keys);
        self->m_call = self->m_client->listModels(self);
        ModelListCall *call = self->m_call;
        connect(call, &ModelListCall::finished, self, [self, call] { self->onListed(call); });
    });
}

void ProviderModelsBox::onListed(ModelListCall *call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    call->deleteLater();
    if (!call->ok()) {
        finishTest(false, call->errorMessage());
        return;
    }
    for (const QString &m : call->models())
        addModel(m);
    finishTest(true, call->models().isEmpty() ? tr("Connected; the server lists no models.")
                                              : tr("Connected; the server lists %n model(s).", nullptr,
                                                   int(call->models().size())));
}

void ProviderModelsBox::finishTest(bool ok, const QString &message)
{
    m_test->setEnabled(true);
    m_status->setText(ok ? message : tr("Connection failed: %1").arg(message));
    Q_EMIT tested(ok, message);
}

void ProviderModelsBox::detectLocalServers(const QList<LocalServerProbe::Candidate> &candidates)
{
    delete m_probe;
    m_probe = new LocalServerProbe(m_http, this);
    m_detect->setEnabled(false);
    m_status->setText(tr("Looking for local servers…"));
    LocalServerProbe *probe = m_probe;
    connect(probe, &LocalServerProbe::finished, this, [this, probe] {
        const QList<LocalServerProbe::Server> servers = probe->servers();
        m_probe = nullptr;
        probe->deleteLater();
        m_detect->setEnabled(true);
        m_detectedMenu->clear();
        for (const LocalServerProbe::Server &s : servers) {
            QAction *a = m_detectedMenu->addAction(tr("%1 at %2 (%n model(s))", nullptr, int(s.models.size()))
                                                       .arg(s.candidate.name, s.candidate.baseUrl));
            connect(a, &QAction::triggered, this, [this, s] {
                setModels(s.models);
                Q_EMIT serverChosen(s);
            });
        }
        if (servers.isEmpty()) {
            m_status->setText(tr("No local server answered."));
        } else {
            m_status->setText(tr("Found %n local server(s); choose one to use it.", nullptr, int(servers.size())));
            if (isVisible())
                m_detectedMenu->popup(m_detect->mapToGlobal(QPoint(0, m_detect->height())));
        }
        Q_EMIT detected(int(servers.size()));
    });
    probe->start(candidates);
}

} // namespace lathe
