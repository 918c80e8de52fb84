#pragma once

#include "naming/Naming.h"

#include <QAbstractTableModel>

#include <vector>

namespace edgeplan {

class Document;

// The certificates a document's plan needs (deriveCertificates), one row
// each, read-only; kept current as DnsTableModel is.
class CertificateTableModel : public QAbstractTableModel
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

    void setLanguage(Lang lang);
    const std::vector<CertificateEntry>& certificates() const { return m_certificates; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public Q_SLOTS:
    void refresh();

private:
    QString componentName(ComponentId id) const;

    const Document* m_document;
    Lang m_lang = Lang::En;
    std::vector<CertificateEntry> m_certificates;
};

} // namespace edgeplan
