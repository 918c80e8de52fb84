#include "panels/PaletteWidget.h"

#include "diagram/DiagramTypes.h"
#include "document/Document.h"

#include <QEvent>
#include <QFile>
#include <QMimeData>

namespace edgeplan {

PaletteWidget::PaletteWidget(Document* document, QWidget* parent)
    : QListWidget(parent), m_document(document)
{
    setViewMode(ListMode);
    setIconSize(QSize(32, 32));
    setSpacing(2);
    // A long name ("Public IM connectivity provider") wraps onto a second
    // line rather than being cut; the tool tip says it all too.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setSelectionMode(SingleSelection);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    connect(document, &Document::modelReset, this, &PaletteWidget::rebuild);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT roleActivated(item->data(kRoleIdRole).toString());
    });
    rebuild();
}

void PaletteWidget::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    rebuild();
}

void PaletteWidget::changeEvent(QEvent* event)
{
    // The tooltips' words; the names are the catalog's.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QListWidget::changeEvent(event);
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QLatin1String(kRoleMimeType)};
}

QMimeData* PaletteWidget::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(kRoleMimeType), items.first()->data(kRoleIdRole).toString().toUtf8());
    data->setText(items.first()->text());
    return data;
}

void PaletteWidget::rebuild()
{
    const QString current = currentItem() ? currentItem()->data(kRoleIdRole).toString() : QString();
    clear();
    const Catalog& catalog = m_document->catalog();
    for (const RoleDef& role : catalog.roles) {
        const QString name = QString::fromStdString(role.name.text(m_lang));
        const QString iconPath = QStringLiteral(":/icons/%1.svg").arg(QString::fromStdString(role.icon));
        auto* item = new QListWidgetItem(QFile::exists(iconPath) ? QIcon(iconPath) : QIcon(), name, this);
        item->setData(kRoleIdRole, QString::fromStdString(role.id));
        QString zone = QString::fromStdString(role.defaultZone);
        if (const Zone* z = catalog.zone(role.defaultZone))
            zone = QString::fromStdString(z->name.text(m_lang));
        item->setToolTip(tr("<b>%1</b><br>Usually in: %2<br>Drag onto the diagram to add one.")
                             .arg(name.toHtmlEscaped(), zone.toHtmlEscaped()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        if (item->data(kRoleIdRole).toString() == current)
            setCurrentItem(item);
    }
}

} // namespace edgeplan
