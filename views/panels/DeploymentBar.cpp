#include "panels/DeploymentBar.h"

#include "document/Document.h"
#include "io/ProjectFile.h"
#include "support/ToggleButton.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>

namespace edgeplan {

DeploymentBar::DeploymentBar(Document* document, const CatalogRegistry& catalogs, QWidget* parent)
    : QToolBar(parent), m_document(document), m_catalogs(catalogs), m_label(new QLabel(this)),
      m_variants(new QComboBox(this)), m_nat(new QAction(this)),
      m_catalogGroup(new QActionGroup(this)), m_variantGroup(new QActionGroup(this))
{
    setObjectName(QStringLiteral("deploymentBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_variants->setObjectName(QStringLiteral("variantCombo"));
    m_variants->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nat->setObjectName(QStringLiteral("natAction"));
    m_nat->setCheckable(true);
    addWidget(m_label);
    m_variantsAction = addWidget(m_variants);
    addAction(m_nat);
    showAsToggle(this, m_nat);
    connect(m_variants, &QComboBox::activated, this, [this](int index) {
        m_document->setVariant(m_variants->itemData(index).toString().toStdString());
        sync(); // a refused edit puts the combo back
    });
    connect(m_nat, &QAction::triggered, this, [this](bool on) {
        m_document->setNat(on);
        sync();
    });
    connect(document, &Document::modelReset, this, &DeploymentBar::rebuild);
    connect(document, &Document::projectChanged, this, &DeploymentBar::sync);
    retranslateUi(); // builds the controls too
}

void DeploymentBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void DeploymentBar::retranslateUi()
{
    setWindowTitle(tr("Deployment"));
    m_label->setText(tr("Deployment:") + QLatin1Char(' '));
    m_nat->setText(tr("NAT"));
    m_nat->setToolTip(tr("The edge's external services sit behind NAT: the outside reaches them "
                         "at their public (NAT) addresses"));
    if (m_catalogMenu)
        m_catalogMenu->setTitle(tr("&Catalog"));
    if (m_variantMenu)
        m_variantMenu->setTitle(tr("&Deployment"));
    rebuild();
}

void DeploymentBar::setLanguage(Lang lang)
{
    m_lang = lang;
    rebuild();
    rebuildCatalogMenu();
}

void DeploymentBar::populate(QMenu* projectMenu)
{
    m_catalogMenu = projectMenu->addMenu(tr("&Catalog"));
    m_catalogMenu->setObjectName(QStringLiteral("catalogMenu"));
    m_variantMenu = projectMenu->addMenu(tr("&Deployment"));
    m_variantMenu->setObjectName(QStringLiteral("variantMenu"));
    projectMenu->addAction(m_nat);
    rebuild();
    rebuildCatalogMenu();
}

void DeploymentBar::rebuild()
{
    const Catalog& catalog = m_document->catalog();
    {
        const QSignalBlocker block(m_variants);
        m_variants->clear();
        m_variants->addItem(tr("(not set)"), QString());
        for (const Variant& variant : catalog.variants)
            m_variants->addItem(QString::fromStdString(variant.name.text(m_lang)),
                                QString::fromStdString(variant.id));
    }
    // A catalog without variants (the seed's) has nothing to choose.
    m_label->setVisible(!catalog.variants.empty());
    m_variantsAction->setVisible(!catalog.variants.empty());
    if (m_variantMenu) {
        m_variantMenu->clear();
        for (QAction* action : m_variantGroup->actions())
            m_variantGroup->removeAction(action);
        for (const Variant& variant : catalog.variants) {
            QAction* action = m_variantMenu->addAction(QString::fromStdString(variant.name.text(m_lang)));
            action->setCheckable(true);
            action->setData(QString::fromStdString(variant.id));
            m_variantGroup->addAction(action);
            const std::string id = variant.id;
            connect(action, &QAction::triggered, this, [this, id] {
                m_document->setVariant(id);
                sync();
            });
        }
        m_variantMenu->setEnabled(!catalog.variants.empty());
    }
    sync();
}

// The catalogs do not change while the window is open: the menu is made
// once (and again for a language), never from one of its own actions.
void DeploymentBar::rebuildCatalogMenu()
{
    if (m_catalogMenu) {
        m_catalogMenu->clear();
        for (QAction* action : m_catalogGroup->actions())
            m_catalogGroup->removeAction(action);
        for (const std::string& id : m_catalogs.ids()) {
            const auto entry = m_catalogs.find(id);
            QAction* action = m_catalogMenu->addAction(QString::fromStdString(entry->title.text(m_lang)));
            action->setCheckable(true);
            action->setData(QString::fromStdString(id));
            action->setObjectName(QStringLiteral("catalog-%1").arg(QString::fromStdString(id)));
            m_catalogGroup->addAction(action);
            connect(action, &QAction::triggered, this,
                    [this, id] { chooseCatalog(QString::fromStdString(id)); });
        }
    }
    sync();
}

void DeploymentBar::sync()
{
    const Topology& topology = m_document->topology();
    const int index = m_variants->findData(QString::fromStdString(topology.variant()));
    {
        const QSignalBlocker block(m_variants);
        m_variants->setCurrentIndex(std::max(index, 0));
    }
    m_nat->setChecked(topology.nat());
    for (QAction* action : m_variantGroup->actions())
        action->setChecked(action->data().toString().toStdString() == topology.variant());
    for (QAction* action : m_catalogGroup->actions())
        action->setChecked(action->data().toString().toStdString() == topology.catalog().id);
}

void DeploymentBar::chooseCatalog(const QString& catalogId)
{
    QString error;
    if (!m_document->setCatalog(m_catalogs.find(catalogId.toStdString()), &error) && !error.isEmpty())
        QMessageBox::warning(window(), tr("Catalog"), error);
    sync();
}

} // namespace edgeplan
