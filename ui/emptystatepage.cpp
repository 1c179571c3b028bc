#include "emptystatepage.h"

#include "demo/demoworkspace.h"
#include "providers/httpclient.h"
#include "providers/localserverprobe.h"
#include "workspace/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
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
    , m_demoButton(new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Open &Demo"), this))
    , m_demoHint(new QLabel(this))
{
    auto *title = new QLabel(tr("<h2>Welcome to Lathe</h2>"), this);
    auto *hint = new QLabel(tr("A workspace is one <b>.lathe</b> file holding a whole project: prompts "
                               "and their versions, test datasets, runs and scores. Create one, or "
                               "open an existing file. New here? Open the demo: a sample project with "
                               "scored runs to explore."), this);
    hint->setWordWrap(true);
    auto *newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Workspace…"), this);
    auto *openButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Workspace…"), this);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &EmptyStatePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &EmptyStatePage::openRequested);
    m_demoButton->setObjectName(QStringLiteral("openDemo"));
    connect(m_demoButton, &QPushButton::clicked, this, &EmptyStatePage::openDemo);
    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setWordWrap(true);

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
    buttons->addWidget(m_demoButton);
    buttons->addStretch();
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_servers, 1);
    serverRow->addWidget(m_detect, 0, Qt::AlignTop);

    auto *column = new QWidget(this);
    column->setMinimumWidth(520);
    column->setMaximumWidth(680);
    // The column takes the page's full height and centres its content with stretches, so its
    // word-wrapped labels get the height they need when their text changes (an aligned widget
    // would keep its first size hint and clip them).
    auto *v = new QVBoxLayout(column);
    v->addStretch(1);
    v->addWidget(title);
    v->addWidget(hint);
    v->addSpacing(8);
    v->addLayout(buttons);
    v->addWidget(m_demoHint);
    v->addSpacing(16);
    v->addWidget(new QLabel(tr("<b>Recent workspaces</b>"), column));
    v->addWidget(m_recent);
    v->addWidget(m_recentHint);
    v->addSpacing(16);
    v->addWidget(new QLabel(tr("<b>Local model servers</b>"), column));
    v->addLayout(serverRow);
    v->addStretch(1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(column);
    outer->addStretch();
    refreshRecent();
    m_servers->setText(tr("Not checked yet."));
    setDemoSource(DemoWorkspace::builtPath());
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
                                                : tr("None yet: workspaces you create or open appear here. "
                                                     "Start with New Workspace, or explore Open Demo."));
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

void EmptyStatePage::setDemoSource(const QString &path)
{
    m_demoSource = path;
    updateDemoState();
}

void EmptyStatePage::updateDemoState()
{
    const bool available = !m_demoSource.isEmpty() && QFileInfo(m_demoSource).isFile();
    m_demoButton->setEnabled(available);
    m_demoButton->setToolTip(available ? tr("Open a fresh copy of the demo project")
                                       : tr("The demo workspace is not installed"));
    m_demoHint->setText(available
                            ? tr("The demo holds three prompts with versions, their datasets, scored runs of "
                                 "two sample models and human votes. It opens as a copy, so change anything.")
                            : tr("The demo workspace is not installed with this build (expected at "
                                 "share/lathe/demo.lathe beside Lathe's program folder). Rebuild or reinstall "
                                 "Lathe to get it, or start with New Workspace."));
}

void EmptyStatePage::openDemo()
{
    QString error;
    const QString copy = DemoWorkspace::freshCopy(m_demoSource, &error, m_demoCopyFolder);
    if (copy.isEmpty()) {
        m_demoHint->setText(error);
        Q_EMIT demoUnavailable(error);
        return;
    }
    Q_EMIT demoChosen(copy);
}

QString EmptyStatePage::demoText() const
{
    return m_demoHint->text();
}

QString EmptyStatePage::serversText() const
{
    return m_servers->text();
}

} // namespace lathe
