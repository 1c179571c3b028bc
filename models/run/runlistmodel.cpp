#include "runlistmodel.h"

#include <QLocale>

#include <cmath>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

QString duration(qint64 ms)
{
    if (ms < 0)
        return u"--:--"_s;
    const qint64 s = (ms + 500) / 1000;
    if (s < 3600)
        return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

QString tokens(qint64 count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 1'000'000)
        return QString::number(double(count) / 1e3, 'f', count < 10'000 ? 2 : 1) + u'k';
    return QString::number(double(count) / 1e6, 'f', count < 10'000'000 ? 2 : 1) + u'M';
}

QString money(double amount, const QString &currency)
{
    const int decimals = amount < 0.01 ? 5 : amount < 1 ? 4 : 2;
    const QString number = QString::number(amount, 'f', decimals);
    if (currency.isEmpty() || currency == "USD"_L1)
        return u'$' + number;
    return number + u' ' + currency;
}

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new RunListLoader)
{
    qRegisterMetaType<RunListEntry>();
    qRegisterMetaType<QList<RunListEntry>>();
    m_thread.setObjectName(u"RunListLoader"_s);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &RunListModel::requestLoad, m_loader, &RunListLoader::load);
    connect(m_loader, &RunListLoader::loaded, this, &RunListModel::onLoaded);
    m_thread.start();
}

RunListModel::~RunListModel()
{
    m_thread.quit();
    m_thread.wait();
}

void RunListModel::reload(const QString &workspacePath)
{
    ++m_generation;
    if (workspacePath.isEmpty()) {
        m_loading = false;
        setEntries({});
        return;
    }
    m_loading = true;
    Q_EMIT requestLoad(m_generation, workspacePath);
}

void RunListModel::onLoaded(quint64 generation, const QList<RunListEntry> &entries, const QString &error)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_lastError = error;
    if (error.isEmpty())
        setEntries(entries);
    Q_EMIT loaded();
}

void RunListModel::setEntries(const QList<RunListEntry> &entries)
{
    QList<RunListEntry> rows = entries;
    for (const RunListEntry &live : std::as_const(m_rows)) {
        if (!live.active)
            continue;
        auto it = std::find_if(rows.begin(), rows.end(), [&](const RunListEntry &e) { return e.runId == live.runId; });
        if (it == rows.end()) {
            rows.prepend(live);
        } else {
            it->progress = live.progress;
            it->status = live.status;
            it->active = true;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RunListModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).runId == runId)
            return i;
    }
    return -1;
}

void RunListModel::updateProgress(const RunProgress &progress)
{
    int row = rowOf(progress.runId);
    if (row < 0) {
        // Newest first: a run the list has not read yet goes on top.
        beginInsertRows({}, 0, 0);
        RunListEntry e;
        e.runId = progress.runId;
        m_rows.prepend(e);
        endInsertRows();
        row = 0;
    }
    RunListEntry &e = m_rows[row];
    e.progress = progress;
    e.status = u"running"_s;
    e.active = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunListModel::finish(const RunOutcome &outcome)
{
    const int row = rowOf(outcome.runId);
    if (row < 0)
        return;
    RunListEntry &e = m_rows[row];
    if (outcome.progress.runId == outcome.runId)
        e.progress = outcome.progress;
    e.progress.rate = 0;
    e.progress.etaMs = -1;
    e.status = outcome.status;
    e.active = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::statusText(const RunListEntry &e) const
{
    if (e.status == "running"_L1)
        return e.active ? tr("Running") : tr("Interrupted");
    if (e.status == "completed"_L1)
        return e.progress.errors > 0 ? tr("Completed with errors") : tr("Completed");
    if (e.status == "cancelled"_L1)
        return tr("Cancelled");
    if (e.status == "failed"_L1)
        return tr("Failed");
    if (e.status == "planned"_L1)
        return tr("Planned");
    return e.status;
}

QVariant RunListModel::display(const RunListEntry &e, int column) const
{
    const RunProgress &p = e.progress;
    const QLocale locale;
    switch (column) {
    case NameColumn: return e.name.isEmpty() ? tr("Run %1").arg(e.runId) : e.name;
    case StatusColumn: return statusText(e);
    case ProgressColumn: return u"%1%"_s.arg(int(std::floor(p.fraction() * 100)));
    case CasesColumn: return u"%1 / %2"_s.arg(locale.toString(p.done), locale.toString(p.total));
    case RateColumn: return e.active ? tr("%1/s").arg(p.rate, 0, 'f', 1) : QString();
    case EtaColumn: return e.active && p.remaining() > 0 ? duration(p.etaMs) : QString();
    case ErrorsColumn: return locale.toString(p.errors);
    case TokensColumn:
        return p.promptTokens + p.completionTokens > 0 ? tokens(p.promptTokens) + u" + "_s + tokens(p.completionTokens)
                                                       : QString();
    case CostColumn: return p.cost > 0 ? money(p.cost, p.currency) : QString();
    default: return {};
    }
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunListEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("Run %1, created %2").arg(e.runId).arg(e.createdAt);
        if (index.column() == CostColumn && e.progress.unpriced > 0)
            return tr("%n result(s) have no price for their model", nullptr, int(e.progress.unpriced));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= CasesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RunIdRole: return e.runId;
    case StatusRole: return e.status;
    case FractionRole: return e.progress.fraction();
    case ActiveRole: return e.active;
    case DoneRole: return e.progress.done;
    case TotalRole: return e.progress.total;
    case ErrorCountRole: return e.progress.errors;
    default: return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Run");
    case StatusColumn: return tr("Status");
    case ProgressColumn: return tr("Progress");
    case CasesColumn: return tr("Done");
    case RateColumn: return tr("Rate");
    case EtaColumn: return tr("ETA");
    case ErrorsColumn: return tr("Errors");
    case TokensColumn: return tr("Tokens in + out");
    case CostColumn: return tr("Cost");
    default: return {};
    }
}

} // namespace lathe
