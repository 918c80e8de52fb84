#pragma once

#include "base/Localized.h"

#include <QString>

#include <optional>

namespace edgeplan {

// The language of everything the program shows: Qt's own words (standard
// dialogs and buttons, from Debian's qt6-translations-l10n), ours (the
// translations/edgeplan_*.ts files, embedded as :/i18n/*.qm) and the
// catalog's data (Lang). One language for the whole application.

// The language the system asks for: Japanese when the first of the
// locale's UI languages is Japanese, English otherwise.
Lang systemLanguage();

// The language chosen in View > Language, if the user ever chose one.
std::optional<Lang> storedLanguage();
void storeLanguage(Lang lang);

// The language a window starts in: the command line's --lang, else the
// stored choice, else the system's.
Lang startupLanguage(std::optional<Lang> commandLine);

// Replaces the application's translators with those of `lang`; Qt then
// sends every widget a LanguageChange event, on which it retranslates.
// False (with the reason in `error`) when a translation did not load; the
// program's own translation is embedded, so that only happens to Qt's.
bool installLanguage(Lang lang, QString* error = nullptr);
Lang installedLanguage();

// An edit the model refused, in the installed language.
QString editErrorText(const class EditError& error);

// "English" / "日本語": each language in its own words, for menus.
QString languageName(Lang lang);

} // namespace edgeplan
