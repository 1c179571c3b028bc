#include "comparisonmodel.h"

#include "workspace/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {
namespace {

constexpr int kPreviewLength = 200;

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

// One line of at most kPreviewLength characters.
QString preview(const QString &text)
{
    QString line = text.left(kPreviewLength + 1).simplified();
    if (line.size() > kPreviewLength || text.size() > kPreviewLength + 1)
        line = line.left(kPreviewLength) + QChar(0x2026);
    return line;
}

QString letter(int index)
{
    return QString(QChar(u'A' + index));
}

} // namespace

ComparisonModel::ComparisonModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

bool ComparisonModel::setRun(qint64 runId, QString *error)
{
    try {
        RunStore runs(m_db);
        if (!runs.find(runId)) {
            *error = tr("Run %1 does not exist.").arg(runId);
            return false;
        }
        const QList<RunColumnInfo> columns = runs.columns(runId);
        ComparisonQuery query(m_db);
        QList<ComparisonRowKey> keys = query.rowKeys(runId);
        const QList<DatasetColumn> datasetColumns = query.datasetColumns(runId);
        const QList<Judgement> judgements = JudgementStore(m_db).list(runId);

        beginResetModel();
        m_runId = runId;
        m_runColumns = columns;
        m_keys = std::move(keys);
        m_datasetColumns = datasetColumns;
        m_columns.clear();
        for (qsizetype i = 0; i < std::min<qsizetype>(2, columns.size()); ++i)
            m_columns.append(columns.at(i).id);
        m_preferences.clear();
        m_ratings.clear();
        for (const Judgement &j : judgements) {
            if (j.kind == JudgementKind::Preference)
                m_preferences.insert(casePair(j.caseA, j.caseB), j);
            else
                m_ratings.insert(j.caseA, j);
        }
        m_pages.clear();
        m_pageUse.clear();
        endResetModel();
        recountJudged();
        return true;
    } catch (const SqlError &e) {
        *error = tr("Cannot read run %1: %2").arg(runId).arg(e.message());
        return false;
    }
}

bool ComparisonModel::setColumns(const QList<qint64> &columnIds)
{
    if (columnIds.size() < 2 || columnIds.size() > 4)
        return false;
    QSet<qint64> seen;
    for (const qint64 id : columnIds) {
        const bool known = std::any_of(m_runColumns.cbegin(), m_runColumns.cend(),
                                       [id](const RunColumnInfo &c) { return c.id == id; });
        if (!known || seen.contains(id))
            return false;
        seen.insert(id);
    }
    if (columnIds == m_columns)
        return true;
    beginResetModel();
    m_columns = columnIds;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
    recountJudged();
    return true;
}

QString ComparisonModel::columnLabel(qint64 columnId) const
{
    for (const RunColumnInfo &c : m_runColumns) {
        if (c.id == columnId)
            return tr("%1@%2 · %3").arg(c.promptName).arg(c.promptVersion).arg(c.model);
    }
    return {};
}

