#include "base/Localized.h"

namespace edgeplan {

bool parseLang(const std::string& code, Lang& out)
{
    if (code == "en") {
        out = Lang::En;
        return true;
    }
    if (code == "ja") {
        out = Lang::Ja;
        return true;
    }
    return false;
}

const char* langCode(Lang lang)
{
    return lang == Lang::Ja ? "ja" : "en";
}

} // namespace edgeplan
