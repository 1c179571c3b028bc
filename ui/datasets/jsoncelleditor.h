#pragma once

#include <QJsonValue>
#include <QPlainTextEdit>

#include <optional>

class QLabel;

namespace lathe {

// The in-cell editor of a structured (JSON) dataset cell: a plain-text editor that checks the
// text as the user types and shows where it is not JSON in a line along its bottom edge.
// Empty text is valid and means "no value".
class JsonCellEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonCellEditor(QWidget *parent = nullptr);

    bool isValid() const { return m_value.has_value(); }
    // The parsed value (Undefined for empty text); nullopt while the text is not JSON.
    std::optional<QJsonValue> value() const { return m_value; }
    // "line 2, column 5: ..." while the text is not JSON; empty otherwise.
    QString errorText() const { return m_errorText; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void validate();
    void placeErrorLine();

    QLabel *m_error;
    std::optional<QJsonValue> m_value;
    QString m_errorText;
};

} // namespace lathe