const ComparisonRowRecord *ComparisonModel::row(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const int page = row / pageSize();
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<ComparisonRowRecord> rows;
        try {
            rows = ComparisonQuery(m_db).rows(m_runId, m_columns, m_keys.mid(qsizetype(page) * pageSize(), pageSize()));
        } catch (const SqlError &e) {
            m_lastError = e.message();
        }
        ++m_pageLoads;
        if (m_pages.size() >= maxCachedPages()) {
            m_pages.remove(m_pageUse.constFirst());
            m_pageUse.removeFirst();
        }
        it = m_pages.insert(page, rows);
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const int inPage = row % pageSize();
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

std::optional<ComparisonRowRecord> ComparisonModel::rowRecord(int r) const
{
    const ComparisonRowRecord *rec = row(r);
    return rec ? std::optional<ComparisonRowRecord>(*rec) : std::nullopt;
}

QString ComparisonModel::expectedText(int r) const
{
    const ComparisonRowRecord *rec = row(r);
    if (!rec)
        return {};
    QStringList parts;
    for (const DatasetColumn &c : m_datasetColumns) {
        if (c.role == ColumnRole::Expected)
            parts.append(valueText(rec->data.value(c.key)));
    }
    return parts.join(u'\n');
}

QString ComparisonModel::inputText(int r) const
{
    const ComparisonRowRecord *rec = row(r);
    if (!rec)
        return {};
    QStringList parts;
    for (const DatasetColumn &c : m_datasetColumns) {
        if (c.role == ColumnRole::Variable)
            parts.append(tr("%1: %2").arg(c.name, valueText(rec->data.value(c.key))));
    }
    return parts.join(u'\n');
}

std::optional<PreferenceChoice> ComparisonModel::preference(int r) const
{
    const ComparisonRowRecord *rec = row(r);
    if (!rec || rec->cells.size() < 2 || rec->cells.at(0).caseId == 0 || rec->cells.at(1).caseId == 0)
        return std::nullopt;
    const qint64 a = rec->cells.at(0).caseId;
    const auto it = m_preferences.constFind(casePair(a, rec->cells.at(1).caseId));
    if (it == m_preferences.constEnd())
        return std::nullopt;
    return it->caseA == a ? it->choice : Judgement::swapped(it->choice);
}

std::optional<Judgement> ComparisonModel::rating(int r, int output) const
{
    const ComparisonRowRecord *rec = row(r);
    if (!rec || output < 0 || output >= rec->cells.size())
        return std::nullopt;
    const auto it = m_ratings.constFind(rec->cells.at(output).caseId);
    return it == m_ratings.constEnd() ? std::nullopt : std::optional<Judgement>(*it);
}

void ComparisonModel::applyJudgement(const Judgement &j)
{
    if (j.runId != m_runId)
        return;
    if (j.kind == JudgementKind::Preference)
        m_preferences.insert(casePair(j.caseA, j.caseB), j);
    else if (j.id == 0)
        m_ratings.remove(j.caseA);      // the store's answer for a removed rating row
    else
        m_ratings.insert(j.caseA, j);
    rowChangedFor(j.rowPosition, j.repeat);
    recountJudged();
}

void ComparisonModel::forgetPreference(qint64 caseA, qint64 caseB)
{
    const auto it = m_preferences.constFind(casePair(caseA, caseB));
    if (it == m_preferences.constEnd())
        return;
    const Judgement j = *it;
    m_preferences.remove(casePair(caseA, caseB));
    rowChangedFor(j.rowPosition, j.repeat);
    recountJudged();
}

void ComparisonModel::forgetRating(qint64 caseId)
{
    const auto it = m_ratings.constFind(caseId);
    if (it == m_ratings.constEnd())
        return;
    const Judgement j = *it;
    m_ratings.remove(caseId);
    rowChangedFor(j.rowPosition, j.repeat);
    recountJudged();
}

void ComparisonModel::rowChangedFor(qint64 position, int repeat)
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).position == position && it->at(i).repeat == repeat) {
                const int r = it.key() * pageSize() + int(i);
                Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
                return;
            }
        }
    }
}

void ComparisonModel::recountJudged()
{
    m_judged.clear();
    if (m_columns.size() >= 2) {
        const qint64 first = m_columns.at(0);
        const qint64 second = m_columns.at(1);
        for (const Judgement &j : std::as_const(m_preferences)) {
            if ((j.columnA == first && j.columnB == second) || (j.columnA == second && j.columnB == first))
                m_judged.insert({j.rowPosition, j.repeat});
        }
    }
    for (const Judgement &j : std::as_const(m_ratings)) {
        if (m_columns.contains(j.columnA))
            m_judged.insert({j.rowPosition, j.repeat});
    }
    Q_EMIT judgedRowsChanged(judgedRows(), int(m_keys.size()));
}

