#include "datasettoolbar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace lathe {

DatasetToolBar::DatasetToolBar(QWidget *parent)
    : QToolBar(parent)
    , m_versions(new QComboBox(this))
    , m_tags(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("datasetToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    addWidget(new QLabel(tr("Version "), this));
    m_versions->setObjectName(QStringLiteral("datasetVersion"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addWidget(m_versions);
    connect(m_versions, &QComboBox::activated, this,
            [this](int i) { Q_EMIT versionPicked(m_versions->itemData(i).toInt()); });
    addSeparator();
    addWidget(new QLabel(tr("Tag "), this));
    m_tags->setObjectName(QStringLiteral("datasetTag"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tags->addItem(tr("All rows"), QString());
    addWidget(m_tags);
    connect(m_tags, &QComboBox::currentIndexChanged, this,
            [this](int i) { Q_EMIT tagPicked(m_tags->itemData(i).toString()); });
    addSeparator();
    m_search->setObjectName(QStringLiteral("datasetSearch"));
    m_search->setPlaceholderText(tr("Search values…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    addWidget(m_search);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(m_search->text()); });
    addSeparator();
}

void DatasetToolBar::setVersions(const QList<DatasetVersionInfo> &versions, int current)
{
    QList<DatasetVersionInfo> sorted = versions;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.number > b.number; });
    QSignalBlocker block(m_versions);
    m_versions->clear();
    for (const DatasetVersionInfo &v : std::as_const(sorted)) {
        QString label = tr("v%1").arg(v.number);
        if (v.number == sorted.first().number)
            label += tr(" (newest)");
        if (v.frozen)
            label += tr(" · used by a run");
        m_versions->addItem(label, v.number);
        m_versions->setItemData(m_versions->count() - 1, v.message, Qt::ToolTipRole);
    }
    m_versions->setCurrentIndex(m_versions->findData(current));
}

void DatasetToolBar::setTags(const QStringList &tags)
{
    const QString current = m_tags->currentData().toString();
    QSignalBlocker block(m_tags);
    while (m_tags->count() > 1)
        m_tags->removeItem(1);
    for (const QString &t : tags)
        m_tags->addItem(t, t);
    if (const int i = m_tags->findData(current); i >= 0) {
        m_tags->setCurrentIndex(i);
    } else if (!current.isEmpty()) {
        m_tags->addItem(current, current);
        m_tags->setCurrentIndex(m_tags->count() - 1);
    }
}

void DatasetToolBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace lathe
