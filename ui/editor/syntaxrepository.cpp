#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QString>

namespace lathe {

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *repo = new KSyntaxHighlighting::Repository;
        // Holds syntax/lathe-prompt.xml (qt_add_resources in ui/editor/CMakeLists.txt).
        repo->addCustomSearchPath(QStringLiteral(":/lathe"));
        return repo;
    }();
    return *repository;
}

} // namespace lathe
