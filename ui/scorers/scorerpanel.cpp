#include "scorerpanel.h"

#include "scorercatalog.h"
#include "scorerlistedit.h"

#include "editor/prompteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

constexpr int kMarkerMargin = 1;
constexpr int kErrorMarker = 20;
constexpr int kWarningMarker = 21;

} // namespace

ScorerPanel::ScorerPanel(QWidget *parent)
    : QWidget(parent)
    , m_editor(new PromptEditor(this))
    , m_syntaxBox(new QComboBox(this))
    , m_addButton(new QToolButton(this))
    , m_addMenu(new QMenu(this))
    , m_state(new QLabel(this))
    , m_note(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"scorerPanel"_s);
    m_editor->setObjectName(u"scorerEditor"_s);
    m_editor->installEventFilter(this);
    m_editor->setMode(PromptEditor::Mode::Yaml);
    m_editor->setSpellCheckEnabled(false);
    m_editor->setWordWrapEnabled(false);
    m_editor->setMarginWidth(kMarkerMargin, 14);
    m_editor->markerDefine(QsciScintilla::Circle, kErrorMarker);
    m_editor->setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), kErrorMarker);
    m_editor->setMarkerForegroundColor(QColor(0xd3, 0x2f, 0x2f), kErrorMarker);
    m_editor->markerDefine(QsciScintilla::Circle, kWarningMarker);
    m_editor->setMarkerBackgroundColor(QColor(0xe0, 0x9b, 0x00), kWarningMarker);
    m_editor->setMarkerForegroundColor(QColor(0xe0, 0x9b, 0x00), kWarningMarker);

    m_syntaxBox->setObjectName(u"scorerSyntax"_s);
    m_syntaxBox->addItem(tr("YAML"), int(Syntax::Yaml));
    m_syntaxBox->addItem(tr("JSON"), int(Syntax::Json));
    m_syntaxBox->setToolTip(tr("Write the list as YAML or JSON; switching rewrites it"));
    m_addButton->setObjectName(u"addScorer"_s);
    m_addButton->setText(tr("Add Scorer"));
    m_addButton->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setMenu(m_addMenu);
    m_state->setObjectName(u"scorerState"_s);
    m_note->setObjectName(u"scorerNote"_s);
    m_note->setText(tr("promptfoo assert syntax: type (not- inverts), value, threshold, weight, metric, config"));
    m_note->setWordWrap(true);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setObjectName(u"scorerProblems"_s);
    m_problems->setUniformItemSizes(true);
    m_problems->setWordWrap(false);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kCheckDelayMs);
    buildAddMenu();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_syntaxBox);
    bar->addWidget(m_addButton);
    bar->addWidget(m_state, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    m_problems->setMinimumHeight(m_problems->fontMetrics().height() * 3 + 8);

    connect(m_editor, &QsciScintilla::textChanged, this, &ScorerPanel::onTextChanged);
    connect(m_timer, &QTimer::timeout, this, &ScorerPanel::runCheck);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpToProblem(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { jumpToProblem(m_problems->row(item)); });
    connect(m_syntaxBox, &QComboBox::activated, this, [this](int index) {
        const auto wanted = Syntax(m_syntaxBox->itemData(index).toInt());
        if (!setSyntax(wanted))
            m_syntaxBox->setCurrentIndex(m_syntaxBox->findData(int(m_syntax)));
    });

    setScorers({});
}

ScorerPanel::~ScorerPanel() = default;

void ScorerPanel::buildAddMenu()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ScorerFamily &family : ScorerCatalog::families()) {
        QMenu *sub = m_addMenu->addMenu(family.name);
        sub->setToolTipsVisible(true);
        for (const ScorerTypeInfo &t : family.types) {
            QString text = t.type + u"  —  "_s + t.summary;
            QAction *a = sub->addAction(text);
            a->setObjectName(u"add-"_s + t.type);
            a->setData(t.type);
            if (!t.isAvailable()) {
                a->setIcon(warning);
                a->setText(text + u"  ["_s + tr("cannot run") + u']');
                a->setToolTip(ScorerCatalog::supportNote(t.support));
                QFont italic = a->font();
                italic.setItalic(true);
                a->setFont(italic);
            } else if (!t.hint.isEmpty()) {
                a->setToolTip(t.hint);
            }
            connect(a, &QAction::triggered, this, [this, type = t.type] { insertScorer(type); });
        }
    }
}

