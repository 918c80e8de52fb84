// The diagram's geometry without a view: zone bands and walls, label text
// and arrows, and label placement on plans small and large.

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/LinkItem.h"
#include "document/Document.h"
#include "layout/DiagramLabelLayout.h"
#include "layout/ZoneLayout.h"
#include "plan/Generator.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace edgeplan;

class TestDiagramLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneAt_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<QString>("zone");
        QTest::newRow("left of everything") << -50.0 << "internal";
        QTest::newRow("internal") << 200.0 << "internal";
        QTest::newRow("just before the internal wall") << 399.0 << "internal";
        QTest::newRow("perimeter starts at 400") << 400.0 << "perimeter";
        QTest::newRow("perimeter") << 600.0 << "perimeter";
        QTest::newRow("Internet starts at 800") << 800.0 << "external";
        QTest::newRow("Internet") << 1080.0 << "external";
        QTest::newRow("right of everything") << 5000.0 << "external";
    }

    void zoneAt()
    {
        QFETCH(double, x);
        QFETCH(QString, zone);
        const ZoneLayout layout(*test::registry().find("lync2013-federation"));
        QCOMPARE(QString::fromStdString(layout.zoneAt(QPointF(x, 300))), zone);
    }

    void bandsAndWalls()
    {
        const ZoneLayout layout(*test::registry().find("lync2013-federation"));
        QCOMPARE(layout.bandRect("internal"), QRectF(0, 0, 400, ZoneLayout::kMinHeight));
        QCOMPARE(layout.bandRect("perimeter"), QRectF(400, 0, 400, ZoneLayout::kMinHeight));
        QCOMPARE(layout.bandRect("external"), QRectF(800, 0, 600, ZoneLayout::kMinHeight));
        QVERIFY(layout.bandRect("nowhere").isNull());
        QCOMPARE(layout.wallRect("internal").center().x(), 400.0);
        QCOMPARE(layout.wallRect("external").center().x(), 800.0);
        QCOMPARE(layout.wallRect("internal").width(), ZoneLayout::kWallWidth);
        QCOMPARE(layout.wallRects(Lang::En).size(), size_t(4)); // two walls, two badges
        QCOMPARE(layout.rect(), QRectF(0, 0, 1400, ZoneLayout::kMinHeight));
    }

    // A view zoomed onto the lower part of the plan (the presenter on a
    // hop) gets the zone titles along its top, in each band's header
    // colour; with the titles in view, nothing is drawn again.
    void pinnedTitlesNameTheZonesBelowTheTop()
    {
        const ZoneLayout layout(*test::registry().find("lync2013-federation"));
        QImage normal(1400, 100, QImage::Format_ARGB32_Premultiplied);
        normal.fill(Qt::transparent);
        {
            QPainter painter(&normal);
            layout.paint(&painter, QRectF(0, 0, 1400, 100), Lang::En, 1);
        }
        const auto pinned = [&](double top) {
            QImage image(1400, 100, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.translate(0, -top);
            layout.paintPinnedTitles(&painter, QRectF(0, top, 1400, 100), Lang::En, 1);
            return image;
        };
        const QImage low = pinned(500);
        int titled = 0;
        for (const QRectF& band : {layout.bandRect("internal"), layout.bandRect("perimeter"), layout.bandRect("external")}) {
            // Left of the title's text and right of the wall.
            const int x = int(band.left()) + 11;
            QCOMPARE(low.pixelColor(x, 2), normal.pixelColor(x, 2));
            QVERIFY(normal.pixelColor(x, 2) != normal.pixelColor(x, int(ZoneLayout::kHeaderHeight) + 20));
            // The name is drawn: some pixel of the header differs from its fill.
            bool text = false;
            for (int tx = x; tx < int(band.right()) - 20 && !text; ++tx)
                for (int ty = 8; ty < int(ZoneLayout::kHeaderHeight) - 8 && !text; ++ty)
                    text = low.pixelColor(tx, ty) != low.pixelColor(x, 2);
            titled += text;
        }
        QCOMPARE(titled, 3);
        const QImage top = pinned(0);
        QCOMPARE(top.pixelColor(11, 2).alpha(), 0);
    }

    void heightGrowsToFitAndShrinksBack()
    {
        ZoneLayout layout(*test::registry().find("lync2013-federation"));
        QVERIFY(!layout.fitHeight(700));
        QVERIFY(layout.fitHeight(1500));
        QVERIFY(layout.height() >= 1500);
        QCOMPARE(layout.bandRect("perimeter").height(), layout.height());
        QVERIFY(layout.fitHeight(300));
        QCOMPARE(layout.height(), ZoneLayout::kMinHeight);
    }

    void labelLine_data()
    {
        QTest::addColumn<bool>("aToB");
        QTest::addColumn<bool>("bToA");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("ports");
        const QPointF right(500, 20);
        const QPointF left(-500, 20);
        QTest::newRow("a to b, b on the right") << true << false << right << "TCP 443 SIP (TLS) →" << "443 →";
        QTest::newRow("a to b, b on the left") << true << false << left << "TCP 443 SIP (TLS) ←" << "443 ←";
        QTest::newRow("b to a, b on the right") << false << true << right << "TCP 443 SIP (TLS) ←" << "443 ←";
        QTest::newRow("both ways") << true << true << left << "TCP 443 SIP (TLS) ⇄" << "443 ⇄";
        QTest::newRow("a to b, b below") << true << false << QPointF(10, 400) << "TCP 443 SIP (TLS) ↓" << "443 ↓";
        QTest::newRow("a to b, b above") << true << false << QPointF(10, -400) << "TCP 443 SIP (TLS) ↑" << "443 ↑";
    }

    void labelLine()
    {
        QFETCH(bool, aToB);
        QFETCH(bool, bToA);
        QFETCH(QPointF, b);
        QFETCH(QString, full);
        QFETCH(QString, ports);
        const LinkLabelLine line{"TCP", "443", "SIP (TLS)", aToB, bToA};
        QCOMPARE(formatLabelLine(line, LabelMode::Full, QPointF(0, 0), b), full);
        QCOMPARE(formatLabelLine(line, LabelMode::PortsOnly, QPointF(0, 0), b), ports);
    }

    void labelLines()
    {
        const std::vector<LinkLabelLine> lines = {{"TCP", "5061", "SIP (MTLS)", true, true},
                                                  {"TCP", "443", "SIP (TLS)", false, true}};
        const QPointF a(0, 0);
        const QPointF b(-300, 0);
        QCOMPARE(formatLinkLabel(lines, LabelMode::Full, a, b),
                 (QStringList{"TCP 5061 SIP (MTLS) ⇄", "TCP 443 SIP (TLS) →"}));
        QCOMPARE(formatLinkLabel(lines, LabelMode::PortsOnly, a, b), QStringList{"5061 ⇄, 443 →"});
        QCOMPARE(formatLinkLabel({}, LabelMode::Full, a, b), QStringList{"no rules"});
    }

    void rectIndex()
    {
        RectIndex index(50);
        index.insert(QRectF(0, 0, 10, 10));
        index.insert(QRectF(-500, 300, 1000, 20)); // spans many cells, negative too
        QVERIFY(index.intersects(QRectF(5, 5, 2, 2)));
        QVERIFY(!index.intersects(QRectF(20, 20, 5, 5)));
        QVERIFY(index.intersects(QRectF(-420, 310, 1, 1)));
        QVERIFY(!index.intersects(QRectF(-420, 330, 1, 1)));
        index.insert(QRectF(10000, 10000, 1e6, 1e6)); // too many cells to bucket
        QVERIFY(index.intersects(QRectF(500000, 500000, 1, 1)));
        QVERIFY(index.intersects(QRectF(-1e7, -1e7, 2e7, 2e7))); // a huge query too
        QVERIFY(!index.intersects(QRectF(5000, 5000, 1, 1)));
        QCOMPARE(index.size(), size_t(3));
    }

    void placementAvoidsObstaclesAndIsDeterministic()
    {
        // Ten parallel links, an obstacle across the middle of each.
        std::vector<LabelRequest> requests;
        std::vector<QRectF> obstacles;
        for (int i = 0; i < 10; ++i) {
            requests.push_back({QLineF(0, i * 40, 600, i * 40), QSizeF(120, 18)});
            obstacles.push_back(QRectF(250, i * 40 - 5, 100, 10));
        }
        const std::vector<QRectF> soft = {QRectF(395, -100, 10, 600)};
        const auto centres = placeLabels(requests, obstacles, soft);
        QCOMPARE(centres.size(), requests.size());
        QCOMPARE(placeLabels(requests, obstacles, soft), centres);
        std::vector<QRectF> boxes;
        for (size_t i = 0; i < centres.size(); ++i) {
            const QRectF box(centres[i] - QPointF(60, 9), QSizeF(120, 18));
            for (const QRectF& obstacle : obstacles)
                QVERIFY(!box.intersects(obstacle));
            QVERIFY(!box.intersects(soft[0]));
            for (const QRectF& other : boxes)
                QVERIFY(!box.intersects(other));
            boxes.push_back(box);
        }
    }

    // A plan far larger than any real one still lays out in well under a second.
    void largePlanLaysOutQuickly()
    {
        auto topology = std::make_unique<Topology>(test::registry().find("lync2013-federation"));
        for (const Scenario& scenario : topology->catalog().scenarios)
            topology->setScenarioEnabled(scenario.id, true);
        for (int row = 0; row < 150; ++row) {
            const double y = 100 + row * 160;
            const ComponentId edge = topology->addComponent("edge-server", "edge", "perimeter", {600, y});
            const ComponentId partner =
                topology->addComponent("sip-federation-partner", "p", "external", {1100, y + 40});
            const ComponentId client =
                topology->addComponent("external-client", "c", "external", {1300, y - 40});
            topology->addLink(edge, partner);
            topology->addLink(client, edge);
        }
        Document document(std::move(topology));
        QElapsedTimer timer;
        timer.start();
        DiagramScene scene(&document);
        scene.layoutLabels();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        std::vector<QRectF> labels;
        for (const auto& [id, link] : document.topology().links())
            labels.push_back(scene.linkItem(id)->label()->sceneBoundingRect());
        RectIndex placed;
        for (const QRectF& label : labels) {
            QVERIFY(!placed.intersects(label));
            placed.insert(label);
        }
        QVERIFY(scene.zoneLayout().height() > 150 * 160);
    }

    // A generated plan (plan/Generator) stands in the zone bands drawn.
    void componentsStandInTheirZoneBands()
    {
        const auto plan = generatePlan(test::registry().find("lync2013-federation"), {8, 60, 9});
        const ZoneLayout layout(plan->catalog());
        for (const auto& [id, component] : plan->components()) {
            const QRectF band = layout.bandRect(component.zone);
            QVERIFY2(component.position.x > band.left() && component.position.x < band.right(),
                     component.name.c_str());
            QVERIFY(component.position.y > ZoneLayout::kHeaderHeight);
        }
    }
};

QTEST_MAIN(TestDiagramLayout)
#include "tst_diagramlayout.moc"
