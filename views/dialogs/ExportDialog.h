#pragma once

#include "export/PlanExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateOptions();
    void browse();
    void fixExtension();

    const Catalog& m_catalog;
    QComboBox* m_format;
    QComboBox* m_lang;
    QComboBox* m_firewall;
    QCheckBox* m_merge;
    QCheckBox* m_keepCovered;
    QCheckBox* m_selection;
    QDoubleSpinBox* m_scale;
    QCheckBox* m_transparent;
    QComboBox* m_pageSize;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QDialogButtonBox* m_buttons;
    QLabel* m_formatLabel = nullptr;
    QLabel* m_langLabel = nullptr;
    QLabel* m_firewallLabel = nullptr;
    QLabel* m_scaleLabel = nullptr;
    QLabel* m_pageSizeLabel = nullptr;
    QLabel* m_fileLabel = nullptr;
    QString m_baseName;
};

} // namespace edgeplan
