// Copy, cut, paste and duplicate of components through the clipboard.

#include "document/Clipboard.h"
#include "document/Document.h"
#include "support/Catalogs.h"
#include "TestSupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTest>

using namespace edgeplan;
using edgeplan::test::componentNamed;
using edgeplan::test::loadSample;

class TestClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>(loadSample());
        m_clipboard = std::make_unique<Clipboard>(m_document.get());
        QGuiApplication::clipboard()->clear();
    }

    void copyPasteGivesFreshIdsUniqueNamesAndKeepsLinks()
    {
        const Topology& t = m_document->topology();
        const ComponentId edge = componentNamed(t, "edge01");
        const ComponentId pool = componentNamed(t, "fepool01");
        const ComponentId partner = componentNamed(t, "Fabrikam (SIP federation)");
        const std::string before = saveProject(t);
        const ComponentId firstFree = t.nextComponentId();
        const LinkId firstFreeLink = t.nextLinkId();
        const size_t componentCount = t.components().size();
        const size_t linkCount = t.links().size();

        QVERIFY(m_clipboard->copy({edge, pool}));
        QVERIFY(m_clipboard->canPaste());
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(kItemsMimeType));
        const int steps = m_document->undoStack()->count();
        const std::vector<ComponentId> pasted = m_clipboard->paste();
        QCOMPARE(pasted.size(), size_t(2));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(pasted[0], firstFree);
        QCOMPARE(pasted[1].value, firstFree.value + 1);
        QCOMPARE(t.components().size(), componentCount + 2);

        const Component* edgeCopy = t.component(pasted[0]);
        const Component* poolCopy = t.component(pasted[1]);
        QCOMPARE(edgeCopy->role, t.component(edge)->role);
        // Numbered on as servers are (#25), not "edge01 2".
        QCOMPARE(edgeCopy->name, std::string("edge02"));
        QCOMPARE(poolCopy->name, std::string("fepool02"));
        QCOMPARE(edgeCopy->position.x, t.component(edge)->position.x + Clipboard::kPasteOffset);
        QCOMPARE(edgeCopy->position.y, t.component(edge)->position.y + Clipboard::kPasteOffset);
        QCOMPARE(edgeCopy->interfaces, t.component(edge)->interfaces);

        // The link between the two copied components comes along; the one to
        // the partner, which was not copied, does not.
        QCOMPARE(t.links().size(), linkCount + 1);
        const Link* link = t.link(firstFreeLink);
        QVERIFY(link);
        QCOMPARE(std::minmax(link->a, link->b), std::minmax(pasted[0], pasted[1]));
        QVERIFY(!t.linkBetween(pasted[0], partner).isValid());

        m_document->undoStack()->undo();
        QCOMPARE(saveProject(t), before);
    }

    void pastingAgainMovesOnAndCountsOn()
    {
        const Topology& t = m_document->topology();
        const ComponentId edge = componentNamed(t, "edge01");
        QVERIFY(m_clipboard->copy({edge}));
        const ComponentId first = m_clipboard->paste().at(0);
        const ComponentId second = m_clipboard->paste().at(0);
        QVERIFY(second > first);
        QCOMPARE(t.component(first)->name, std::string("edge02"));
        QCOMPARE(t.component(second)->name, std::string("edge03"));
        QCOMPARE(t.component(second)->position.x,
                 t.component(edge)->position.x + 2 * Clipboard::kPasteOffset);
        // A copy of a copy counts on from the base name rather than nesting.
        QVERIFY(m_clipboard->copy({second}));
        QCOMPARE(t.component(m_clipboard->paste().at(0))->name, std::string("edge04"));
    }

    void cutRemovesInOneStepAndPasteKeepsFreeNames()
    {
        const Topology& t = m_document->topology();
        const ComponentId edge = componentNamed(t, "edge01");
        const std::string before = saveProject(t);
        const int steps = m_document->undoStack()->count();
        QVERIFY(m_clipboard->cut({edge}, {}));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QVERIFY(!t.component(edge));
        QVERIFY(t.links().empty()); // every link of the sample ends at the edge server
        const std::vector<ComponentId> pasted = m_clipboard->paste();
        QCOMPARE(pasted.size(), size_t(1));
        QVERIFY(pasted[0] != edge);
        QCOMPARE(t.component(pasted[0])->name, std::string("edge01"));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(saveProject(t), before);
    }

    void duplicateIsOneStepAndLeavesTheClipboard()
    {
        const Topology& t = m_document->topology();
        const ComponentId edge = componentNamed(t, "edge01");
        const ComponentId xmpp = componentNamed(t, "Litware (XMPP)");
        const std::string before = saveProject(t);
        const int steps = m_document->undoStack()->count();
        const std::vector<ComponentId> copies = m_clipboard->duplicate({edge, xmpp});
        QCOMPARE(copies.size(), size_t(2));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QVERIFY(t.linkBetween(copies[0], copies[1]).isValid());
        QCOMPARE(t.component(copies[1])->name, std::string("Litware (XMPP) 2"));
        QVERIFY(!m_clipboard->canPaste());
        const std::string after = saveProject(t);
        m_document->undoStack()->undo();
        QCOMPARE(saveProject(t), before);
        m_document->undoStack()->redo();
        QCOMPARE(saveProject(t), after);
    }

    void foreignClipboardIsRefused()
    {
        auto* mime = new QMimeData;
        mime->setData(kItemsMimeType, "{ not json");
        QGuiApplication::clipboard()->setMimeData(mime);
        QVERIFY(m_clipboard->canPaste());
        const std::string before = saveProject(m_document->topology());
        QString error;
        QVERIFY(m_clipboard->paste(&error).empty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(saveProject(m_document->topology()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void nothingSelectedCopiesNothing()
    {
        QVERIFY(!m_clipboard->copy({}));
        QVERIFY(m_clipboard->duplicate({}).empty());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Clipboard> m_clipboard;
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
