#include "support/Language.h"

#include "base/Messages.h"
#include "plan/Topology.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace edgeplan {

namespace {

const QString kLanguageKey = QStringLiteral("language");

struct Installed
{
    Lang lang = Lang::En;
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> ours;
};

Installed& installed()
{
    static Installed state;
    return state;
}

QString code(Lang lang)
{
    return QString::fromLatin1(langCode(lang));
}

} // namespace

Lang systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    return !languages.isEmpty() && languages.front().startsWith(QLatin1String("ja")) ? Lang::Ja
                                                                                    : Lang::En;
}

std::optional<Lang> storedLanguage()
{
    Lang lang;
    const QString value = QSettings().value(kLanguageKey).toString();
    if (value.isEmpty() || !parseLang(value.toStdString(), lang))
        return std::nullopt;
    return lang;
}

void storeLanguage(Lang lang)
{
    QSettings().setValue(kLanguageKey, code(lang));
}

Lang startupLanguage(std::optional<Lang> commandLine)
{
    if (commandLine)
        return *commandLine;
    if (const std::optional<Lang> stored = storedLanguage())
        return *stored;
    return systemLanguage();
}

bool installLanguage(Lang lang, QString* error)
{
    Installed& state = installed();
    // Removing and installing each sends a LanguageChange; widgets retranslate
    // on every one, so the last one leaves them right.
    for (auto* slot : {&state.qt, &state.ours}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    state.lang = lang;
    bool ok = true;
    auto qt = std::make_unique<QTranslator>();
    // English is the source language: Qt has nothing to translate then.
    if (lang != Lang::En) {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(QStringLiteral("qtbase_") + code(lang), dir)) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        } else {
            ok = false;
            if (error)
                *error = QCoreApplication::translate("edgeplan::Language",
                                                     "Qt's own translation (qtbase_%1.qm) is not in %2; "
                                                     "install the package qt6-translations-l10n.")
                             .arg(code(lang), dir);
        }
    }
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/edgeplan_") + code(lang))) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    } else {
        ok = false;
        if (error)
            *error = QCoreApplication::translate("edgeplan::Language",
                                                 "The translation edgeplan_%1.qm is missing from the program.")
                         .arg(code(lang));
    }
    return ok;
}

Lang installedLanguage()
{
    return installed().lang;
}

QString editErrorText(const EditError& error)
{
    const Diagnostic diagnostic{error.code(), {}, error.args(), error.what()};
    return QString::fromStdString(diagnosticMessage(diagnostic, installedLanguage()));
}

QString languageName(Lang lang)
{
    return lang == Lang::Ja ? QStringLiteral("日本語") : QStringLiteral("English");
}

} // namespace edgeplan
