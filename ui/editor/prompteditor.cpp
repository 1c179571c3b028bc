#include "prompteditor.h"

#include "editorchrome.h"
#include "editorcontextmenu.h"
#include "editorindicators.h"
#include "findbar.h"
#include "spellchecker.h"
#include "syntaxlexer.h"
#include "syntaxrepository.h"
#include "templatecompleter.h"
#include "templatetagmatcher.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QTimer>
#include <QMenu>
#include <QWheelEvent>

#include <functional>

namespace lathe {

using Sci = QsciScintillaBase;

namespace {

constexpr int kFoldMargin = 2;

QString definitionName(PromptEditor::Mode mode)
{
    switch (mode) {
    case PromptEditor::Mode::Json: return QStringLiteral("JSON");
    case PromptEditor::Mode::Yaml: return QStringLiteral("YAML");
    case PromptEditor::Mode::Prompt: break;
    }
    return QString::fromLatin1(SyntaxRepository::promptDefinitionName());
}

} // namespace

PromptEditor::PromptEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new SyntaxLexer(this))
{
    setUtf8(true);
    setEolMode(EolUnix);
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setBaseFont(font);
    setMode(Mode::Prompt);
    setLexer(m_lexer);

    // Scintilla reports every style and indicator change otherwise; nothing here needs them.
    SendScintilla(SCI_SETMODEVENTMASK, SC_MODEVENTMASKALL
                      & ~(SC_MOD_CHANGESTYLE | SC_MOD_CHANGEINDICATOR | SC_MOD_CHANGELINESTATE));

    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginsFont(font);
    setMarginWidth(1, 0);
    setFolding(BoxedTreeFoldStyle, kFoldMargin);
    SendScintilla(SCI_SETMARGINLEFT, 0, 6);
    SendScintilla(SCI_SETFOLDFLAGS, SC_FOLDFLAG_LINEAFTER_CONTRACTED);

    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setBackspaceUnindents(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setCaretWidth(2);
    // A translucent selection stays visible over the search and tag-match boxes.
    SendScintilla(SCI_SETSELALPHA, 120);
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);
    SendScintilla(SCI_SETMULTIPLESELECTION, 1);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1);
    SendScintilla(SCI_SETMULTIPASTE, SC_MULTIPASTE_EACH);
    SendScintilla(SCI_SETVIRTUALSPACEOPTIONS, SCVS_RECTANGULARSELECTION);
    SendScintilla(SCI_SETWRAPINDENTMODE, SC_WRAPINDENT_SAME);
    setWrapVisualFlags(WrapFlagByBorder);

    indicatorDefine(SquigglePixmapIndicator, EditorIndicator::Spelling);
    // Boxes under the text: the fill's opacity comes with the colour (EditorChrome), the
    // outline is stronger so adjacent marks stay distinct.
    for (int indicator : {EditorIndicator::SearchMatch, EditorIndicator::SearchCurrent,
                          EditorIndicator::TagMatch, EditorIndicator::TagMismatch}) {
        indicatorDefine(StraightBoxIndicator, indicator);
        setIndicatorDrawUnder(true, indicator);
        const bool search = indicator == EditorIndicator::SearchMatch || indicator == EditorIndicator::SearchCurrent;
        SendScintilla(SCI_INDICSETOUTLINEALPHA, indicator, search ? 255 : 160);
    }

    m_findBar = new FindBar(this);
    m_spellChecker = new SpellChecker(this, [lexer = m_lexer](int style) {
        return lexer->isSpellCheckable(style);
    });
    m_completer = new TemplateCompleter(this);
    m_completer->setAutoCloseEnabled(m_mode == Mode::Prompt);

    m_wrapAction = new QAction(tr("Word Wrap"), this);
    m_wrapAction->setCheckable(true);
    m_wrapAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    m_wrapAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_wrapAction);
    connect(m_wrapAction, &QAction::toggled, this, &PromptEditor::setWordWrapEnabled);
    setWordWrapEnabled(true);

    m_tagTimer = new QTimer(this);
    m_tagTimer->setSingleShot(true);
    m_tagTimer->setInterval(30);
    connect(m_tagTimer, &QTimer::timeout, this, &PromptEditor::updateTagMatch);
    connect(this, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & (SC_UPDATE_SELECTION | SC_UPDATE_CONTENT))
            m_tagTimer->start();
    });
    connect(this, &QsciScintilla::linesChanged, this, &PromptEditor::updateMarginWidth);
    connect(this, &QsciScintillaBase::SCN_ZOOM, this, &PromptEditor::updateMarginWidth);

    applyTheme();
    updateMarginWidth();
}

