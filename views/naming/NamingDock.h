#pragma once

#include "base/Localized.h"
#include "plan/Topology.h"

#include <QWidget>

#include <vector>

class QAbstractTableModel;
class QLabel;
class QTableView;

namespace edgeplan {

class CertificateTableModel;
class DnsTableModel;
class Document;

// The DNS or Certificates panel: what the plan must publish in DNS or
// request from a certificate authority, read-only, kept current as the plan
// is edited. Choosing a row asks the window to select its components.
class NamingDock : public QWidget
{
    Q_OBJECT

public:
    enum Kind { Dns, Certificates };

    NamingDock(Document* document, Kind kind, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    Kind kind() const { return m_kind; }
    QAbstractTableModel* model() const;
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void componentsActivated(std::vector<edgeplan::ComponentId> components);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fitColumns();
    void fitColumnsOnce();
    void fitRows(int first, int last);
    void onCurrentRowChanged();

    Kind m_kind;
    DnsTableModel* m_dns = nullptr;
    CertificateTableModel* m_certificates = nullptr;
    QLabel* m_count;
    QTableView* m_view;
    bool m_columnsFitted = false;
};

} // namespace edgeplan
