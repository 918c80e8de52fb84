#include "window/GettingStartedDialog.h"

#include "support/PlainText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace edgeplan {

namespace {

// The menu path to the action ("View > Tools"), or empty when no menu
// below `menu` holds it.
QString pathTo(const QMenu* menu, const QAction* action)
{
    for (const QAction* item : menu->actions()) {
        if (item == action)
            return withoutAccelerator(menu->title());
        if (const QMenu* sub = item->menu())
            if (const QString below = pathTo(sub, action); !below.isEmpty())
                return withoutAccelerator(menu->title()) + QStringLiteral(" > ") + below;
    }
    return {};
}

} // namespace

QString GettingStartedDialog::commandText(const QMenuBar* menus, const QAction* action)
{
    const QString name = commandName(*action);
    QString where = name;
    for (const QAction* top : menus->actions())
        if (const QMenu* menu = top->menu())
            if (const QString path = pathTo(menu, action); !path.isEmpty()) {
                where = path + QStringLiteral(" > ") + name;
                break;
            }
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.isEmpty() ? where : where + QStringLiteral(" (") + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString GettingStartedDialog::html(const QMenuBar* menus, const GettingStartedActions& actions)
{
    // Each step: a title, then its text with %1 for the command it uses
    // (written as the menus have it, in bold).
    struct Step
    {
        QString title;
        QString text;
        const QAction* action;
        const QAction* second = nullptr; // %2
    };
    const QList<Step> steps{
        {tr("Start a plan"),
         tr("%1 gives an empty plan. To see a finished one first, open a sample with %2: the federation edge, "
            "the consolidated edge behind NAT and the scaled edge with hardware load balancers."),
         actions.newPlan, actions.open},
        {tr("Place the servers and partners"),
         tr("Drag a component from the Components panel onto its zone on the canvas: the Edge Server into the "
            "perimeter network, the front-end pool inside, partners, public IM providers and remote users on the "
            "Internet. A component takes its role's name with a number; double-click it to rename it."),
         nullptr},
        {tr("Connect them"),
         tr("Choose %1 and drag from one component to another. Each link shows the ports its firewalls must "
            "open; a link Microsoft's pages do not allow is refused, and the message says why."),
         actions.connect},
        {tr("Give them addresses"),
         tr("Select a component to set its FQDN, addresses and NAT in the Inspector. The Firewall Rules, DNS "
            "and Certificates panels follow every edit, and the Problems panel says what is still missing. "
            "Every edit can be taken back with %1."),
         actions.undo},
        {tr("Hand it over"),
         tr("%1 writes the handoff report, the tables per firewall, firewall configurations, DNS zones and "
            "certificate requests, in English or Japanese."),
         actions.exportPlan},
        {tr("Show it to a class"),
         tr("%1 steps through the flows full screen, one hop at a time."), actions.present},
    };
    auto command = [&](const QAction* action) {
        return QStringLiteral("<b>%1</b>").arg(commandText(menus, action).toHtmlEscaped());
    };
    QString page = QStringLiteral("<h2>%1</h2><ol>").arg(tr("Your first plan").toHtmlEscaped());
    for (const Step& step : steps) {
        QString text = step.text.toHtmlEscaped();
        if (step.action && step.second)
            text = text.arg(command(step.action), command(step.second));
        else if (step.action)
            text = text.arg(command(step.action));
        page += QStringLiteral("<li><p><b>%1</b><br>%2</p></li>").arg(step.title.toHtmlEscaped(), text);
    }
    page += QStringLiteral("</ol>");
    if (actions.shortcuts)
        page += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1 lists every key of the menus and the canvas.").toHtmlEscaped().arg(command(actions.shortcuts)));
    return page;
}

GettingStartedDialog* GettingStartedDialog::open(const QMenuBar* menus, const GettingStartedActions& actions,
                                                 QWidget* parent)
{
    auto* dialog = new GettingStartedDialog(menus, actions, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

GettingStartedDialog::GettingStartedDialog(const QMenuBar* menus, const GettingStartedActions& actions,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    setObjectName(QStringLiteral("gettingStartedDialog"));
    auto* page = new QTextBrowser(this);
    page->setObjectName(QStringLiteral("gettingStartedText"));
    page->setOpenLinks(false);
    page->setHtml(html(menus, actions));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(page);
    layout->addWidget(buttons);
    resize(640, 680);
}

} // namespace edgeplan