void ScorerPanel::setAllowListThreshold(bool allow)
{
    m_allowThreshold = allow;
    m_timer->start();
}

void ScorerPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_addButton->setEnabled(!readOnly);
}

void ScorerPanel::setShowModified(bool show)
{
    m_showModified = show;
    updateState();
}

QString ScorerPanel::placeholder()
{
    return tr("# No scorers yet. Add one with Add Scorer, or write a list such as:\n"
              "# - type: icontains\n"
              "#   value: paris\n");
}

QString ScorerPanel::render(const QJsonValue &json, Syntax syntax)
{
    return ScorerListEdit::render(json, syntax, placeholder());
}

void ScorerPanel::loadText(const QString &text)
{
    m_loading = true;
    m_editor->setText(text);
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_loading = false;
    m_baselineText = text;
    runCheck();
    m_baselineSet = m_result.set;
    updateState();
}

void ScorerPanel::setScorers(const ScorerSet &set)
{
    loadText(render(set.toJson(), m_syntax));
}

void ScorerPanel::setStoredValue(const QJsonValue &json)
{
    loadText(render(json, m_syntax));
}

QString ScorerPanel::text() const
{
    return m_editor->text();
}

void ScorerPanel::setText(const QString &text)
{
    m_editor->selectAll();
    m_editor->replaceSelectedText(text);
}

bool ScorerPanel::setSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return true;
    QString error;
    const std::optional<QJsonValue> json = ScorerTextCheck::parseValue(text(), &error);
    if (!json || !(json->isNull() || json->isArray() || json->isObject())) {
        m_state->setText(tr("Fix the text before switching to %1.").arg(syntax == Syntax::Json ? tr("JSON") : tr("YAML")));
        return false;
    }
    m_syntax = syntax;
    {
        const QSignalBlocker block(m_syntaxBox);
        m_syntaxBox->setCurrentIndex(m_syntaxBox->findData(int(syntax)));
    }
    m_editor->setMode(syntax == Syntax::Json ? PromptEditor::Mode::Json : PromptEditor::Mode::Yaml);
    const bool wasModified = m_modified;
    const QString converted = render(*json, syntax);
    if (!wasModified) {
        loadText(converted);   // still the loaded list, only written differently
    } else {
        setText(converted);
        checkNow();
    }
    return true;
}

void ScorerPanel::onTextChanged()
{
    if (m_loading)
        return;
    m_timer->start();
    // Until the check runs, the text counts as changed unless it is the loaded text again.
    m_modified = text() != m_baselineText;
    updateState();
}

bool ScorerPanel::isCheckPending() const
{
    return m_timer->isActive();
}

void ScorerPanel::checkNow()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        runCheck();
    }
}

void ScorerPanel::runCheck()
{
    m_timer->stop();
    const QString t = text();
    m_result = ScorerTextCheck::check(t, m_syntax, m_allowThreshold);
    if (t == m_baselineText)
        m_modified = false;
    else if (m_result.set && m_baselineSet)
        m_modified = !(*m_result.set == *m_baselineSet);
    else
        m_modified = true;
    showProblems();
    updateState();
}

void ScorerPanel::showProblems()
{
    m_problems->clear();
    m_editor->markerDeleteAll(kErrorMarker);
    m_editor->markerDeleteAll(kWarningMarker);
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ScorerProblem &p : m_result.problems) {
        QStringList where;
        if (p.line > 0)
            where << tr("Line %1").arg(p.line);
        if (p.scorer >= 0)
            where << tr("scorer %1").arg(p.scorer + 1);
        if (!p.field.isEmpty())
            where << p.field;
        const QString text = where.isEmpty() ? p.message : where.join(u", "_s) + u": "_s + p.message;
        auto *item = new QListWidgetItem(p.isError() ? error : warning, text, m_problems);
        item->setToolTip(p.message);
        if (p.line > 0)
            m_editor->markerAdd(p.line - 1, p.isError() ? kErrorMarker : kWarningMarker);
    }
    if (m_result.problems.isEmpty() && m_result.set) {
        auto *item = new QListWidgetItem(tr("No problems"), m_problems);
        item->setFlags(Qt::NoItemFlags);
    }
}

