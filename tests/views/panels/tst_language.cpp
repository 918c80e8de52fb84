// Japanese and English everywhere: the translation files are complete, a
// live window switches language and back, the choice persists, Qt's own
// buttons follow, and the model's messages come out in either language.

#include "base/Messages.h"
#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "EdgeplanRun.h"
#include "io/ProjectFile.h"
#include "support/Catalogs.h"
#include "support/Language.h"
#include "tables/RuleTableDock.h"
#include "tables/RuleTableModel.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

using namespace edgeplan;
using test::edgeplanRun;
using test::Run;

namespace {

const Catalogs& catalogs()
{
    static const Catalogs instance = Catalogs::builtIn();
    return instance;
}

struct TsMessage
{
    QString context;
    QString source;
    QString translationType; // "" when finished
    QStringList translations;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name") && !messages.isEmpty() && messages.last().source.isNull())
            continue;
        if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, {}});
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.last().translationType = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages hold their forms in <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isEndElement() && xml.name() == QLatin1String("numerusform")) {
                    messages.last().translations << text;
                    text.clear();
                }
            }
            if (!text.trimmed().isEmpty() || messages.last().translations.isEmpty())
                messages.last().translations << text;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const char* lang)
{
    return QStringLiteral(EDGEPLAN_SOURCE_DIR "/translations/edgeplan_%1.ts").arg(QLatin1String(lang));
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("language"));
    }

    void cleanup()
    {
        installLanguage(Lang::En);
        QSettings().remove(QStringLiteral("language"));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("ja") << "ja";
        QTest::newRow("en") << "en";
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, lang);
        const QList<TsMessage> messages = readTs(tsPath(lang.toLatin1().constData()));
        // The window alone has dozens of words: an empty file means lupdate did not run.
        QVERIFY2(messages.size() > 100, qPrintable(QString::number(messages.size())));
        for (const TsMessage& m : messages) {
            const QString what = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.translationType.isEmpty(), qPrintable(m.translationType + QStringLiteral(" ") + what));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(what));
            for (const QString& t : m.translations)
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(what));
            // Placeholders survive translation.
            for (int n = 1; n <= 9; ++n) {
                const QString placeholder = QLatin1Char('%') + QString::number(n);
                if (m.source.contains(placeholder))
                    for (const QString& t : m.translations)
                        QVERIFY2(t.contains(placeholder), qPrintable(what + QStringLiteral(" → ") + t));
            }
            if (lang == QLatin1String("ja") && test::hasJapanese(m.source) == false &&
                m.source.contains(QRegularExpression(QStringLiteral("[a-z]{4,} [a-z]{3,}"))))
                QVERIFY2(test::hasJapanese(m.translations.front()), qPrintable(what + QStringLiteral(" → ") +
                                                                          m.translations.front()));
        }
    }

    void bothFilesHoldTheSameMessages()
    {
        auto keys = [](const QList<TsMessage>& messages) {
            QStringList result;
            for (const TsMessage& m : messages)
                result << m.context + QLatin1Char('|') + m.source;
            result.sort();
            return result;
        };
        QCOMPARE(keys(readTs(tsPath("en"))), keys(readTs(tsPath("ja"))));
    }

    void aLiveWindowSwitchesAndBack()
    {
        MainWindow window(catalogs(), test::loadSample(), QString());
        window.show();
        QMenu* file = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        auto* rules = window.findChild<QDockWidget*>(QStringLiteral("rulesDock"));
        QVERIFY(rules);
        const RuleTableModel* table = window.ruleTable()->model();
        const QString englishHeader = table->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(rules->windowTitle(), QStringLiteral("Firewall Rules"));

        window.findChild<QAction*>(QStringLiteral("language-ja"))->trigger();
        // QApplication posts LanguageChange to the windows: deliver it.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(window.language(), Lang::Ja);
        QCOMPARE(installedLanguage(), Lang::Ja);
        QVERIFY2(file->title().contains(QStringLiteral("ファイル")), qPrintable(file->title()));
        QVERIFY2(test::hasJapanese(rules->windowTitle()), qPrintable(rules->windowTitle()));
        for (QAction* menu : window.menuBar()->actions())
            QVERIFY2(test::hasJapanese(menu->text()), qPrintable(menu->text()));
        const QString japaneseHeader = table->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(test::hasJapanese(japaneseHeader), qPrintable(japaneseHeader));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("language-ja"))->isChecked());
        // Qt's own buttons too, from qt6-translations-l10n.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("キャンセル"));
        QCOMPARE(storedLanguage(), std::optional(Lang::Ja));

        window.findChild<QAction*>(QStringLiteral("language-en"))->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(rules->windowTitle(), QStringLiteral("Firewall Rules"));
        QCOMPARE(table->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), englishHeader);
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        QCOMPARE(storedLanguage(), std::optional(Lang::En));
    }

    void newComponentsAreNamedInTheLanguage()
    {
        Document document(test::loadSample());
        installLanguage(Lang::Ja);
        // A server takes its host name in either language (edge02, #25); the
        // undo text names the role in the language.
        const ComponentId ja = document.addComponent("edge-server", "perimeter", {100, 100});
        QCOMPARE(document.topology().component(ja)->name, std::string("edge02"));
        QVERIFY2(document.undoStack()->undoText().contains(QStringLiteral("エッジ サーバー")),
                 qPrintable(document.undoStack()->undoText()));
        // A partner is named after its role, in the language.
        const ComponentId jaPartner = document.addComponent("sip-federation-partner", "external", {100, 300});
        QCOMPARE(document.topology().component(jaPartner)->name, std::string("SIP フェデレーション パートナー"));
        installLanguage(Lang::En);
        const ComponentId en = document.addComponent("edge-server", "perimeter", {200, 100});
        QCOMPARE(document.topology().component(en)->name, std::string("edge03"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add Edge Server"));
        const ComponentId enPartner = document.addComponent("sip-federation-partner", "external", {200, 300});
        QCOMPARE(document.topology().component(enPartner)->name, std::string("SIP federation partner"));
    }

    void theChoicePersistsAndTheCommandLineWins()
    {
        QSettings().remove(QStringLiteral("language"));
        QCOMPARE(storedLanguage(), std::nullopt);
        QCOMPARE(startupLanguage(std::nullopt), systemLanguage());
        storeLanguage(Lang::Ja);
        QCOMPARE(startupLanguage(std::nullopt), Lang::Ja);
        QCOMPARE(startupLanguage(Lang::En), Lang::En);
        storeLanguage(Lang::En);
        QCOMPARE(startupLanguage(Lang::Ja), Lang::Ja);
        QCOMPARE(startupLanguage(std::nullopt), Lang::En);
    }

    void theSystemLocaleDecidesWhenNothingElseDoes()
    {
        // The tests run with LC_ALL=C.UTF-8 and no LANGUAGE: English.
        QCOMPARE(systemLanguage(), Lang::En);
    }

    void loadErrorsSpeakBothLanguages()
    {
        nlohmann::json doc = nlohmann::json::parse(test::sampleBytes());
        doc["components"][0]["role"] = "no-such-role";
        doc["components"][1]["interfaces"]["internal"]["address"] = "10.0.0.999";
        doc["links"][0]["id"] = doc["links"][1]["id"];
        const ProjectLoadResult result = loadProject(doc.dump(), test::registry());
        QVERIFY(!result.topology);
        QVERIFY(result.diagnostics.size() >= 2);
        for (const Diagnostic& d : result.diagnostics) {
            QVERIFY2(hasTranslatedMessage(d), d.code.c_str());
            const std::string ja = diagnosticString(d, Lang::Ja);
            QCOMPARE(diagnosticString(d, Lang::En), d.toString());
            QVERIFY2(test::hasJapanese(QString::fromStdString(ja)), ja.c_str());
        }
        const Diagnostic* role = test::findDiagnostic(result.diagnostics, "component.unknown-role");
        QVERIFY(role);
        QCOMPARE(diagnosticString(*role, Lang::Ja), std::string("/components/0/role: 不明な役割「no-such-role」"));
        const Diagnostic* address = test::findDiagnostic(result.diagnostics, "address.invalid");
        QVERIFY(address);
        QCOMPARE(diagnosticMessage(*address, Lang::Ja),
                 std::string("「10.0.0.999」は IPv4 アドレスでも IPv6 アドレスでもありません"));
    }

    void syntaxAndLimitErrorsToo()
    {
        const ProjectLoadResult broken = loadProject("{\n  \"format\": ,\n}", test::registry());
        QCOMPARE(broken.diagnostics.size(), size_t(1));
        const std::string ja = diagnosticString(broken.diagnostics.front(), Lang::Ja);
        QVERIFY2(ja.rfind("2 行 13 列: JSON として正しくありません", 0) == 0, ja.c_str());

        const ProjectLoadResult deep = loadProject(std::string(100, '[') + std::string(100, ']'), test::registry());
        QCOMPARE(deep.diagnostics.size(), size_t(1));
        QVERIFY(hasTranslatedMessage(deep.diagnostics.front()));
        QVERIFY(diagnosticMessage(deep.diagnostics.front(), Lang::Ja).find("64 段") != std::string::npos);

        nlohmann::json doc = nlohmann::json::parse(test::sampleBytes());
        doc["name"] = 42;
        const ProjectLoadResult typed = loadProject(doc.dump(), test::registry());
        const Diagnostic* type = test::findDiagnostic(typed.diagnostics, "json.type");
        QVERIFY(type);
        QCOMPARE(diagnosticMessage(*type, Lang::Ja), std::string("文字列が必要ですが、数値があります"));
    }

    void anUnknownCodeFallsBackToEnglish()
    {
        const Diagnostic d{"no.such-code", "/x", {"a"}, "the English text"};
        QVERIFY(!hasTranslatedMessage(d));
        QCOMPARE(diagnosticString(d, Lang::Ja), std::string("/x: the English text"));
        // A template that needs more args than the diagnostic has is not used either.
        const Diagnostic short_{"component.unknown-interface", "", {"edge-server"}, "English"};
        QCOMPARE(diagnosticMessage(short_, Lang::Ja), std::string("English"));
    }

    void theCommandLineSpeaksJapanese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        nlohmann::json doc = nlohmann::json::parse(test::sampleBytes());
        doc["components"][0]["zone"] = "no-such-zone";
        const QString path = dir.filePath(QStringLiteral("broken.edgeplan"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(doc.dump()));
        file.close();
        const Run ja = edgeplanRun({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("ja"), path});
        QCOMPARE(ja.exitCode, 1);
        QVERIFY2(ja.err.contains(QStringLiteral("/components/0/zone: 不明なゾーン「no-such-zone」")), qPrintable(ja.err));
        const Run en = edgeplanRun({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("en"), path});
        QVERIFY2(en.err.contains(QStringLiteral("/components/0/zone: unknown zone \"no-such-zone\"")), qPrintable(en.err));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
