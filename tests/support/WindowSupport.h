#pragma once

// The main window on a bundled sample, as the window tests open it: the
// settings of a test run of their own, English, shown and exposed.

#include "document/Document.h"
#include "support/Language.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <functional>
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

// Triggers the window's action and runs `use` on the modal dialog it opens
// (which accepts or rejects it; a dialog left open is rejected).
template <typename Dialog>
void withDialog(MainWindow& window, const char* actionName, const std::function<void(Dialog*)>& use)
{
    bool ran = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        ran = true;
        use(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QAction* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    QVERIFY(action);
    action->trigger();
    QVERIFY(ran);
}

} // namespace edgeplan::test
