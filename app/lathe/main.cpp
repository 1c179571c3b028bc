#include "icontheme.h"
#include "mainwindow.h"
#include "workspacecontroller.h"

#include "translationloader.h"

#include "core/appsettings.h"
#include "core/buildinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lathe"));
    QApplication::setApplicationName(QStringLiteral("Lathe"));
    QApplication::setApplicationVersion(lathe::BuildInfo::versionString());
    // The AppStream/desktop id: matches org.lathe.Lathe.desktop installed by packaging/.
    QApplication::setDesktopFileName(QStringLiteral("org.lathe.Lathe"));
    // resources/icons/org.lathe.Lathe.svg, compiled in by app/CMakeLists.txt.
    lathe::IconTheme::install();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/lathe/icons/org.lathe.Lathe.svg")));

    // Before any translated string or widget: the language of the settings (System follows
    // the system's preferred languages).
    lathe::TranslationLoader::install(lathe::AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Prompt engineering workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "A .lathe workspace to open."),
                                 QStringLiteral("[workspace]"));
    parser.process(app);

    lathe::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.controller()->openPath(files.constFirst());
    return app.exec();
}
