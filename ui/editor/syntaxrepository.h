#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace lathe {

// The process-wide KSyntaxHighlighting repository: the definitions and themes built into the
// library plus Lathe's own (resources/syntax, compiled in under ":/lathe/syntax").
// Created on first use; GUI thread only; deliberately never destroyed (themes and definitions
// handed out stay valid until the process exits).
class SyntaxRepository final
{
public:
    static KSyntaxHighlighting::Repository &instance();

    // Name of Lathe's prompt-template definition (resources/syntax/lathe-prompt.xml).
    static const char *promptDefinitionName() { return "Lathe Prompt"; }

    SyntaxRepository() = delete;
};

} // namespace lathe
