#pragma once

// The main window on a bundled sample, as the window tests open it: the
// settings of a test run of their own, English, shown and exposed.

#include "support/Language.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace edgeplan::test {

// Settings in the test location, empty: no earlier run's window state.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan")).clear();
}

// The window on the sample, in English; null (and a failed check) when it
// does not show.
inline std::unique_ptr<MainWindow> openSampleWindow(const char* sample)
{
    installLanguage(Lang::En);
    auto window = std::make_unique<MainWindow>(builtInCatalogs(), loadBundledSample(sample), QString());
    window->setLanguage(Lang::En);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// Closes the window without asking to save, and puts English back.
inline void closeWindow(std::unique_ptr<MainWindow>& window)
{
    if (window)
        window->document()->markSaved();
    window.reset();
    installLanguage(Lang::En);
}

} // namespace edgeplan::test
