#pragma once

// Runs the real edgeplan binary as a script would, without a display.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace edgeplan::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run edgeplanRun(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(EDGEPLAN_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("edgeplan did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace edgeplan::test
