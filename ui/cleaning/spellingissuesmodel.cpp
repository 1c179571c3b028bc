#include "spellingissuesmodel.h"

#include "cleaning/previewtext.h"

namespace lathe {

void SpellingIssuesModel::setReport(std::shared_ptr<const CleaningData> data, SpellingReport report)
{
    beginReplace();
    m_data = std::move(data);
    m_report = std::move(report);
    m_replacements.clear();
    for (const SpellingIssue &i : std::as_const(m_report.issues))
        m_replacements.append(i.suggestions.value(0));
    endReplace(int(m_report.issues.size()));
}

QList<QPair<qsizetype, QString>> SpellingIssuesModel::corrections() const
{
    QList<QPair<qsizetype, QString>> out;
    for (int i : checkedItems()) {
        if (!m_replacements.at(i).isEmpty() && m_replacements.at(i) != m_report.issues.at(i).word)
            out.append({i, m_replacements.at(i)});
    }
    return out;
}

int SpellingIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant SpellingIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Fix");
    case 1: return tr("Row");
    case 2: return tr("Column");
    case 3: return tr("Word");
    case 4: return tr("Replacement");
    case 5: return tr("Context");
    }
    return {};
}

bool SpellingIssuesModel::defaultChecked(int) const
{
    return false;
}

QVariant SpellingIssuesModel::itemData(int item, int column, int role) const
{
    const SpellingIssue &issue = m_report.issues.at(item);
    if (role == RowIdRole)
        return m_data->rows.at(issue.row).id;
    if (role == SuggestionsRole)
        return issue.suggestions;
    if (column == 4 && (role == Qt::DisplayRole || role == Qt::EditRole))
        return m_replacements.at(item);
    if (column == 4 && role == Qt::ToolTipRole)
        return issue.suggestions.isEmpty() ? tr("No suggestions; double-click to type one.")
                                           : tr("Suggestions: %1").arg(issue.suggestions.join(QStringLiteral(", ")));
    if (column == 5 && (role == Qt::DisplayRole || role == HighlightRole)) {
        const QString text = CleaningData::cellText(m_data->rows.at(issue.row), issue.columnKey);
        // Show the word with some context before it.
        const qsizetype from = std::max<qsizetype>(0, issue.start - 40);
        QList<int> spans{int(issue.start - from), int(issue.length)};
        QString shown = PreviewText::oneLine(QStringView(text).sliced(from), 160, &spans);
        if (from > 0) {
            shown.prepend(QChar(0x2026));
            spans[0] += 1;
        }
        return role == HighlightRole ? QVariant::fromValue(spans) : QVariant(shown);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 1: return qlonglong(issue.row + 1);
    case 2: return m_data->columnName(issue.columnKey);
    case 3: return issue.word;
    }
    return {};
}

bool SpellingIssuesModel::setItemData(int item, int column, const QVariant &value, int role)
{
    if (column != 4 || role != Qt::EditRole)
        return false;
    m_replacements[item] = value.toString().trimmed();
    Q_EMIT dataChanged(index(item, 4), index(item, 4));
    if (!m_replacements.at(item).isEmpty())
        setChecked(item, true);
    return true;
}

Qt::ItemFlags SpellingIssuesModel::itemFlags(int, int column) const
{
    return column == 4 ? Qt::ItemIsEditable : Qt::NoItemFlags;
}

} // namespace lathe
