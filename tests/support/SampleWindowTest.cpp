#include "SampleWindowTest.h"

#include "WindowSupport.h"

namespace edgeplan::test {

void SampleWindowTest::initTestCase()
{
    useTestSettings();
}

void SampleWindowTest::init()
{
    m_window = openSampleWindow("consolidated-edge-nat.edgeplan");
    QVERIFY(m_window);
}

void SampleWindowTest::cleanup()
{
    closeWindow(m_window);
}

} // namespace edgeplan::test
