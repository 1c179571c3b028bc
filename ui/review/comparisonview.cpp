#include "comparisonview.h"

#include "comparisonbar.h"
#include "comparisonpanes.h"
#include "outputpane.h"
#include "review/reviewsession.h"
#include "passtintdelegate.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lathe {
namespace {

QString letter(int index)
{
    return QString(QChar(u'A' + index));
}

QString storedAt(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : iso;
}

} // namespace

ComparisonView::ComparisonView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ComparisonModel(db, this))
    , m_session(new ReviewSession(db, m_model, this))
    , m_bar(new ComparisonBar(this))
    , m_table(new QTableView(this))
    , m_input(new QLabel(this))
    , m_texts(new ComparisonPanes(this))
    , m_status(new QLabel(this))
    , m_comment(new QLineEdit(this))
{
    setFocusPolicy(Qt::StrongFocus);
    connect(m_bar, &ComparisonBar::columnsPicked, this, &ComparisonView::pickColumns);
    connect(m_bar->markdownBox(), &QCheckBox::toggled, this, &ComparisonView::setMarkdown);
    const auto highlights = [this] {
        m_texts->setHighlights(m_bar->othersBox()->isChecked(), m_bar->expectedBox()->isChecked());
    };
    connect(m_bar->othersBox(), &QCheckBox::toggled, this, highlights);
    connect(m_bar->expectedBox(), &QCheckBox::toggled, this, highlights);
    connect(m_texts, &ComparisonPanes::activated, this, &ComparisonView::setCurrentOutput);
    connect(m_texts, &ComparisonPanes::panesRebuilt, this, [this] {
        for (const OutputPane *pane : m_texts->panes()) {
            for (QWidget *w : pane->focusWidgets())
                watchKeys(w);
        }
    });
    connect(m_session, &ReviewSession::judgementsChanged, this, &ComparisonView::judgementsChanged);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new PassTintDelegate(m_table));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComparisonView::showRow);
    connect(m_model, &ComparisonModel::judgedRowsChanged, this, [this] { updateStatus(); });

    m_input->setWordWrap(true);
    m_input->setTextFormat(Qt::PlainText);
    auto *rowPanel = new QWidget(this);
    auto *rowLayout = new QVBoxLayout(rowPanel);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_input);
    rowLayout->addWidget(m_texts, 1);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    rowLayout->addWidget(m_status);
    m_comment->setPlaceholderText(tr("Comment on this output; Enter stores it, Esc cancels"));
    m_comment->setClearButtonEnabled(true);
    m_comment->hide();
    rowLayout->addWidget(m_comment);
    connect(m_comment, &QLineEdit::returnPressed, this, &ComparisonView::commitComment);
    m_comment->installEventFilter(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(rowPanel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(split, 1);

    watchKeys(m_table);
    for (QWidget *w : m_texts->expectedPane()->focusWidgets())
        watchKeys(w);
    updateStatus();
}

ComparisonView::~ComparisonView() = default;

const QList<OutputPane *> &ComparisonView::outputPanes() const
{
    return m_texts->panes();
}

OutputPane *ComparisonView::expectedPane() const
{
    return m_texts->expectedPane();
}

void ComparisonView::watchKeys(QWidget *widget)
{
    widget->installEventFilter(this);
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
        area->viewport()->installEventFilter(this);
}

bool ComparisonView::setRun(qint64 runId, QString *error)
{
    QString message;
    if (!m_model->setRun(runId, &message)) {
        if (error)
            *error = message;
        updateStatus(message);
        return false;
    }
    fillPickers();
    buildPanes();
    setCurrentRow(0);
    return true;
}

bool ComparisonView::setColumns(const QList<qint64> &columnIds)
{
    const int row = std::max(currentRow(), 0);
    if (!m_model->setColumns(columnIds))
        return false;
    fillPickers();
    buildPanes();
    setCurrentRow(row);
    return true;
}

void ComparisonView::fillPickers()
{
    QList<std::pair<qint64, QString>> choices;
    for (const RunColumnInfo &c : m_model->runColumns())
        choices.append({c.id, m_model->columnLabel(c.id)});
    m_bar->setChoices(choices, m_model->columns());
}

void ComparisonView::pickColumns(const QList<qint64> &ids)
{
    if (!setColumns(ids)) {
        fillPickers();
        updateStatus(tr("Choose two to four different columns."));
    }
}

void ComparisonView::buildPanes()
{
    QStringList titles;
    for (int i = 0; i < m_model->columns().size(); ++i)
        titles.append(tr("%1 · %2").arg(letter(i), m_model->columnLabel(m_model->columns().at(i))));
    m_texts->setTitles(titles);
    m_currentOutput = std::clamp(m_currentOutput, 0, std::max(int(titles.size()) - 1, 0));
    m_texts->setCurrent(m_currentOutput);
    m_table->resizeColumnToContents(ComparisonModel::PositionColumn);
    for (int c = ComparisonModel::InputColumn; c < m_model->judgementColumn(); ++c)
        m_table->setColumnWidth(c, 220);
}

int ComparisonView::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void ComparisonView::setCurrentRow(int row)
{
    if (m_model->rowCount() == 0) {
        showRow();
        return;
    }
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row, std::max(m_table->currentIndex().column(), 0));
    if (m_table->currentIndex() == index)
        showRow();
    else
        m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ComparisonView::setCurrentOutput(int index)
{
    if (index < 0 || index >= m_texts->panes().size())
        return;
    m_currentOutput = index;
    m_texts->setCurrent(index);
    const qint64 id = currentCaseId();
    if (id != m_shownCase) {
        m_shownCase = id;
        Q_EMIT currentCaseChanged(id);
    }
}

qint64 ComparisonView::currentCaseId() const
{
    const auto rec = m_model->rowRecord(currentRow());
    if (!rec || m_currentOutput >= rec->cells.size())
        return 0;
    return rec->cells.at(m_currentOutput).caseId;
}

void ComparisonView::showRow()
{
    cancelComment();
    m_keys.reset();
    const int row = currentRow();
    const auto rec = m_model->rowRecord(row);
    m_input->setText(rec ? tr("Row %1 · %2").arg(m_model->data(m_model->index(row, 0)).toString(),
                                                 m_model->inputText(row).simplified())
                         : QString());
    QStringList outputs;
    for (int i = 0; rec && i < rec->cells.size(); ++i) {
        const ComparisonCell &cell = rec->cells.at(i);
        outputs.append(cell.caseId == 0 ? tr("(no case for this row)")
                       : !cell.answered ? tr("(pending)")
                       : cell.ok        ? cell.output
                                        : tr("Error: %1").arg(cell.error));
    }
    m_texts->setTexts(rec ? m_model->expectedText(row) : QString(), outputs);
    updateNotes();
    updateStatus();
    setCurrentOutput(m_currentOutput);
}

void ComparisonView::updateNotes()
{
    const int row = currentRow();
    const auto rec = m_model->rowRecord(row);
    for (int i = 0; i < m_texts->panes().size(); ++i) {
        QStringList parts;
        if (rec && i < rec->cells.size() && rec->cells.at(i).pass)
            parts.append(*rec->cells.at(i).pass ? tr("✓ passed") : tr("✗ failed"));
        if (const auto j = m_model->rating(row, i)) {
            if (j->rating)
                parts.append(tr("rated %1/5").arg(*j->rating));
            if (!j->comment.isEmpty())
                parts.append(tr("“%1”").arg(j->comment));
        }
        m_texts->setNote(i, parts.join(QStringLiteral(" · ")));
    }
}

QString ComparisonView::progressText() const
{
    return m_bar->progress();
}

QString ComparisonView::statusText() const
{
    return m_status->text();
}

void ComparisonView::updateStatus(const QString &message)
{
    m_bar->setProgress(tr("%1 of %2 judged").arg(m_model->judgedRows()).arg(m_model->rowCount()));
    if (!message.isEmpty()) {
        m_status->setText(message);
        return;
    }
    QString vote = tr("No preference yet.");
    if (const auto choice = m_model->preference(currentRow())) {
        switch (*choice) {
        case PreferenceChoice::A: vote = tr("Preference: A better."); break;
        case PreferenceChoice::B: vote = tr("Preference: B better."); break;
        case PreferenceChoice::Tie: vote = tr("Preference: tie."); break;
        case PreferenceChoice::BothBad: vote = tr("Preference: both bad."); break;
        }
    }
    m_status->setText(vote + QLatin1Char(' ')
                      + tr("Keys: j/k rows · 1 A better · 2 B better · 3 tie · 4 both bad · 0 clear · "
                           "r then 1-5 rate · c comment · h/l output · n next unjudged"));
}

void ComparisonView::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancelComment();
            m_table->setFocus();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool ComparisonView::handleKey(QKeyEvent *event)
{
    using A = ReviewKeys::Action;
    const ReviewKeys::Result r = m_keys.press(event->key(), event->modifiers());
    switch (r.action) {
    case A::None: return false;
    case A::Pending: updateStatus(tr("Rate output %1: press 1-5 (Esc cancels).").arg(letter(m_currentOutput))); break;
    case A::Cancelled: updateStatus(); break;
    case A::Next: step(1); break;
    case A::Previous: step(-1); break;
    case A::PreferA: vote(PreferenceChoice::A); break;
    case A::PreferB: vote(PreferenceChoice::B); break;
    case A::Tie: vote(PreferenceChoice::Tie); break;
    case A::BothBad: vote(PreferenceChoice::BothBad); break;
    case A::Rate: rate(r.rating); break;
    case A::Comment: startComment(); break;
    case A::PreviousOutput: setCurrentOutput(m_currentOutput - 1); break;
    case A::NextOutput: setCurrentOutput(m_currentOutput + 1); break;
    case A::ClearPreference: clearVote(); break;
    case A::NextUnjudged: {
        const int row = m_model->nextUnjudged(currentRow());
        if (row < 0)
            updateStatus(tr("Every row is judged."));
        else
            setCurrentRow(row);
        break;
    }
    }
    event->accept();
    return true;
}

void ComparisonView::step(int delta)
{
    setCurrentRow(std::max(currentRow(), 0) + delta);
}

void ComparisonView::vote(PreferenceChoice choice)
{
    QString message;
    const auto j = m_session->prefer(currentRow(), choice, &message);
    if (!j) {
        updateStatus(message);
        return;
    }
    if (m_bar->advanceBox()->isChecked() && currentRow() + 1 < m_model->rowCount()) {
        step(1);
        updateStatus(tr("Stored at %1 for row %2.").arg(storedAt(j->createdAt)).arg(j->rowPosition + 1) + QLatin1Char(' ')
                     + m_status->text());
    } else {
        updateNotes();
        updateStatus();
    }
}

void ComparisonView::clearVote()
{
    QString message;
    m_session->clearPreference(currentRow(), &message);
    updateStatus(message);
}

void ComparisonView::rate(int rating)
{
    QString message;
    const auto j = m_session->rate(currentRow(), m_currentOutput, rating, &message);
    if (!j) {
        updateStatus(message);
        return;
    }
    updateNotes();
    updateStatus(tr("Output %1 rated %2/5 at %3.").arg(letter(m_currentOutput)).arg(rating).arg(storedAt(j->createdAt)));
}

void ComparisonView::startComment()
{
    m_commentCase = currentCaseId();
    if (m_commentCase == 0) {
        updateStatus(tr("Output %1 has no case on this row.").arg(letter(m_currentOutput)));
        return;
    }
    const auto existing = m_model->rating(currentRow(), m_currentOutput);
    m_comment->setText(existing ? existing->comment : QString());
    m_comment->setPlaceholderText(tr("Comment on output %1; Enter stores it, Esc cancels").arg(letter(m_currentOutput)));
    m_comment->show();
    m_comment->setFocus();
    m_comment->selectAll();
}

void ComparisonView::commitComment()
{
    if (m_commentCase == 0 || m_commentCase != currentCaseId())
        return;
    QString message;
    const auto j = m_session->comment(currentRow(), m_currentOutput, m_comment->text().trimmed(), &message);
    if (!j) {
        updateStatus(message);
        return;
    }
    cancelComment();
    m_table->setFocus();
    updateNotes();
    updateStatus(tr("Comment stored at %1.").arg(storedAt(j->createdAt)));
}

void ComparisonView::cancelComment()
{
    m_commentCase = 0;
    m_comment->hide();
}

void ComparisonView::setMarkdown(bool on)
{
    if (m_bar->markdownBox()->isChecked() != on) {
        m_bar->markdownBox()->setChecked(on);   // calls back here through toggled()
        return;
    }
    m_texts->setMarkdown(on);
}

bool ComparisonView::isMarkdown() const
{
    return m_bar->markdownBox()->isChecked();
}

} // namespace lathe
