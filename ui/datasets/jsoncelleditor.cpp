#include "jsoncelleditor.h"

#include "dataset/datasetcelltext.h"

#include <QFontDatabase>
#include <QLabel>

namespace lathe {

JsonCellEditor::JsonCellEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("jsonCellEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("jsonError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #b00020; padding: 1px 4px; }"));
    m_error->hide();
    connect(this, &QPlainTextEdit::textChanged, this, &JsonCellEditor::validate);
    validate();
}

void JsonCellEditor::validate()
{
    QString message;
    m_value = DatasetCellText::parse(toPlainText(), ColumnType::Json, true, &message);
    m_errorText = m_value ? QString() : message;
    m_error->setText(m_errorText);
    m_error->setToolTip(m_errorText);
    m_error->setVisible(!m_errorText.isEmpty());
    setViewportMargins(0, 0, 0, m_errorText.isEmpty() ? 0 : m_error->sizeHint().height());
    placeErrorLine();
}

void JsonCellEditor::placeErrorLine()
{
    const QRect r = contentsRect();
    const int h = m_error->sizeHint().height();
    m_error->setGeometry(r.left(), r.bottom() - h + 1, r.width(), h);
}

void JsonCellEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeErrorLine();
}

} // namespace lathe
