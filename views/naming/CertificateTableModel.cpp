#include "naming/CertificateTableModel.h"

#include "document/Document.h"
#include "naming/DnsTableModel.h"
#include "support/QtText.h"
#include "tables/FindingsModel.h"

namespace edgeplan {

namespace {

QString joined(const std::vector<std::string>& items, const QString& separator)
{
    QStringList list;
    for (const std::string& item : items)
        list << qs(item);
    return list.join(separator);
}

} // namespace

CertificateTableModel::CertificateTableModel(const Document* document, QObject* parent)
    : ListTableModel(document, ColumnCount, document->certificates(), parent)
{
    // As the DNS records: namesChanged announces every edit they follow.
    connect(document, &Document::namesChanged, this, &CertificateTableModel::refresh);
}

void CertificateTableModel::refresh()
{
    replaceRows(m_document->certificates());
    columnsChanged(ComponentColumn, HoldersColumn);
}

QString CertificateTableModel::componentName(ComponentId id) const
{
    const Component* c = m_document->topology().component(id);
    return c ? qs(c->name) : QString();
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= rowCount())
        return {};
    const CertificateEntry& cert = m_rows[size_t(index.row())];
    if (role == ComponentIdsRole) {
        std::vector<ComponentId> ids{cert.component};
        for (ComponentId id : cert.holders)
            if (id != cert.component)
                ids.push_back(id);
        return QVariant::fromValue(ids);
    }
    // Rows grow with the names, one a line: every cell starts at the top.
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::ToolTipRole && (index.column() == CertificateColumn || index.column() == NoteColumn))
        return QStringLiteral("%1\n%2").arg(qs(cert.def->note.text(m_lang)),
                                            qs(referenceText(cert.def->reference, m_lang)));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CertificateColumn:
        return qs(cert.def->name.text(m_lang));
    case ComponentColumn:
        return componentName(cert.component);
    case HoldersColumn: {
        QStringList names;
        for (ComponentId id : cert.holders)
            names << componentName(id);
        return names.join(QLatin1Char('\n'));
    }
    case SubjectColumn:
        return qs(cert.subject);
    case AlternativeNamesColumn:
        return cert.alternativeNames.empty() ? tr("(none)")
                                             : joined(cert.alternativeNames, QStringLiteral("\n"));
    case AuthorityColumn:
        return qs(authorityName(cert.def->authority, m_lang));
    case ExtendedKeyUsageColumn:
        return joined(cert.def->extendedKeyUsage, QStringLiteral(", "));
    case NoteColumn:
        return qs(cert.def->note.text(m_lang));
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CertificateColumn:
        return tr("Certificate");
    case ComponentColumn:
        return tr("Component");
    case HoldersColumn:
        return tr("Held by");
    case SubjectColumn:
        return tr("Subject");
    case AlternativeNamesColumn:
        return tr("Alternative names");
    case AuthorityColumn:
        return tr("Certificate authority");
    case ExtendedKeyUsageColumn:
        return tr("Extended key usage");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace edgeplan
