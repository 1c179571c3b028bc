#include "commandregistry.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = lathe::cli::createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lathe"));
    QCoreApplication::setApplicationName(QStringLiteral("lathe-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = lathe::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
