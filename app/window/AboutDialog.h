#pragma once

#include "base/Localized.h"

#include <QDialog>

class QLabel;

namespace edgeplan {

class Catalogs;

// Help > About Edgeplan: the version, and where each loaded catalog's rules
// come from (its id and title, the source document, its date and address).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const Catalogs& catalogs, Lang lang, QWidget* parent = nullptr);

    // The dialog's text as rich text, for the label and for tests.
    static QString text(const Catalogs& catalogs, Lang lang);

private:
    QLabel* m_label;
};

} // namespace edgeplan
