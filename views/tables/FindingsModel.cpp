#include "tables/FindingsModel.h"

#include "document/Document.h"

#include <QApplication>
#include <QStyle>

namespace edgeplan {

FindingsModel::FindingsModel(const Document* document, QObject* parent)
    : ListTableModel(document, ColumnCount, document->findings(), parent)
{
    connect(document, &Document::findingsChanged, this, &FindingsModel::refresh);
}

void FindingsModel::refresh()
{
    replaceRows(m_document->findings());
}

QString FindingsModel::componentNames(const Finding& finding) const
{
    QStringList names;
    for (ComponentId id : finding.components)
        if (const Component* c = m_document->topology().component(id))
            names << QString::fromStdString(c->name);
    return names.join(m_lang == Lang::Ja ? QStringLiteral("、") : QStringLiteral(", "));
}

namespace {

QIcon severityIcon(Severity severity)
{
    const QStyle::StandardPixmap pixmaps[] = {QStyle::SP_MessageBoxCritical,
                                              QStyle::SP_MessageBoxWarning,
                                              QStyle::SP_MessageBoxInformation};
    return QApplication::style()->standardIcon(pixmaps[int(severity)]);
}

} // namespace

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    const Finding* finding = findingAt(index.row());
    if (!finding)
        return {};
    switch (role) {
    case SeverityRole:
        return int(finding->severity);
    case CodeRole:
        return QString::fromStdString(finding->code);
    case ComponentIdsRole:
        return QVariant::fromValue(finding->components);
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? severityIcon(finding->severity) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        return QString::fromStdString(severityName(finding->severity, m_lang));
    case ComponentsColumn:
        return componentNames(*finding);
    case MessageColumn:
        return QString::fromStdString(finding->message.text(m_lang));
    case CodeColumn:
        return QString::fromStdString(finding->code);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const LocalizedText headers[] = {
        {"Severity", "重要度"}, {"Components", "コンポーネント"}, {"Message", "メッセージ"}, {"Code", "コード"}};
    if (section < 0 || section >= ColumnCount)
        return {};
    return QString::fromStdString(headers[section].text(m_lang));
}

} // namespace edgeplan
