#pragma once

#include "Catalogs.h"
#include "Localized.h"

#include <QMainWindow>

#include <memory>

class QTableView;

namespace edgeplan {

class Document;
class RuleTableModel;

// Assembles the views of one document: for now the per-firewall rule table.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Catalogs& catalogs, std::unique_ptr<Topology> topology, const QString& path,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
    void setLanguage(Lang lang);
    bool saveScreenshot(const QString& path, QString* error);

private:
    void updateTitle();

    const Catalogs& m_catalogs;
    Document* m_document;
    RuleTableModel* m_ruleModel;
    QTableView* m_ruleView;
};

} // namespace edgeplan
