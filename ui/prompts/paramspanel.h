#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace lathe {
class PromptEditor;
}
class QSpinBox;

namespace lathe {

// Model parameters of a prompt version: model, temperature, top_p, max tokens, stop sequences,
// seed, response format and JSON schema. A parameter whose box is unchecked is left out (the
// provider's default applies). Emits changed() on every user edit.
class ParamsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ParamsPanel(QWidget *parent = nullptr);

    QJsonObject params() const;
    void setParams(const QJsonObject &params);   // does not emit changed()
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QLineEdit *m_model;
    QCheckBox *m_useTemperature;
    QDoubleSpinBox *m_temperature;
    QCheckBox *m_useTopP;
    QDoubleSpinBox *m_topP;
    QCheckBox *m_useMaxTokens;
    QSpinBox *m_maxTokens;
    QCheckBox *m_useSeed;
    QSpinBox *m_seed;
    QPlainTextEdit *m_stop;
    QComboBox *m_format;
    PromptEditor *m_schema;
    bool m_loading = false;
};

} // namespace lathe
