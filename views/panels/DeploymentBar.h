#pragma once

#include "base/Localized.h"

#include <QToolBar>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;

namespace edgeplan {

class CatalogRegistry;
class Document;

// The plan's deployment as the port summaries divide it: the catalog it
// uses, the edge topology (single, scaled with DNS load balancing, scaled
// with hardware load balancers) and whether the edge sits behind NAT. Each
// choice is an undoable edit; the controls follow the model (undo, open).
class DeploymentBar : public QToolBar
{
    Q_OBJECT

public:
    DeploymentBar(Document* document, const CatalogRegistry& catalogs, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    // Project > Catalog, Project > Deployment and the NAT switch.
    void populate(QMenu* projectMenu);

    QComboBox* variantCombo() const { return m_variants; }
    // Hidden when the catalog has no variants (the seed's).
    QAction* variantComboAction() const { return m_variantsAction; }
    QAction* natAction() const { return m_nat; }
    QMenu* catalogMenu() const { return m_catalogMenu; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void rebuildCatalogMenu();
    void sync();
    void chooseCatalog(const QString& catalogId);

    Document* m_document;
    const CatalogRegistry& m_catalogs;
    Lang m_lang = Lang::En;
    QLabel* m_label;
    QComboBox* m_variants;
    QAction* m_variantsAction = nullptr; // the combo in the bar
    QAction* m_nat;
    QMenu* m_catalogMenu = nullptr;
    QMenu* m_variantMenu = nullptr;
    QActionGroup* m_catalogGroup;
    QActionGroup* m_variantGroup;
};

} // namespace edgeplan
