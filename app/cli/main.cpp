#include "appinfo.h"
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    oversight::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return oversight::runCli(QCoreApplication::arguments(), out, err);
}
