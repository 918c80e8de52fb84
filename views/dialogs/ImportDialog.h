#pragma once

#include "import/Import.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QDialogButtonBox;
class QGraphicsView;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace edgeplan {

class Catalogs;
class DiagramScene;
class Document;

// File > Import: topology files (Topology Builder or Get-CsTopology -AsXml)
// and federation lists (Export-Csv of Get-CsAllowedDomain,
// Get-CsXmppAllowedPartner, Get-CsPublicProvider). The files are read and
// imported again each time the list changes, and the dialog shows the
// result before anything happens to the open plan: the kind of each file,
// a drawing of the plan that would result, and the import report, or every
// problem with its file and place. Nothing is imported while any file has
// a problem. A topology makes a new plan that replaces the one in the
// window; federation lists alone are added to the open plan. Either way
// the window applies the result as one undo step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum FileColumn { FileNameColumn, FileKindColumn, FileColumnCount };

    ImportDialog(const Catalogs& catalogs, const Document& document, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Adds files to the list (the Add button asks for them) and imports again.
    void addFiles(const QStringList& paths);
    void removeSelectedFiles();
    QStringList files() const { return m_paths; }

    // The plan that OK would give the window; null while nothing can be imported.
    const Topology* preview() const { return m_result.topology.get(); }
    // The plan, once: for the window's undo command.
    std::unique_ptr<Topology> takeResult() { return std::move(m_result.topology); }
    // Whether the result replaces the open plan (a topology) or adds to it.
    bool replacesPlan() const { return m_replaces; }
    // The undo command's text.
    QString commandText() const;

    QTreeWidget* fileList() const { return m_fileList; }
    QTreeWidget* reportList() const { return m_report; }
    QPushButton* importButton() const { return m_importButton; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void chooseFiles();
    void reimport();
    void showResult();
    void fitPreview();

    const Catalogs& m_catalogs;
    const Document& m_document;
    QStringList m_paths;
    std::vector<ImportFormat> m_formats; // by m_paths; Unknown for unreadable files too
    QStringList m_readErrors;            // files that could not be read
    ImportResult m_result;
    bool m_replaces = false;

    QLabel* m_intro;
    QTreeWidget* m_fileList;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_summary;
    QLabel* m_previewLabel;
    QGraphicsView* m_previewView;
    Document* m_previewDocument = nullptr; // the preview's own, replaced on each import
    DiagramScene* m_previewScene = nullptr;
    QLabel* m_reportLabel;
    QTreeWidget* m_report;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
};

} // namespace edgeplan
