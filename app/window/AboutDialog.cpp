#include "window/AboutDialog.h"

#include "support/Catalogs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace edgeplan {

namespace {

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

AboutDialog::AboutDialog(const Catalogs& catalogs, Lang lang, QWidget* parent)
    : QDialog(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Edgeplan"));
    setMinimumWidth(520);
    m_label->setObjectName(QStringLiteral("aboutText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setOpenExternalLinks(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setText(text(catalogs, lang));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(buttons);
}

QString AboutDialog::text(const Catalogs& catalogs, Lang lang)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p><b>%4</b></p><ul>")
                       .arg(tr("Edgeplan %1").arg(QStringLiteral(EDGEPLAN_VERSION)),
                            tr("Plans Lync Server 2013 edge and federation topologies and derives "
                               "the firewall rules that Microsoft's port summaries require."),
                            tr("Built with Qt %1, running on Qt %2.")
                                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                            tr("Rule catalogs and their sources:"));
    for (const std::string& id : catalogs.registry().ids()) {
        const auto catalog = catalogs.registry().find(id);
        const CatalogSource& source = catalog->source;
        const QString url = QString::fromStdString(source.url).toHtmlEscaped();
        QString from = tr("Source: %1 \"%2\", %3")
                           .arg(escaped(source.document), escaped(source.title.text(lang)),
                                escaped(source.date));
        if (!url.isEmpty())
            from += QStringLiteral(", <a href=\"%1\">%1</a>").arg(url);
        html += QStringLiteral("<li><b>%1</b> (%2)<br>%3</li>")
                    .arg(escaped(catalog->title.text(lang)), escaped(catalog->id), from);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace edgeplan
