// The window, opened from the command line (or only drawn, for --screenshot).

#include "cli/Cli.h"
#include "cli/CliCommands.h"

#include "actions/FileActions.h"
#include "panels/StartPage.h"
#include "session/SingleInstance.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

namespace edgeplan {

namespace {

int openWindow(const CliContext& context, const QStringList& args, const QString& screenshot, const QString& sample)
{
    if (args.size() > 1 || (!sample.isEmpty() && !args.isEmpty()))
        return usageError(Cli::tr("the window opens one project at a time"));
    QString samplePath;
    if (!sample.isEmpty()) {
        QStringList names;
        for (const StartPage::Sample& bundled : StartPage::samples()) {
            names << QFileInfo(bundled.path).completeBaseName();
            if (names.constLast() == sample)
                samplePath = bundled.path;
        }
        if (samplePath.isEmpty())
            return usageError(Cli::tr("no bundled sample is named '%1' (the samples: %2)")
                                  .arg(sample, names.join(QStringLiteral(", "))));
    }
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        printErr(
            (QStringLiteral("edgeplan: ") +
             Cli::tr("no display to open the window on.\n"
                     "  Run it under a virtual display:  xvfb-run -a edgeplan [PROJECT]\n"
                     "  or use the command line:         edgeplan rules PROJECT\n"
                     "                                   edgeplan --screenshot out.png PROJECT\n"
                     "  (edgeplan --help lists every command)"))
                .split(QLatin1Char('\n')));
        return kExitBadInput;
    }
    const QString path = args.isEmpty() ? QString() : QFileInfo(args[0]).absoluteFilePath();
    // A file opened from the desktop goes to the window already open, if any.
    const bool singleInstance = screenshot.isEmpty() && SingleInstance::enabled();
    if (singleInstance && QFileInfo(path).isFile() && SingleInstance::handOff(path))
        return kExitOk;
    // No file: the start page, over an empty plan.
    ProjectFileRead read;
    if (path.isEmpty() && samplePath.isEmpty()) {
        read.topology = FileActions::blankPlan(context.catalogs);
    } else {
        // A newer version's file opens read-only rather than not at all.
        read = readProjectFile(samplePath.isEmpty() ? path : samplePath, context.catalogs.registry(),
                               ProjectLoadOptions{/*acceptNewerVersion=*/true});
        if (!read.topology) {
            printErr(read.errors);
            return kExitBadInput;
        }
    }
    MainWindow window(context.catalogs, std::move(read.topology), path);
    window.setLanguage(context.lang);
    if (!samplePath.isEmpty())
        window.fileActions()->setSampleName(sample);
    else if (path.isEmpty())
        window.showStartPage();
    if (read.newerVersion)
        window.fileActions()->openedNewerVersion(read.version);
    if (!screenshot.isEmpty()) {
        window.resize(1600, 1000);
        window.show();
        QCoreApplication::processEvents();
        QString error;
        if (!window.saveScreenshot(screenshot, &error)) {
            printErr(error);
            return kExitBadInput;
        }
        return kExitOk;
    }
    if (singleInstance)
        (new SingleInstance(&window))->listen();
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    return QApplication::exec();
}

} // namespace

int runWindow(const CliRun& run)
{
    const QString& command = run.command;
    if (!command.isEmpty() && !command.endsWith(QLatin1String(".edgeplan")) &&
        !QFileInfo::exists(command))
        return usageError(Cli::tr("unknown command or missing file '%1'").arg(command));
    return openWindow(run.context, run.args, run.value(CliOption::Screenshot), run.value(CliOption::Sample));
}

} // namespace edgeplan
