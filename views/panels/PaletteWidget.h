#pragma once

#include "base/Localized.h"

#include <QListWidget>

namespace edgeplan {

class Document;

// The component types of the document's catalog, one entry per role with
// its icon; dragging an entry onto the diagram adds a component of that
// role (MIME type kRoleMimeType). Activating one (double-click, Enter)
// reports it, for a window that adds the component without a drag.
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int kRoleIdRole = Qt::UserRole;

    explicit PaletteWidget(Document* document, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }
    // The MIME data a drag of the entries carries (exposed for tests).
    QMimeData* roleMimeData(const QList<QListWidgetItem*>& items) const { return mimeData(items); }

Q_SIGNALS:
    void roleActivated(const QString& roleId);

protected:
    void changeEvent(QEvent* event) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;

private:
    void rebuild();

    Document* m_document;
    Lang m_lang = Lang::En;
};

} // namespace edgeplan
