#pragma once

// The fuzz targets' export step: every XML output the model writes for a
// plan is well-formed XML with no script element, read by expat (which the
// model links for its own XML reader), or the target aborts.
//
// The XLSX workbook is left out: libxlsxwriter 1.1.4 writes only to a file,
// and reading its zip parts back needs an unzip library that nothing here
// links. tst_xmloutputs unzips it and checks every part with xmllint.

#include "export/DocumentExport.h"
#include "verify/Verify.h"

#include <expat.h>

#include <cstring>
#include <optional>
#include <string>

namespace edgeplan::fuzz {

inline void startElement(void* data, const XML_Char* name, const XML_Char**)
{
    if (std::strcmp(name, "script") == 0)
        *static_cast<bool*>(data) = true;
}

// Aborts unless the text is one well-formed XML document without a script element.
inline void requireWellFormed(const std::string& xml)
{
    XML_Parser parser = XML_ParserCreate("UTF-8");
    bool script = false;
    XML_SetUserData(parser, &script);
    XML_SetStartElementHandler(parser, startElement);
    const XML_Status status = XML_Parse(parser, xml.data(), int(xml.size()), XML_TRUE);
    XML_ParserFree(parser);
    if (status != XML_STATUS_OK || script)
        __builtin_trap(); // a text broke an XML output
}

inline void requireWellFormedOutputs(const Topology& topology)
{
    for (const Lang lang : {Lang::En, Lang::Ja}) {
        const ExportOptions options{lang, {}, lang == Lang::Ja};
        requireWellFormed(exportDrawio(topology, options));
        requireWellFormed(exportRulesHtml(topology, options));
    }
    // The XMPP stream header verify sends, to each name the plan holds; a
    // name that is no DNS name is refused before any header is made.
    for (const auto& [id, component] : topology.components())
        if (const std::optional<std::string> header = xmppStreamHeader(component.fqdn, component.fqdn))
            requireWellFormed(*header + "</stream:stream>");
}

} // namespace edgeplan::fuzz