PromptEditor::~PromptEditor() = default;

void PromptEditor::setMode(Mode mode)
{
    m_mode = mode;
    m_lexer->setDefinition(SyntaxRepository::instance().definitionForName(definitionName(mode)));
    setTabWidth(mode == Mode::Prompt ? 4 : 2);
    if (m_completer)
        m_completer->setAutoCloseEnabled(mode == Mode::Prompt);
    if (m_spellChecker)
        m_spellChecker->recheckAll();
}

QStringList PromptEditor::availableThemes()
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &theme : SyntaxRepository::instance().themes())
        names.append(theme.name());
    return names;
}

void PromptEditor::setThemeName(const QString &name)
{
    m_themeName = name;
    applyTheme();
}

void PromptEditor::applyTheme()
{
    const auto &repository = SyntaxRepository::instance();
    KSyntaxHighlighting::Theme theme;
    if (!m_themeName.isEmpty())
        theme = repository.theme(m_themeName);
    if (!theme.isValid())
        theme = repository.themeForPalette(palette());
    const bool changed = theme.name() != m_activeTheme;
    m_activeTheme = theme.name();
    m_lexer->setTheme(theme);
    EditorChrome::apply(this, theme);
    if (changed)
        Q_EMIT themeChanged(m_activeTheme);
}

void PromptEditor::setCompletionWords(const QStringList &words)
{
    m_completer->setWords(words);
}

QStringList PromptEditor::completionWords() const
{
    return m_completer->words();
}

void PromptEditor::setWordWrapEnabled(bool enabled)
{
    setWrapMode(enabled ? WrapWord : WrapNone);
    const QSignalBlocker blocker(m_wrapAction);
    m_wrapAction->setChecked(enabled);
}

bool PromptEditor::isWordWrapEnabled() const
{
    return wrapMode() != WrapNone;
}

void PromptEditor::setSpellCheckEnabled(bool enabled)
{
    m_spellChecker->setEnabled(enabled);
}

bool PromptEditor::isSpellCheckEnabled() const
{
    return m_spellChecker->isEnabled();
}

void PromptEditor::showFind(bool withReplace)
{
    m_findBar->open(withReplace);
}

int PromptEditor::styleForFormat(const QString &formatName) const
{
    return m_lexer->styleForFormat(formatName);
}

void PromptEditor::toggleComment()
{
    long from = SendScintilla(SCI_GETSELECTIONSTART);
    long to = SendScintilla(SCI_GETSELECTIONEND);
    if (from == to) {
        const long line = SendScintilla(SCI_LINEFROMPOSITION, from);
        from = SendScintilla(SCI_GETLINEINDENTPOSITION, line);
        to = SendScintilla(SCI_GETLINEENDPOSITION, line);
    }
    QByteArray text(to - from + 1, '\0');
    SendScintilla(SCI_GETTEXTRANGE, from, to, text.data());
    text.truncate(to - from);
    const QByteArray trimmed = text.trimmed();
    QByteArray replacement;
    if (trimmed.startsWith("{#") && trimmed.endsWith("#}") && trimmed.size() >= 4) {
        QByteArray inner = trimmed.sliced(2, trimmed.size() - 4);
        if (inner.startsWith(' '))
            inner.remove(0, 1);
        if (inner.endsWith(' '))
            inner.chop(1);
        replacement = inner;
    } else {
        replacement = "{# " + text + " #}";
    }
    SendScintilla(SCI_BEGINUNDOACTION);
    SendScintilla(SCI_SETTARGETRANGE, from, to);
    SendScintilla(SCI_REPLACETARGET, uintptr_t(replacement.size()), replacement.constData());
    SendScintilla(SCI_ENDUNDOACTION);
    SendScintilla(SCI_SETSEL, from, from + long(replacement.size()));
}

