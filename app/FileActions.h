#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace edgeplan {

class Catalogs;
class Document;

// The File menu of a window: new, new from the sample, open, recent files,
// save, save as. Before anything replaces a modified plan it asks whether to
// save it; the question is a hook so that tests can answer it.
class FileActions : public QObject
{
    Q_OBJECT

public:
    enum class SaveChoice { Save, Discard, Cancel };
    using SavePrompt = std::function<SaveChoice(const QString& documentName)>;

    static constexpr int kMaxRecentFiles = 8;
    static inline const QString kSamplePath = QStringLiteral(":/samples/federation-edge.edgeplan");

    FileActions(const Catalogs& catalogs, Document* document, QWidget* window);

    void populate(QMenu* menu);
    // Sets the texts of the actions and the recent-files menu again in the
    // installed language; the window calls it on a language change.
    void retranslate();
    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* quitAction() const { return m_quit; }

    // Each returns whether it happened (false on cancel or failure).
    bool newProject();
    bool newFromSample();
    bool open();
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // Asks about unsaved changes and saves if told to; true when the plan may go.
    bool maybeSave();

    // Replaces the message box that asks about unsaved changes.
    void setSavePrompt(SavePrompt prompt) { m_prompt = std::move(prompt); }
    QStringList recentFiles() const;
    QString documentName() const;

private:
    SaveChoice askToSave() const;
    enum class LoadAs { File, Template };
    bool load(const QString& path, LoadAs as);
    void addRecentFile(const QString& path);
    void fillRecentMenu();
    void showProblems(const QString& title, const QStringList& problems);

    const Catalogs& m_catalogs;
    Document* m_document;
    QWidget* m_window;
    SavePrompt m_prompt;
    QAction* m_new;
    QAction* m_newFromSample;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_quit;
    QMenu* m_recentMenu = nullptr;
};

} // namespace edgeplan
