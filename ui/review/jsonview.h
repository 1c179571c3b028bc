#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace lathe {

// A read-only view of a JSON body: pretty-printed when it parses (CaseDetail::prettyJson), and
// highlighted with KSyntaxHighlighting's JSON definition in the theme that suits the palette
// (re-picked when the palette changes).
class JsonView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);

    void setJson(const QString &text);
    // The name of the definition in use ("JSON"), empty when the repository has none.
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace lathe
