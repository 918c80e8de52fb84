#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace edgeplan {

struct RecoveryEntry;

enum class SaveChoice { Save, Discard, Cancel };
enum class DiskChoice { Reload, KeepMine, Cancel };
enum class RestoreChoice { Restore, Discard, Later };

// The questions the File menu asks, as message boxes. FileActions takes a
// hook in place of each, so that tests can answer them.
class FilePrompts
{
    Q_DECLARE_TR_FUNCTIONS(FilePrompts)

public:
    static SaveChoice askToSave(QWidget* parent, const QString& documentName);
    // A save that cannot happen: true to save as another file instead.
    static bool askToSaveAs(QWidget* parent, const QString& message, const QString& detail);
    // Another program changed the file; `saving` when Save is about to overwrite it.
    static DiskChoice askAboutChangeOnDisk(QWidget* parent, const QString& documentName,
                                           bool saving);
    static RestoreChoice askToRestore(QWidget* parent, const RecoveryEntry& entry);
};

} // namespace edgeplan
