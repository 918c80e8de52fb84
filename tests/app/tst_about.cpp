// Help > About Edgeplan: the version that CMake's project() gives, and where
// each loaded catalog's rules come from, in the window's language; and the
// same version from `edgeplan --version`.

#include "EdgeplanRun.h"
#include "support/Catalogs.h"
#include "TestSupport.h"
#include "window/AboutDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace edgeplan;

namespace {

const QString kVersion = QStringLiteral(EDGEPLAN_CMAKE_VERSION);

} // namespace

class TestAbout : public QObject
{
    Q_OBJECT

private:
    const Catalogs& m_catalogs = test::builtInCatalogs();

    QString dialogText(MainWindow& window)
    {
        auto* action = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        if (!action)
            return {};
        action->trigger();
        auto* dialog = window.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
        if (!dialog || !dialog->isVisible())
            return {};
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("aboutText"));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void versionIsCMakesProjectVersion()
    {
        QVERIFY(!kVersion.isEmpty());
        QCOMPARE(QStringLiteral(EDGEPLAN_VERSION), kVersion);
        const test::Run run = test::edgeplanRun({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("edgeplan %1\n").arg(kVersion));
    }

    void helpMenuHoldsAbout()
    {
        MainWindow window(m_catalogs, test::loadSample(), QString());
        auto* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QCOMPARE(window.menuBar()->actions().constLast(), help->menuAction());
        auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QVERIFY(help->actions().contains(about));
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        QCOMPARE(about->text(), QStringLiteral("&About Edgeplan"));
    }

    void aboutShowsVersionAndEveryCatalogsSource_data()
    {
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << int(Lang::En) << QStringLiteral("Rule catalogs and their sources:");
        QTest::newRow("ja") << int(Lang::Ja) << QStringLiteral("ルール カタログとその出典:");
    }

    void aboutShowsVersionAndEveryCatalogsSource()
    {
        QFETCH(int, lang);
        QFETCH(QString, heading);
        MainWindow window(m_catalogs, test::loadSample(), QString());
        window.setLanguage(Lang(lang));
        const QString text = dialogText(window);
        QVERIFY2(text.contains(QStringLiteral("Edgeplan %1").arg(kVersion)), qPrintable(text));
        QVERIFY2(text.contains(heading), qPrintable(text));
        const std::vector<std::string> ids = m_catalogs.registry().ids();
        QCOMPARE(ids.size(), size_t(2));
        for (const std::string& id : ids) {
            const auto catalog = m_catalogs.registry().find(id);
            for (const std::string& part :
                 {catalog->id, catalog->title.text(Lang(lang)), catalog->source.document,
                  catalog->source.date, catalog->source.url}) {
                QVERIFY(!part.empty());
                QVERIFY2(text.contains(QString::fromStdString(part).toHtmlEscaped()), part.c_str());
            }
        }
        window.setLanguage(Lang::En);
    }

    void aboutListsACatalogLoadedFromAFile()
    {
        Catalogs catalogs = Catalogs::builtIn();
        QStringList errors;
        QVERIFY(catalogs.addFile(QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/catalogs/lync2013-edge.json"),
                                 &errors));
        nlohmann::json doc = nlohmann::json::parse(test::resourceBytes(QStringLiteral(":/catalogs/lync2013-edge.json")));
        const QString text = AboutDialog::text(catalogs, Lang::En);
        QVERIFY(text.contains(QStringLiteral("(lync2013-edge)")));
        QVERIFY(text.contains(QString::fromStdString(doc["source"]["url"].get<std::string>())));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