QString ScorerPanel::stateText() const
{
    QString s;
    const int errors = m_result.errorCount();
    const int warnings = int(m_result.problems.size()) - errors;
    if (m_timer->isActive())
        s = tr("Checking…");
    else if (errors > 0)
        s = tr("%n problem(s)", nullptr, errors);
    else if (m_result.set)
        s = tr("%n scorer(s)", nullptr, int(m_result.set->specs.size()));
    if (!m_timer->isActive() && errors == 0 && warnings > 0)
        s += tr(", %n cannot run", nullptr, warnings);
    if (m_result.set && m_result.set->threshold)
        s += tr(", list threshold %1").arg(*m_result.set->threshold);
    if (m_modified && m_showModified)
        s += tr(" · modified");
    return s;
}

void ScorerPanel::updateState()
{
    const bool bad = !m_timer->isActive() && m_result.errorCount() > 0;
    const QString text = stateText();
    m_state->setText(m_modified && m_showModified ? u"<b>●</b> "_s + text.toHtmlEscaped() : text.toHtmlEscaped());
    m_state->setStyleSheet(bad ? u"color: #c62828;"_s : QString());
    Q_EMIT stateChanged();
}

void ScorerPanel::markSaved()
{
    checkNow();
    m_baselineText = text();
    m_baselineSet = m_result.set;
    m_modified = false;
    updateState();
}

void ScorerPanel::jumpToProblem(int index)
{
    if (index < 0 || m_result.problems.isEmpty() || index >= m_result.problems.size())
        return;
    const ScorerProblem &p = m_result.problems.at(index);
    if (p.line <= 0)
        return;
    // Columns are characters; QScintilla's setCursorPosition takes a character index too.
    m_editor->setCursorPosition(p.line - 1, std::max(0, p.column - 1));
    m_editor->ensureLineVisible(p.line - 1);
    m_editor->setFocus();
}

void ScorerPanel::insertScorer(const QString &type)
{
    const std::optional<ScorerTypeInfo> info = ScorerCatalog::info(type);
    if (m_readOnly || !info)
        return;
    const std::optional<ScorerListEdit::Insertion> done = ScorerListEdit::append(text(), m_syntax, *info, placeholder());
    if (!done) {
        // A shape the panel does not understand (or a text that does not parse yet): insert
        // the example at the start of the caret's line and let the check say the rest.
        int line = 0;
        int index = 0;
        m_editor->getCursorPosition(&line, &index);
        m_editor->setCursorPosition(line, 0);
        m_editor->insert(m_syntax == Syntax::Json
                             ? QString::fromUtf8(QJsonDocument(info->example).toJson(QJsonDocument::Compact))
                             : ScorerCatalog::yamlSnippet(*info));
        checkNow();
        return;
    }
    setText(done->text);
    checkNow();
    m_editor->setCursorPosition(done->caretLine, 0);
    m_editor->ensureLineVisible(std::min(done->caretLine + 6, m_editor->lines() - 1));
    m_editor->setFocus();
}

void ScorerPanel::toggleComment()
{
    if (m_readOnly || m_syntax != Syntax::Yaml)
        return;
    int fromLine = 0;
    int fromIndex = 0;
    int toLine = 0;
    int toIndex = 0;
    m_editor->getSelection(&fromLine, &fromIndex, &toLine, &toIndex);
    if (fromLine < 0) {
        m_editor->getCursorPosition(&fromLine, &fromIndex);
        toLine = fromLine;
    } else if (toIndex == 0 && toLine > fromLine) {
        --toLine;   // a selection ending at the start of a line leaves that line alone
    }
    QStringList lines;
    for (int l = fromLine; l <= toLine; ++l) {
        QString t = m_editor->text(l);
        while (t.endsWith(u'\n') || t.endsWith(u'\r'))
            t.chop(1);
        lines.append(t);
    }
    const QStringList toggled = ScorerListEdit::toggleComment(lines);
    m_editor->beginUndoAction();
    for (int i = 0; i < toggled.size(); ++i) {
        m_editor->setSelection(fromLine + i, 0, fromLine + i, int(lines[i].size()));
        m_editor->replaceSelectedText(toggled[i]);
    }
    m_editor->endUndoAction();
    m_editor->setSelection(fromLine, 0, toLine, int(toggled.last().size()));
}

bool ScorerPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+/ comments YAML lines with "#" (the editor's own toggle writes template comments).
    if (watched == m_editor && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Slash && key->modifiers() == Qt::ControlModifier) {
            if (event->type() == QEvent::KeyPress)
                toggleComment();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lathe
