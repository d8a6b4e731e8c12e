#include "appinfo.h"
#include "cli/cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform asks for XDG_RUNTIME_DIR, which a script or a service account often lacks; its
// complaint is noise on stderr, where scripts expect only our messages.
void quietRuntimeDir(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

/// Only the documents need fonts, and fonts need a GUI application; the other commands stay light.
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "notice") == 0 || std::strcmp(argv[i], "ledger") == 0 ||
            std::strcmp(argv[i], "cleanup") == 0 || std::strcmp(argv[i], "report") == 0)
            return true;
        // draw record / draw results paint PDFs
        if (std::strcmp(argv[i], "draw") == 0 && i + 1 < argc &&
            (std::strcmp(argv[i + 1], "record") == 0 || std::strcmp(argv[i + 1], "results") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
        // The offscreen platform needs no display; a command-line program never wants another one, even
        // when the environment names xcb for the desktop (without a display, xcb would abort).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietRuntimeDir);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    oversight::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return oversight::runCli(QCoreApplication::arguments(), out, err);
}
