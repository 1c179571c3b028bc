#include "jsonview.h"

#include "editor/syntaxrepository.h"
#include "review/casedetail.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

namespace lathe {

JsonView::JsonView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDefinition(SyntaxRepository::instance().definitionForName(QStringLiteral("JSON")));
    applyTheme();
}

void JsonView::setJson(const QString &text)
{
    setPlainText(CaseDetail::prettyJson(text));
}

QString JsonView::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void JsonView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = SyntaxRepository::instance().themeForPalette(palette());
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void JsonView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace lathe
