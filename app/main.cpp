#include "Cli.h"

#include <QApplication>
#include <QCoreApplication>

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
    // A screenshot needs no screen; without one, the window cannot open and
    // the command line says so after it has checked the arguments.
    if (!headless && !hasDisplay() && screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (headless || (!hasDisplay() && !screenshot))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Edgeplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Edgeplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGEPLAN_VERSION));
    return edgeplan::runCommandLine(QCoreApplication::arguments());
}
