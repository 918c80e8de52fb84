#pragma once

#include "verify/Verifier.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace edgeplan {

class DiagramScene;
class Document;

// Tools > Verify plan: probes what the plan names (Verifier), shows each
// result as it comes with a progress bar, stops everything on Cancel, colours
// the diagram's links, and exports the results as CSV or JSON. Not modal:
// the plan stays in view while the probes run.
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyDialog(Document* document, DiagramScene* scene, QWidget* parent = nullptr);

    Verifier* verifier() { return &m_verifier; }
    QStandardItemModel* results() const { return m_model; }
    // Starts probing with the options shown (a run in progress is cancelled).
    void startVerify();
    void cancelVerify();
    // Writes the results to a file; false with the reason in `error`.
    bool exportTo(const QString& path, const QString& format, QString* error) const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslateUi();
    void onProbeFinished(int index);
    void onFinished();
    void exportResults(const QString& format);
    void updateButtons();
    void showRow(int row);

    Document* m_document;
    DiagramScene* m_scene;
    Verifier m_verifier;
    QLabel* m_intro;
    QLabel* m_timeoutLabel;
    QLabel* m_concurrencyLabel;
    QLabel* m_nameserverLabel;
    QDoubleSpinBox* m_timeout;
    QSpinBox* m_concurrency;
    QLineEdit* m_nameserver;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_exportCsv;
    QPushButton* m_exportJson;
    QPushButton* m_close;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_table;
    QStandardItemModel* m_model;
};

} // namespace edgeplan
