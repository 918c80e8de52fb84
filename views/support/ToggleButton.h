#pragma once

// A switch on a tool bar (a scenario, NAT, Port Numbers Only) drawn as a
// button both ways: raised when off, pressed when on. A tool bar's buttons
// are flat until hovered, so a switch that is off looks like a label.

#include <QAction>
#include <QToolBar>
#include <QToolButton>

namespace edgeplan {

inline void showAsToggle(QToolBar* bar, QAction* action)
{
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action)))
        button->setAutoRaise(false);
}

} // namespace edgeplan
