#include "paramspanel.h"

#include "editor/prompteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace lathe {
namespace {

QWidget *row(QWidget *parent, QCheckBox *check, QWidget *field)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(check);
    l->addWidget(field, 1);
    return w;
}

} // namespace

ParamsPanel::ParamsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QLineEdit(this))
    , m_useTemperature(new QCheckBox(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_useTopP(new QCheckBox(this))
    , m_topP(new QDoubleSpinBox(this))
    , m_useMaxTokens(new QCheckBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_useSeed(new QCheckBox(this))
    , m_seed(new QSpinBox(this))
    , m_stop(new QPlainTextEdit(this))
    , m_format(new QComboBox(this))
    , m_schema(new PromptEditor(this))
{
    m_model->setPlaceholderText(tr("provider default"));
    m_model->setObjectName(QStringLiteral("paramModel"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(0.7);
    m_temperature->setObjectName(QStringLiteral("paramTemperature"));
    m_useTemperature->setObjectName(QStringLiteral("useTemperature"));
    m_topP->setRange(0, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1);
    m_maxTokens->setRange(1, 1'000'000);
    m_maxTokens->setValue(1024);
    m_seed->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_stop->setPlaceholderText(tr("one stop sequence per line"));
    m_stop->setMaximumHeight(60);
    m_format->addItem(tr("Text"), QStringLiteral("text"));
    m_format->addItem(tr("JSON object"), QStringLiteral("json_object"));
    m_format->addItem(tr("JSON schema"), QStringLiteral("json_schema"));
    m_schema->setMode(PromptEditor::Mode::Json);
    m_schema->setSpellCheckEnabled(false);
    m_schema->setObjectName(QStringLiteral("paramJsonSchema"));
    m_schema->setToolTip(tr("JSON schema the response must follow, e.g. { \"type\": \"object\", \"properties\": { … } }"));
    m_schema->setMinimumHeight(120);
    for (QCheckBox *c : {m_useTemperature, m_useTopP, m_useMaxTokens, m_useSeed})
        c->setToolTip(tr("Send this parameter; unchecked means the provider's default"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Temperature:"), row(this, m_useTemperature, m_temperature));
    form->addRow(tr("Top &p:"), row(this, m_useTopP, m_topP));
    form->addRow(tr("Max t&okens:"), row(this, m_useMaxTokens, m_maxTokens));
    form->addRow(tr("&Seed:"), row(this, m_useSeed, m_seed));
    form->addRow(tr("S&top:"), m_stop);
    form->addRow(tr("&Response:"), m_format);
    form->addRow(tr("JSON sc&hema:"), m_schema);

    auto emitChanged = [this] {
        updateEnabled();
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_model, &QLineEdit::textEdited, this, emitChanged);
    for (QCheckBox *c : {m_useTemperature, m_useTopP, m_useMaxTokens, m_useSeed})
        connect(c, &QCheckBox::toggled, this, emitChanged);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, emitChanged);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, emitChanged);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_stop, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_schema, &QsciScintilla::textChanged, this, emitChanged);
    updateEnabled();
}

void ParamsPanel::updateEnabled()
{
    m_temperature->setEnabled(m_useTemperature->isChecked());
    m_topP->setEnabled(m_useTopP->isChecked());
    m_maxTokens->setEnabled(m_useMaxTokens->isChecked());
    m_seed->setEnabled(m_useSeed->isChecked());
    m_schema->setEnabled(m_format->currentData().toString() == QLatin1StringView("json_schema"));
}

QJsonObject ParamsPanel::params() const
{
    QJsonObject p;
    if (!m_model->text().trimmed().isEmpty())
        p.insert(QStringLiteral("model"), m_model->text().trimmed());
    if (m_useTemperature->isChecked())
        p.insert(QStringLiteral("temperature"), m_temperature->value());
    if (m_useTopP->isChecked())
        p.insert(QStringLiteral("top_p"), m_topP->value());
    if (m_useMaxTokens->isChecked())
        p.insert(QStringLiteral("max_tokens"), m_maxTokens->value());
    if (m_useSeed->isChecked())
        p.insert(QStringLiteral("seed"), m_seed->value());
    QJsonArray stops;
    for (const QString &s : m_stop->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        stops.append(QString(s).replace(QStringLiteral("\\n"), QStringLiteral("\n")));
    if (!stops.isEmpty())
        p.insert(QStringLiteral("stop"), stops);
    const QString format = m_format->currentData().toString();
    if (format != QLatin1StringView("text"))
        p.insert(QStringLiteral("response_format"), format);
    if (format == QLatin1StringView("json_schema")) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_schema->text().toUtf8());
        // An unparsable schema is kept as text so nothing typed is lost; validation names it.
        p.insert(QStringLiteral("json_schema"), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(m_schema->text()));
    }
    return p;
}

void ParamsPanel::setParams(const QJsonObject &p)
{
    m_loading = true;
    m_model->setText(p.value(QStringLiteral("model")).toString());
    auto load = [&p](const char *key, QCheckBox *use, auto *box) {
        const QJsonValue v = p.value(QLatin1StringView(key));
        use->setChecked(!v.isUndefined());
        if (!v.isUndefined())
            box->setValue(v.toDouble());
    };
    load("temperature", m_useTemperature, m_temperature);
    load("top_p", m_useTopP, m_topP);
    load("max_tokens", m_useMaxTokens, m_maxTokens);
    load("seed", m_useSeed, m_seed);
    QStringList stops;
    for (const QJsonValue &s : p.value(QStringLiteral("stop")).toArray())
        stops << QString(s.toString()).replace(QStringLiteral("\n"), QStringLiteral("\\n"));
    m_stop->setPlainText(stops.join(u'\n'));
    const int idx = m_format->findData(p.value(QStringLiteral("response_format")).toString(QStringLiteral("text")));
    m_format->setCurrentIndex(qMax(0, idx));
    const QJsonValue schema = p.value(QStringLiteral("json_schema"));
    m_schema->setText(schema.isObject() ? QString::fromUtf8(QJsonDocument(schema.toObject()).toJson(QJsonDocument::Indented))
                                             : schema.toString());
    updateEnabled();
    m_loading = false;
}

void ParamsPanel::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_model, m_useTemperature, m_temperature, m_useTopP, m_topP,
                                                       m_useMaxTokens, m_maxTokens, m_useSeed, m_seed, m_format})
        w->setEnabled(!readOnly);
    m_stop->setReadOnly(readOnly);
    m_schema->setReadOnly(readOnly);
    if (!readOnly)
        updateEnabled();
}

} // namespace lathe
