#include "datasetcelltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCellText)
};

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: write it inside an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// "line L, column C" of the character at `offset` in `text`, both 1-based.
QString where(const QString &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype line = text.left(offset).count(u'\n') + 1;
    const qsizetype lineStart = text.lastIndexOf(u'\n', offset - 1) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

} // namespace

bool DatasetCellText::isStructured(const QJsonValue &value, ColumnType type)
{
    return type == ColumnType::Json || value.isObject() || value.isArray();
}

QString DatasetCellText::display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    default: return compactJson(value);
    }
}

QString DatasetCellText::singleLine(const QString &text, int maxChars)
{
    QString line = text.size() > maxChars ? text.left(maxChars) + u'…' : text;
    line.replace(QStringLiteral("\r\n"), QStringLiteral("⏎"));
    line.replace(u'\n', QStringLiteral("⏎"));
    return line;
}

QString DatasetCellText::edit(const QJsonValue &value, ColumnType type)
{
    if (!isStructured(value, type) || value.isUndefined())
        return display(value);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return compactJson(value);
}

std::optional<QJsonValue> DatasetCellText::parse(const QString &text, ColumnType type, bool structured,
                                                 QString *errorMessage)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (structured) {
        // QJsonDocument reads only objects and arrays: read the text as the one element of an array.
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson('[' + utf8 + "\n]", &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
            if (errorMessage) {
                const qsizetype byte = std::clamp<qsizetype>(parseError.offset - 1, 0, utf8.size());
                qsizetype offset = QString::fromUtf8(utf8.left(byte)).size();
                // Qt reports a bad literal ("tru") where it stopped reading: point at its start.
                qsizetype start = offset;
                while (start > 0 && text.at(start - 1).isSpace())
                    --start;
                if (start > 0 && text.at(start - 1).isLetterOrNumber()) {
                    while (start > 0 && text.at(start - 1).isLetterOrNumber())
                        --start;
                    offset = start;
                }
                const QString reason = parseError.error != QJsonParseError::NoError
                    ? parseError.errorString()
                    : Tr::tr("expected a single JSON value");
                *errorMessage = parseError.error != QJsonParseError::NoError
                    ? Tr::tr("%1: %2").arg(where(text, offset), reason)
                    : reason;
            }
            return std::nullopt;
        }
        return doc.array().at(0);
    }
    if (type == ColumnType::Number) {
        bool ok = false;
        const double number = QLocale::c().toDouble(text.trimmed(), &ok);
        if (ok)
            return QJsonValue(number);
    }
    return QJsonValue(text);
}

} // namespace lathe
