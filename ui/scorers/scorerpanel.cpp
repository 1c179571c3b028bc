#include "scorerpanel.h"

#include "scorercatalog.h"

#include "editor/prompteditor.h"
#include "eval/scorers/yamljson.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
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

// The indentation of the list's items ("- " lines) in YAML text, or -1 when there are none.
int itemIndent(const QString &text)
{
    static const QRegularExpression item(u"^( *)- "_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = item.match(text);
    return m.hasMatch() ? int(m.capturedLength(1)) : -1;
}

qsizetype scorerCount(const QString &text)
{
    const ScorerTextCheck::Result r = ScorerTextCheck::check(text, ScorerTextCheck::Syntax::Yaml, true);
    return r.set ? r.set->specs.size() : -1;
}

// The array the scorers are in, within a parsed list value; null when there is none.
QJsonArray *listOf(QJsonValue &root, QJsonObject &outer, QJsonObject &inner, QJsonArray &array)
{
    if (root.isArray()) {
        array = root.toArray();
        return &array;
    }
    if (!root.isObject())
        return nullptr;
    outer = root.toObject();
    inner = outer.contains(u"defaultTest"_s) ? outer.value(u"defaultTest"_s).toObject() : outer;
    const QJsonValue a = inner.value(u"assert"_s);
    if (!a.isArray() && !a.isUndefined() && !a.isNull())
        return nullptr;
    array = a.toArray();
    return &array;
}

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

QString ScorerPanel::placeholder()
{
    return tr("# No scorers yet. Add one with Add Scorer, or write a list such as:\n"
              "# - type: icontains\n"
              "#   value: paris\n");
}

QString ScorerPanel::render(const QJsonValue &json, Syntax syntax)
{
    const bool empty = json.isNull() || json.isUndefined() || (json.isArray() && json.toArray().isEmpty());
    if (syntax == Syntax::Yaml)
        return empty ? placeholder() : YamlJson::write(json);
    if (empty)
        return u"[]\n"_s;
    const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
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
    if (m_modified)
        s += tr(" · modified");
    return s;
}

void ScorerPanel::updateState()
{
    const bool bad = !m_timer->isActive() && m_result.errorCount() > 0;
    const QString text = stateText();
    m_state->setText(m_modified ? u"<b>●</b> "_s + text.toHtmlEscaped() : text.toHtmlEscaped());
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
    if (m_readOnly)
        return;
    const std::optional<ScorerTypeInfo> info = ScorerCatalog::info(type);
    if (!info)
        return;
    const QString current = text();
    QString error;
    std::optional<QJsonValue> json = ScorerTextCheck::parseValue(current, &error);
    int caretLine = -1;

    if (m_syntax == Syntax::Json) {
        QJsonObject outer;
        QJsonObject inner;
        QJsonArray array;
        QJsonArray *list = json ? listOf(*json, outer, inner, array) : nullptr;
        if (json && json->isNull())
            list = &array;
        if (!list) {
            const QByteArray one = QJsonDocument(info->example).toJson(QJsonDocument::Compact);
            m_editor->insert(QString::fromUtf8(one));
            checkNow();
            return;
        }
        list->append(info->example);
        QJsonValue result = *list;
        if (json->isObject()) {
            inner.insert(u"assert"_s, *list);
            if (outer.contains(u"defaultTest"_s))
                outer.insert(u"defaultTest"_s, inner);
            else
                outer = inner;
            result = outer;
        }
        const QString out = render(result, Syntax::Json);
        setText(out);
        const qsizetype at = out.lastIndexOf(u"\"type\": \""_s + type + u'"');
        caretLine = at < 0 ? -1 : int(QStringView(out).first(at).count(u'\n'));
    } else {
        const qsizetype before = json ? scorerCount(current) : -1;
        const bool empty = !json || json->isNull() || (json->isArray() && json->toArray().isEmpty());
        QString out;
        if (json && empty && (current.trimmed().isEmpty() || current == placeholder() || current.trimmed() == u"[]"_s)) {
            out = ScorerCatalog::yamlSnippet(*info);
            caretLine = 0;
        } else if (before >= 0) {
            const int indent = std::max(0, itemIndent(current));
            QString base = current;
            if (!base.isEmpty() && !base.endsWith(u'\n'))
                base += u'\n';
            out = base + ScorerCatalog::yamlSnippet(*info, json->isObject() && itemIndent(current) < 0 ? 2 : indent);
            if (json->isObject() && json->toObject().value(u"assert"_s).isNull()) // "assert:" with nothing yet
                out = base + ScorerCatalog::yamlSnippet(*info, 2);
            caretLine = int(base.count(u'\n'));
            if (scorerCount(out) != before + 1)
                out.clear();
        }
        if (out.isEmpty()) {
            // Unknown shape: insert at the start of the caret's line.
            int line = 0;
            int index = 0;
            m_editor->getCursorPosition(&line, &index);
            m_editor->setCursorPosition(line, 0);
            m_editor->insert(ScorerCatalog::yamlSnippet(*info));
            checkNow();
            return;
        }
        setText(out);
    }
    checkNow();
    if (caretLine >= 0) {
        m_editor->setCursorPosition(caretLine, 0);
        m_editor->ensureLineVisible(caretLine + 4);
    }
    m_editor->setFocus();
}

} // namespace lathe
