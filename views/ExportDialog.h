#pragma once

#include "PlanExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace edgeplan {

class Catalog;

// File > Export: the format, the language, the options that format takes
// and the file. Remembers the last choices (QSettings).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Catalog& catalog, const QString& suggestedName, bool hasSelection,
                 QWidget* parent = nullptr);

    ExportRequest request() const;
    void setRequest(const ExportRequest& request);
    void accept() override;

private:
    void updateOptions();
    void browse();
    void fixExtension();

    QComboBox* m_format;
    QComboBox* m_lang;
    QComboBox* m_firewall;
    QCheckBox* m_merge;
    QCheckBox* m_selection;
    QDoubleSpinBox* m_scale;
    QCheckBox* m_transparent;
    QLineEdit* m_path;
    QString m_baseName;
};

} // namespace edgeplan
