#include "comparisonfactory.h"

#include "diff/diffview.h"
#include "diff/promptdiffview.h"
#include "editor/syntaxlexer.h"
#include "editor/syntaxrepository.h"

#include "diff/promptdiff.h"
#include "workspace/promptstore.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QFontDatabase>
#include <QJsonArray>

namespace lathe {
namespace {

// Highlights both sides of the comparison like the prompt editor does.
SyntaxLexer *promptLexer(QWidget *owner)
{
    auto *lexer = new SyntaxLexer(owner);
    lexer->setBaseFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto &repository = SyntaxRepository::instance();
    lexer->setDefinition(repository.definitionForName(QString::fromLatin1(SyntaxRepository::promptDefinitionName())));
    lexer->setTheme(repository.themeForPalette(owner->palette()));
    return lexer;
}

} // namespace

QWidget *createComparison(PromptStore &store, qint64 promptId, int leftNumber, int rightNumber, QString *title)
{
    const auto info = store.find(promptId);
    const auto left = store.version(promptId, leftNumber);
    if (!info || !left)
        return nullptr;
    PromptContent rightContent;
    QString rightTitle;
    if (rightNumber > 0) {
        const auto right = store.version(promptId, rightNumber);
        if (!right)
            return nullptr;
        rightContent = right->content;
        rightTitle = QStringLiteral("%1@%2").arg(info->name).arg(rightNumber);
    } else {
        rightContent = store.draft(promptId).content;
        rightTitle = QCoreApplication::translate("PromptsController", "%1 (draft)").arg(info->name);
    }
    const QString leftTitle = QStringLiteral("%1@%2").arg(info->name).arg(leftNumber);
    auto *view = new PromptDiffView;
    view->setObjectName(QStringLiteral("promptComparison"));
    view->textView()->setLexers(promptLexer(view), promptLexer(view));
    view->setPrompts(leftTitle, PromptSnapshot::fromContent(left->content), rightTitle, PromptSnapshot::fromContent(rightContent));
    *title = QStringLiteral("%1 ↔ %2").arg(leftTitle, rightNumber > 0 ? QStringLiteral("@%1").arg(rightNumber)
                                                                      : QCoreApplication::translate("PromptsController", "draft"));
    return view;
}

} // namespace lathe
