#pragma once

// A window test's fixture: a fresh main window on the NAT sample for each
// test function (English, the settings of a test run of their own), closed
// without asking afterwards. A test class derives from it and uses m_window.

#include "window/MainWindow.h"

#include <QObject>

#include <memory>

namespace edgeplan::test {

class SampleWindowTest : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
};

} // namespace edgeplan::test
