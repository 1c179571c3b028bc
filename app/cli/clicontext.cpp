#include "clicontext.h"

#include <QJsonDocument>

namespace lathe::cli {

int CliContext::fail(int code, const QString &message) const
{
    err << "lathe-cli " << commandName << ": " << message << Qt::endl;
    return code;
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, int minPositional,
                                     int maxPositional) const
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return fail(UsageError, parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Success;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional)
        return fail(UsageError, QStringLiteral("missing arguments (see --help)"));
    if (maxPositional >= 0 && n > maxPositional)
        return fail(UsageError, QStringLiteral("unexpected argument '%1' (see --help)")
                                    .arg(parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

void CliContext::printJson(const QJsonObject &object) const
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace lathe::cli
