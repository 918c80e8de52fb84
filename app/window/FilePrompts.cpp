#include "window/FilePrompts.h"

#include "session/Autosave.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace edgeplan {

SaveChoice FilePrompts::askToSave(QWidget* parent, const QString& documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to %1?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

bool FilePrompts::askToSaveAs(QWidget* parent, const QString& message, const QString& detail)
{
    QMessageBox box(QMessageBox::Critical, tr("Edgeplan"), message, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("saveFailedPrompt"));
    box.setInformativeText(detail);
    QPushButton* saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    box.setDefaultButton(saveAs);
    box.exec();
    return box.clickedButton() == saveAs;
}

DiskChoice FilePrompts::askAboutChangeOnDisk(QWidget* parent, const QString& documentName,
                                             bool saving)
{
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("Another program has changed %1.").arg(documentName), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("changedOnDiskPrompt"));
    QPushButton* reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    QPushButton* mine = nullptr;
    if (saving) {
        box.setInformativeText(tr("Saving replaces that version with yours. Reloading loses your "
                                  "unsaved changes."));
        mine = box.addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
    } else {
        box.setInformativeText(tr("Reload it (your unsaved changes are lost), or keep your version "
                                  "and replace theirs when you save?"));
        mine = box.addButton(tr("&Keep Mine"), QMessageBox::AcceptRole);
    }
    box.setDefaultButton(mine);
    box.exec();
    if (box.clickedButton() == reload)
        return DiskChoice::Reload;
    return box.clickedButton() == mine || !saving ? DiskChoice::KeepMine : DiskChoice::Cancel;
}

RestoreChoice FilePrompts::askToRestore(QWidget* parent, const RecoveryEntry& entry)
{
    const QString file = entry.originalPath.isEmpty()
                             ? tr("an untitled plan")
                             : QDir::toNativeSeparators(entry.originalPath);
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Changes"),
        tr("Edgeplan was not closed properly. Unsaved changes to %1 (\"%2\") were saved "
           "automatically at %3.")
            .arg(file, entry.projectName,
                 QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat)),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("restorePrompt"));
    box.setInformativeText(tr("Restore them? The file itself is not changed until you save."));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return RestoreChoice::Restore;
    return box.clickedButton() == discard ? RestoreChoice::Discard : RestoreChoice::Later;
}

} // namespace edgeplan