bool ComparisonModel::isJudged(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return false;
    return m_judged.contains({m_keys.at(row).position, m_keys.at(row).repeat});
}

int ComparisonModel::nextUnjudged(int after) const
{
    for (int r = std::max(after + 1, 0); r < m_keys.size(); ++r) {
        if (!isJudged(r))
            return r;
    }
    for (int r = 0; r <= std::min(after, int(m_keys.size()) - 1); ++r) {
        if (!isJudged(r))
            return r;
    }
    return -1;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstOutputColumn + int(m_columns.size()) + 1;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn: return tr("#");
    case InputColumn: return tr("Input");
    case ExpectedColumn: return tr("Expected");
    default: break;
    }
    const int output = section - FirstOutputColumn;
    if (output >= 0 && output < m_columns.size())
        return tr("%1: %2").arg(letter(output), columnLabel(m_columns.at(output)));
    if (section == judgementColumn())
        return tr("Judgement");
    return {};
}

QVariant ComparisonModel::outputData(const ComparisonRowRecord &r, int output, int role) const
{
    const ComparisonCell &cell = r.cells.at(output);
    switch (role) {
    case Qt::DisplayRole:
        if (cell.caseId == 0)
            return tr("(no case)");
        if (!cell.answered)
            return tr("(pending)");
        return cell.ok ? preview(cell.output) : tr("Error: %1").arg(preview(cell.error));
    case Qt::ToolTipRole: return cell.ok ? cell.output.left(2000) : cell.error.left(2000);
    case CaseIdRole: return cell.caseId;
    case OutputRole: return cell.output;
    case ErrorRole: return cell.error;
    case PassRole: return cell.pass ? QVariant(*cell.pass) : QVariant();
    case RatingRole:
    case CommentRole: {
        const auto it = m_ratings.constFind(cell.caseId);
        if (it == m_ratings.constEnd() || cell.caseId == 0)
            return {};
        if (role == CommentRole)
            return it->comment;
        return it->rating ? QVariant(*it->rating) : QVariant();
    }
    default: return {};
    }
}

QString ComparisonModel::judgementText(int r) const
{
    QStringList parts;
    if (const auto choice = preference(r)) {
        switch (*choice) {
        case PreferenceChoice::A: parts.append(tr("A better")); break;
        case PreferenceChoice::B: parts.append(tr("B better")); break;
        case PreferenceChoice::Tie: parts.append(tr("tie")); break;
        case PreferenceChoice::BothBad: parts.append(tr("both bad")); break;
        }
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        if (const auto j = rating(r, i)) {
            if (j->rating)
                parts.append(tr("%1 %2/5").arg(letter(i)).arg(*j->rating));
            if (!j->comment.isEmpty())
                parts.append(tr("%1 commented").arg(letter(i)));
        }
    }
    return parts.join(u" · "_s);
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRowRecord *r = row(index.row());
    if (!r)
        return {};
    const int column = index.column();
    if (role == PreferenceRole) {
        const auto choice = preference(index.row());
        return choice ? QVariant(Judgement::choiceName(*choice)) : QVariant();
    }
    if (column >= FirstOutputColumn && column < judgementColumn())
        return outputData(*r, column - FirstOutputColumn, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != FullTextRole)
        return {};
    switch (column) {
    case PositionColumn:
        if (role != Qt::DisplayRole)
            return {};
        return r->repeat > 0 ? tr("%1 (repeat %2)").arg(r->position + 1).arg(r->repeat + 1)
                             : QString::number(r->position + 1);
    case InputColumn:
    case ExpectedColumn: {
        const QString text = column == InputColumn ? inputText(index.row()) : expectedText(index.row());
        return role == Qt::DisplayRole ? preview(text) : text;
    }
    default:
        return role == Qt::DisplayRole ? QVariant(judgementText(index.row())) : QVariant();
    }
}

} // namespace lathe
