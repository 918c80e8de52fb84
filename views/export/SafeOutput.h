#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace edgeplan {

struct ExportFile;

// Why `output` must not be written: it is one of `inputs` (the same file
// once links, symbolic or hard, are followed: the same device and inode),
// or it is a folder that holds one. Empty when it may be written. Inputs
// that are no file on disk (Qt resources, '-') are no concern.
QString outputOverwritesInput(const QString& output, const QStringList& inputs);

// The name of the list of files a folder export wrote, inside its folder.
extern const char* const kFolderManifest;

// Writes `files` as the folder `path`, all or nothing: into a new folder
// beside it, swapped in at the end (the old folder renamed aside, the new one
// renamed in, the old one removed; on failure the old one is put back). An
// existing folder is replaced only when every entry in it is a file that
// this export writes or that an earlier export listed in its manifest;
// anything else of the user's makes it refuse and write nothing.
bool writeFolderAtomically(const QString& path, const std::vector<ExportFile>& files, QString* error);

} // namespace edgeplan