void PromptEditor::updateMarginWidth()
{
    int digits = 2;
    for (int n = lines(); n >= 100; n /= 10)
        ++digits;
    const int zoom = int(SendScintilla(SCI_GETZOOM));
    if (digits == m_marginDigits && zoom == m_marginZoom)
        return;
    m_marginDigits = digits;
    m_marginZoom = zoom;
    setMarginWidth(0, QString(digits + 1, u'9'));
}

void PromptEditor::updateTagMatch()
{
    const long length = SendScintilla(SCI_GETLENGTH);
    for (int indicator : {EditorIndicator::TagMatch, EditorIndicator::TagMismatch}) {
        SendScintilla(SCI_SETINDICATORCURRENT, indicator);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    }
    if (SendScintilla(SCI_GETSELECTIONS) > 1 || SendScintilla(SCI_GETSELECTIONEMPTY) == 0)
        return;
    const auto *text = static_cast<const char *>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
    if (!text)
        return;
    const long caret = SendScintilla(SCI_GETCURRENTPOS);
    const auto highlights = TemplateTagMatcher::highlightsAt(QByteArrayView(text, length), caret);
    for (const TemplateTagMatcher::Highlight &h : highlights) {
        SendScintilla(SCI_SETINDICATORCURRENT, h.matched ? EditorIndicator::TagMatch : EditorIndicator::TagMismatch);
        SendScintilla(SCI_INDICATORFILLRANGE, h.start, h.end - h.start);
    }
}

bool PromptEditor::handleKey(QKeyEvent *event, bool perform)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    std::function<void()> action;
    if (event->matches(QKeySequence::Find))
        action = [this] { showFind(false); };
    else if (event->matches(QKeySequence::Replace) || (mods == Qt::ControlModifier && event->key() == Qt::Key_H))
        action = [this] { showFind(true); };
    else if (event->matches(QKeySequence::FindNext))
        action = [this] { m_findBar->findNext(); };
    else if (event->matches(QKeySequence::FindPrevious))
        action = [this] { m_findBar->findPrevious(); };
    else if (event->matches(QKeySequence::ZoomIn) || (mods == Qt::ControlModifier && event->key() == Qt::Key_Equal))
        action = [this] { zoomIn(); };
    else if (event->matches(QKeySequence::ZoomOut))
        action = [this] { zoomOut(); };
    else if (mods == Qt::ControlModifier && event->key() == Qt::Key_0)
        action = [this] { zoomTo(0); };
    else if (mods == Qt::ControlModifier && event->key() == Qt::Key_Space)
        action = [this] { m_completer->complete(true); };
    else if (mods == Qt::ControlModifier && event->key() == Qt::Key_Slash && m_mode == Mode::Prompt)
        action = [this] { toggleComment(); };
    else if (event->key() == Qt::Key_Escape && mods == Qt::NoModifier && m_findBar->isVisible()
             && !SendScintilla(SCI_AUTOCACTIVE))
        action = [this] { m_findBar->dismiss(); };
    if (!action)
        return false;
    if (perform)
        action();
    return true;
}

bool PromptEditor::event(QEvent *event)
{
    // Claim the editor's shortcuts before window-wide actions with the same keys.
    if (event->type() == QEvent::ShortcutOverride && handleKey(static_cast<QKeyEvent *>(event), false)) {
        event->accept();
        return true;
    }
    return QsciScintilla::event(event);
}

void PromptEditor::keyPressEvent(QKeyEvent *event)
{
    if (handleKey(event, true)) {
        event->accept();
        return;
    }
    const QString typed = event->text();
    if (typed.size() == 1 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && !isReadOnly()
        && m_completer && m_completer->typeOver(typed.at(0))) {
        event->accept();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void PromptEditor::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QsciScintilla::wheelEvent(event);
}

void PromptEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && m_themeName.isEmpty()) {
        applyTheme();
    }
}

} // namespace lathe

namespace lathe {

void PromptEditor::contextMenuEvent(QContextMenuEvent *event)
{
    long position = SendScintilla(SCI_GETCURRENTPOS);
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QPoint at = viewport()->mapFromGlobal(event->globalPos());
        const long hit = SendScintilla(SCI_POSITIONFROMPOINTCLOSE, at.x(), at.y());
        if (hit >= 0)
            position = hit;
    }
    std::unique_ptr<QMenu> menu(EditorContextMenu::create(this, position));
    menu->exec(event->globalPos());
}

} // namespace lathe
