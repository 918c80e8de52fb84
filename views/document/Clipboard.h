#pragma once

#include "plan/Topology.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <vector>

namespace edgeplan {

class Document;

inline constexpr char kItemsMimeType[] = "application/x-edgeplan-items";

// Components and the links between them, as the clipboard carries them.
struct ItemSet
{
    std::vector<Component> components;
    std::vector<Link> links;
};

// The components and every link whose two ends are among them.
ItemSet collectItems(const Topology& topology, const std::vector<ComponentId>& components);

// The items as clipboard bytes: a small project of the same catalog, so the
// project loader checks them again on the way back in.
QByteArray encodeItems(const Topology& topology, const ItemSet& items);
// False with a message when the bytes are not items of this plan's catalog.
bool decodeItems(const Topology& topology, const QByteArray& bytes, ItemSet* items, QString* error);

// The items renumbered with ids the plan has not used, moved by `offset` and
// renamed where a name is taken, ready for Document::insertItems.
ItemSet prepareForInsert(const Topology& topology, const ItemSet& items, Point offset);

// Copy, cut, paste and duplicate of a document's components through the
// system clipboard; each paste or duplicate is one undo step.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr double kPasteOffset = 30;

    explicit Clipboard(Document* document, QObject* parent = nullptr);

    bool copy(const std::vector<ComponentId>& components);
    // Copies the components, then deletes them and the given links as one step.
    bool cut(const std::vector<ComponentId>& components, const std::vector<LinkId>& links);
    bool canPaste() const;
    // The ids of the new components; empty (with `error` when there was a
    // reason to tell) when nothing was pasted.
    std::vector<ComponentId> paste(QString* error = nullptr);
    std::vector<ComponentId> duplicate(const std::vector<ComponentId>& components,
                                       QString* error = nullptr);

Q_SIGNALS:
    void canPasteChanged(bool canPaste);

private:
    std::vector<ComponentId> insert(const ItemSet& items, Point offset, const QString& text,
                                    QString* error);

    Document* m_document;
    int m_pasteCount = 0;
};

} // namespace edgeplan
