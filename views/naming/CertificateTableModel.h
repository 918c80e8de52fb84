#pragma once

#include "naming/Naming.h"

#include "tables/ListTableModel.h"

#include <vector>

namespace edgeplan {

class Document;

// The certificates a document's plan needs (deriveCertificates), one row
// each, read-only; kept current as DnsTableModel is.
class CertificateTableModel : public ListTableModel<CertificateEntry>
{
    Q_OBJECT

public:
    enum Column {
        CertificateColumn,
        ComponentColumn,
        HoldersColumn,
        SubjectColumn,
        AlternativeNamesColumn,
        AuthorityColumn,
        ExtendedKeyUsageColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { ComponentIdsRole = Qt::UserRole + 1 };

    explicit CertificateTableModel(const Document* document, QObject* parent = nullptr);

    const std::vector<CertificateEntry>& certificates() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public Q_SLOTS:
    void refresh();

private:
    QString componentName(ComponentId id) const;
};

} // namespace edgeplan
