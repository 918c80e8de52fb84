#include "cli/Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

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
    // Exports draw with Qt's painter but never show a window.
    const bool paints = edgeplan::isPaintingCommand(edgeplan::firstPositional(rest));
    if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if ((paints || screenshot) && !qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        // Qt warns on every run without one; a private folder of our own quiets it.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/edgeplan-runtime-" +
                               QByteArray::number(uint(getuid()));
        if (QDir().mkpath(QString::fromLocal8Bit(dir)) &&
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFile::ReadOwner | QFile::WriteOwner |
                                                                   QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    // A screenshot needs no screen; without one, the window cannot open and
    // the command line says so after it has checked the arguments.
    if (!headless && !hasDisplay() && screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (!paints && (headless || (!hasDisplay() && !screenshot)))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Edgeplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Edgeplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGEPLAN_VERSION));
    // Wayland matches the window to the installed desktop entry and its icon by this id.
    if (qobject_cast<QGuiApplication*>(app.get()))
        QGuiApplication::setDesktopFileName(QStringLiteral(EDGEPLAN_APP_ID));
    return edgeplan::runCommandLine(QCoreApplication::arguments());
}
