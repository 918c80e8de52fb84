#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QBoxLayout;
class QLabel;

namespace edgeplan {

// What the window shows in place of the diagram when it opens on no file:
// New and Open (the File menu's own actions), the bundled samples, each
// with a line on what it shows, and the recent files. Choosing a sample or
// a recent file is reported; the window opens it and shows the diagram.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    struct Sample
    {
        QString path;        // a resource, ":/samples/….edgeplan"
        QString title;       // in the installed language
        QString description; // one line on what it shows
    };

    StartPage(QAction* newAction, QAction* openAction, QWidget* parent = nullptr);

    // The bundled samples, in the order the page lists them.
    static QList<Sample> samples();
    void setRecentFiles(const QStringList& paths);
    QStringList recentFiles() const { return m_recent; }

Q_SIGNALS:
    void sampleChosen(const QString& path);
    void recentChosen(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuildLists();

    QAction* m_newAction;
    QAction* m_openAction;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_startHeading;
    QLabel* m_samplesHeading;
    QLabel* m_recentHeading;
    QBoxLayout* m_startBox;
    QBoxLayout* m_samplesBox;
    QBoxLayout* m_recentBox;
    QStringList m_recent;
};

} // namespace edgeplan
