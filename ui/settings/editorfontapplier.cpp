#include "editorfontapplier.h"

#include "core/appsettings.h"
#include "editor/prompteditor.h"
#include "editor/syntaxlexer.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>

namespace lathe {

EditorFontApplier::EditorFontApplier(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(settings, &AppSettings::editorFontChanged, this, &EditorFontApplier::reload);
    qApp->installEventFilter(this);
    reload();
}

EditorFontApplier::~EditorFontApplier() = default;

QFont EditorFontApplier::editorFont(const QString &family, int pointSize)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!family.isEmpty())
        font.setFamilies({family});
    if (pointSize > 0)
        font.setPointSize(pointSize);
    return font;
}

void EditorFontApplier::applyTo(PromptEditor *editor, const QFont &font)
{
    if (auto *lexer = qobject_cast<SyntaxLexer *>(editor->lexer()); lexer && lexer->baseFont() != font)
        lexer->setBaseFont(font);
    editor->setMarginsFont(font);
}

bool EditorFontApplier::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *editor = qobject_cast<PromptEditor *>(watched))
            applyIfShared(editor);
    }
    return QObject::eventFilter(watched, event);
}

void EditorFontApplier::reload()
{
    m_font = editorFont(m_settings->editorFontFamily(), m_settings->editorFontSize());
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *editor = qobject_cast<PromptEditor *>(widget))
            applyIfShared(editor);
    }
}

void EditorFontApplier::applyIfShared(PromptEditor *editor) const
{
    if (!editor->property(kOwnFont).toBool())
        applyTo(editor, m_font);
}

} // namespace lathe
