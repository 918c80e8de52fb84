#include "Cli.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QStringList rest = arguments.mid(1);
    const bool headless = edgeplan::isHeadlessCommand(edgeplan::firstPositional(rest)) ||
                          rest.contains(QStringLiteral("--help")) ||
                          rest.contains(QStringLiteral("-h")) ||
                          rest.contains(QStringLiteral("--version")) ||
                          rest.contains(QStringLiteral("-v"));
    const bool screenshot = rest.contains(QStringLiteral("--screenshot"));
    if (!headless && !hasDisplay()) {
        if (!screenshot) {
            std::fputs("edgeplan: no display to open the window on.\n"
                       "  Run it under a virtual display:  xvfb-run -a edgeplan [PROJECT]\n"
                       "  or use the command line:         edgeplan rules PROJECT\n"
                       "                                   edgeplan --screenshot out.png PROJECT\n"
                       "  (edgeplan --help lists every command)\n",
                       stderr);
            return edgeplan::kExitBadInput;
        }
        // A screenshot needs no screen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Edgeplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Edgeplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGEPLAN_VERSION));
    return edgeplan::runCommandLine(QCoreApplication::arguments());
}
