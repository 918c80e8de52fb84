// The presenter view plays a flow on the sample with the keyboard: each
// step highlights its own link, the dot runs from the hop's source to its
// destination, and the plan's changes show at once. No sleeping: the dot's
// animation is driven through its clock.
//
// With EDGEPLAN_SCREENSHOT_DIR set, it also writes the screenshots of docs/trainer-mode.md
// (presenter-step1.png, presenter-step2.png) of the XMPP flow there.

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "presenter/PresenterView.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QVariantAnimation>
#include <QtTest>

using namespace edgeplan;

class TestPresenter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<PresenterView> m_presenter;

    const Topology& topology() const { return m_document->topology(); }

    LinkId linkBetween(const char* a, const char* b) const
    {
        return topology().linkBetween(test::componentNamed(topology(), a), test::componentNamed(topology(), b));
    }

    QPointF centreOf(const char* name) const
    {
        return m_presenter->scene()->componentItem(test::componentNamed(topology(), name))->pos();
    }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>(test::loadSample());
        m_presenter = std::make_unique<PresenterView>(m_document.get());
        m_presenter->resize(1600, 900);
        m_presenter->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_presenter.get()));
    }

    void cleanup()
    {
        m_presenter.reset();
        m_document.reset();
    }

    void pickerListsThePlayableFlows()
    {
        QCOMPARE(m_presenter->flowIds(),
                 (QStringList{"sip-federation-im", "public-im-exchange", "external-client-sign-in",
                              "messenger-av-call", "xmpp-partner-message"}));
        QCOMPARE(m_presenter->currentFlowId(), std::string("sip-federation-im"));
        QCOMPARE(m_presenter->currentStep(), 0);
        QCOMPARE(m_presenter->highlightedLink(), linkBetween("edge01", "Fabrikam (SIP federation)"));
        // The flow shown is marked in the list (bold), the others are not.
        auto* picker = m_presenter->findChild<QComboBox*>();
        QVERIFY(picker);
        QVERIFY(m_presenter->setFlow("public-im-exchange"));
        for (int i = 0; i < picker->count(); ++i)
            QCOMPARE(picker->itemData(i, Qt::FontRole).value<QFont>().bold(),
                     picker->itemData(i).toString() == QStringLiteral("public-im-exchange"));
        QVERIFY(m_presenter->setFlow("sip-federation-im"));
        QVERIFY(picker->itemData(0, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!picker->itemData(1, Qt::FontRole).value<QFont>().bold());
        m_document->setScenarioEnabled("xmpp-federation", false);
        QTRY_COMPARE(m_presenter->flowIds().size(), 4);
        QVERIFY(!m_presenter->setFlow("xmpp-partner-message"));
    }

    void keyboardSteps()
    {
        QVERIFY(m_presenter->setFlow("xmpp-partner-message"));
        QCOMPARE(m_presenter->stepCount(), 3);
        const LinkId partnerLink = linkBetween("edge01", "Litware (XMPP)");
        const LinkId gatewayLink = linkBetween("fepool01", "edge01");
        QVERIFY(partnerLink.isValid() && gatewayLink.isValid());
        QCOMPARE(m_presenter->currentStep(), 0);
        QCOMPARE(m_presenter->highlightedLink(), partnerLink);
        QCOMPARE(m_presenter->scene()->highlightedLink(), partnerLink);
        QCOMPARE(m_presenter->badgeText(), QStringLiteral("TCP 5269 XMPP"));

        QSignalSpy steps(m_presenter.get(), &PresenterView::stepChanged);
        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        QCOMPARE(m_presenter->currentStep(), 1);
        QCOMPARE(m_presenter->highlightedLink(), gatewayLink);
        QCOMPARE(m_presenter->badgeText(), QStringLiteral("TCP 23456 XMPP (MTLS)"));
        QVERIFY(m_presenter->captionText().contains(QStringLiteral("23456")));

        QTest::keyClick(m_presenter.get(), Qt::Key_Space);
        QCOMPARE(m_presenter->currentStep(), 2);
        QCOMPARE(m_presenter->highlightedLink(), partnerLink);
        QTest::keyClick(m_presenter.get(), Qt::Key_Right); // the last step stays
        QCOMPARE(m_presenter->currentStep(), 2);

        QTest::keyClick(m_presenter.get(), Qt::Key_Left);
        QCOMPARE(m_presenter->currentStep(), 1);
        QCOMPARE(m_presenter->highlightedLink(), gatewayLink);
        QTest::keyClick(m_presenter.get(), Qt::Key_Backspace);
        QCOMPARE(m_presenter->currentStep(), 0);
        QCOMPARE(m_presenter->highlightedLink(), partnerLink);
        QTest::keyClick(m_presenter.get(), Qt::Key_Left); // the first step stays
        QCOMPARE(m_presenter->currentStep(), 0);

        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        QCOMPARE(m_presenter->currentStep(), 2);
        QTest::keyClick(m_presenter.get(), Qt::Key_Home);
        QCOMPARE(m_presenter->currentStep(), 0);
        QCOMPARE(m_presenter->highlightedLink(), partnerLink);
        QCOMPARE(steps.size(), 7);
    }

    void dotRunsFromSourceToDestination()
    {
        QVERIFY(m_presenter->setFlow("xmpp-partner-message"));
        QVariantAnimation* animation = m_presenter->dotAnimation();
        // Step 1: partner → Access Edge.
        QCOMPARE(animation->startValue().toPointF(), centreOf("Litware (XMPP)"));
        QCOMPARE(animation->endValue().toPointF(), centreOf("edge01"));
        QCOMPARE(animation->state(), QAbstractAnimation::Running);
        animation->pause();
        animation->setCurrentTime(0);
        QCOMPARE(m_presenter->dotPosition(), centreOf("Litware (XMPP)"));
        animation->setCurrentTime(animation->duration());
        QCOMPARE(m_presenter->dotPosition(), centreOf("edge01"));
        // Step 2: the XMPP gateway opens the connection, inside to the edge.
        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        QCOMPARE(animation->startValue().toPointF(), centreOf("fepool01"));
        QCOMPARE(animation->endValue().toPointF(), centreOf("edge01"));
        // Step 3: the reply goes the other way along the partner's link.
        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        QCOMPARE(animation->startValue().toPointF(), centreOf("edge01"));
        QCOMPARE(animation->endValue().toPointF(), centreOf("Litware (XMPP)"));
    }

    void othersAreDimmed()
    {
        QVERIFY(m_presenter->setFlow("xmpp-partner-message"));
        DiagramScene* scene = m_presenter->scene();
        QCOMPARE(scene->componentItem(test::componentNamed(topology(), "edge01"))->opacity(), 1.0);
        QCOMPARE(scene->componentItem(test::componentNamed(topology(), "Litware (XMPP)"))->opacity(), 1.0);
        QVERIFY(scene->componentItem(test::componentNamed(topology(), "fepool01"))->opacity() < 0.5);
        QVERIFY(scene->componentItem(test::componentNamed(topology(), "Remote user"))->opacity() < 0.5);
        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        QCOMPARE(scene->componentItem(test::componentNamed(topology(), "fepool01"))->opacity(), 1.0);
        QVERIFY(scene->componentItem(test::componentNamed(topology(), "Litware (XMPP)"))->opacity() < 0.5);
    }

    void deletedLinkShowsWhatIsMissing()
    {
        QVERIFY(m_presenter->setFlow("xmpp-partner-message"));
        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        const LinkId gatewayLink = linkBetween("fepool01", "edge01");
        QVERIFY(m_document->removeItems({}, {gatewayLink}));
        QTRY_VERIFY(m_presenter->resolvedFlow().missingCount() == 1);
        QCOMPARE(m_presenter->currentStep(), 1);
        QVERIFY(!m_presenter->highlightedLink().isValid());
        QVERIFY(m_presenter->badgeText().contains(QStringLiteral("23456")));
        m_document->undoStack()->undo();
        QTRY_COMPARE(m_presenter->highlightedLink(), linkBetween("fepool01", "edge01"));
    }

    void escapeCloses()
    {
        QVERIFY(m_presenter->isVisible());
        QTest::keyClick(m_presenter.get(), Qt::Key_Escape);
        QVERIFY(!m_presenter->isVisible());
    }

    void japanese()
    {
        m_presenter->setLanguage(Lang::Ja);
        QVERIFY(m_presenter->setFlow("xmpp-partner-message"));
        QVERIFY(m_presenter->captionText().contains(QStringLiteral("アクセス エッジ サービス")));
    }

    void mainWindowPresentsOnF5()
    {
        const Catalogs catalogs = Catalogs::builtIn();
        MainWindow window(catalogs, test::loadSample(), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("presentAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("flowHandoutAction")));
        action->trigger();
        QPointer<PresenterView> presenter = window.presenter();
        QVERIFY(presenter);
        QVERIFY(presenter->isVisible());
        QVERIFY(presenter->setFlow("xmpp-partner-message"));
        QCOMPARE(presenter->highlightedLink(),
                 window.document()->topology().linkBetween(
                     test::componentNamed(window.document()->topology(), "Litware (XMPP)"),
                     test::componentNamed(window.document()->topology(), "edge01")));
        // The editor's own diagram keeps its state.
        QVERIFY(!window.scene()->highlightedLink().isValid());
        QTest::keyClick(presenter, Qt::Key_Escape);
        QTRY_VERIFY(!presenter); // closed and deleted
    }

    // Not a check: the pictures for docs/trainer-mode.md, when asked for.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("EDGEPLAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("EDGEPLAN_SCREENSHOT_DIR is not set");
        QVERIFY(m_presenter->setFlow("xmpp-partner-message"));
        for (int step = 0; step < 2; ++step) {
            m_presenter->setStep(step);
            QVariantAnimation* animation = m_presenter->dotAnimation();
            animation->pause();
            animation->setCurrentTime(animation->duration() * 55 / 100);
            const QString path = QDir(dir).filePath(QStringLiteral("presenter-step%1.png").arg(step + 1));
            QVERIFY(m_presenter->grab().save(path, "PNG"));
        }
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
