#include "emptystatepage.h"

#include "providers/httpclient.h"
#include "providers/localserverprobe.h"
#include "workspace/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lathe {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_recentHint(new QLabel(this))
    , m_servers(new QLabel(this))
    , m_detect(new QPushButton(tr("&Look Again"), this))
{
    auto *title = new QLabel(tr("<h2>Welcome to Lathe</h2>"), this);
    auto *hint = new QLabel(tr("A workspace is one <b>.lathe</b> file holding a whole project: prompts "
                               "and their versions, test datasets, runs and scores. Create one, or "
                               "open an existing file."), this);
    hint->setWordWrap(true);
    auto *newButton = new QPushButton(tr("&New Workspace…"), this);
    auto *openButton = new QPushButton(tr("&Open Workspace…"), this);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &EmptyStatePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &EmptyStatePage::openRequested);

    m_recent->setObjectName(QStringLiteral("recentWorkspaces"));
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(180);
    m_recentHint->setWordWrap(true);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            Q_EMIT recentChosen(item->data(Qt::UserRole).toString());
    });

    m_servers->setObjectName(QStringLiteral("localServers"));
    m_servers->setWordWrap(true);
    m_servers->setTextFormat(Qt::RichText);
    connect(m_detect, &QPushButton::clicked, this, &EmptyStatePage::detectServers);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_servers, 1);
    serverRow->addWidget(m_detect, 0, Qt::AlignTop);

    auto *column = new QWidget(this);
    column->setMinimumWidth(520);
    column->setMaximumWidth(680);
    auto *v = new QVBoxLayout(column);
    v->addWidget(title);
    v->addWidget(hint);
    v->addSpacing(8);
    v->addLayout(buttons);
    v->addSpacing(16);
    v->addWidget(new QLabel(tr("<b>Recent workspaces</b>"), column));
    v->addWidget(m_recent);
    v->addWidget(m_recentHint);
    v->addSpacing(16);
    v->addWidget(new QLabel(tr("<b>Local model servers</b>"), column));
    v->addLayout(serverRow);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(column, 0, Qt::AlignVCenter);
    outer->addStretch();
    refreshRecent();
    m_servers->setText(tr("Not checked yet."));
}

EmptyStatePage::~EmptyStatePage()
{
    delete m_probe;   // before the client its calls run on
}

void EmptyStatePage::refreshRecent()
{
    m_recent->clear();
    for (const QString &path : RecentFiles::list()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.fileName() + QStringLiteral("  —  ") + QDir::toNativeSeparators(info.absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (missing)").arg(QDir::toNativeSeparators(path)));
        }
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_recentHint->setText(m_recent->count() > 0 ? tr("Double-click or press Enter to open.")
                                                : tr("None yet: workspaces you open appear here."));
}

void EmptyStatePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshRecent();
    if (!m_probed)
        detectServers();
}

void EmptyStatePage::detectServers()
{
    m_probed = true;
    if (m_probe && !m_probe->isFinished())
        return;
    if (!m_http)
        m_http = std::make_unique<HttpClient>();
    delete m_probe;
    m_probe = new LocalServerProbe(*m_http);
    connect(m_probe, &LocalServerProbe::finished, this, &EmptyStatePage::showServers);
    m_servers->setText(tr("Looking for Ollama, llama.cpp and LM Studio on this computer…"));
    m_detect->setEnabled(false);
    m_probe->start();
}

void EmptyStatePage::showServers()
{
    m_detect->setEnabled(true);
    const QList<LocalServerProbe::Server> servers = m_probe->servers();
    if (servers.isEmpty()) {
        m_servers->setText(tr("None found. Start Ollama, a llama.cpp server or LM Studio to run prompts "
                              "locally, or add a hosted provider once a workspace is open."));
    } else {
        QStringList lines;
        for (const LocalServerProbe::Server &s : servers)
            lines << tr("<b>%1</b> at %2 with %n model(s)", nullptr, int(s.models.size()))
                         .arg(s.candidate.name.toHtmlEscaped(), s.candidate.baseUrl.toHtmlEscaped());
        m_servers->setText(lines.join(QStringLiteral("<br>"))
                           + tr("<br>Add it as a provider in a workspace to run prompts against it."));
    }
    Q_EMIT serversDetected();
}

QString EmptyStatePage::serversText() const
{
    return m_servers->text();
}

} // namespace lathe
