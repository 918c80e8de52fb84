<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FilePrompts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Your changes are lost if you don&apos;t save them.</translation>
    </message>
    <message>
        <source>Edgeplan</source>
        <translation>Edgeplan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>File Changed on Disk</translation>
    </message>
    <message>
        <source>Another program has changed %1.</source>
        <translation>Another program has changed %1.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Saving replaces that version with yours. Reloading loses your unsaved changes.</source>
        <translation>Saving replaces that version with yours. Reloading loses your unsaved changes.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>Reload it (your unsaved changes are lost), or keep your version and replace theirs when you save?</source>
        <translation>Reload it (your unsaved changes are lost), or keep your version and replace theirs when you save?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Keep Mine</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>an untitled plan</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <source>Edgeplan was not closed properly. Unsaved changes to %1 (&quot;%2&quot;) were saved automatically at %3.</source>
        <translation>Edgeplan was not closed properly. Unsaved changes to %1 (&quot;%2&quot;) were saved automatically at %3.</translation>
    </message>
    <message>
        <source>Restore them? The file itself is not changed until you save.</source>
        <translation>Restore them? The file itself is not changed until you save.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edgeplan projects (*.edgeplan);;All files (*)</source>
        <translation>Edgeplan projects (*.edgeplan);;All files (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no components of this plan&apos;s catalog.</source>
        <translation>The clipboard holds no components of this plan&apos;s catalog.</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Rename project</translation>
    </message>
    <message>
        <source>Change sign-off</source>
        <translation>Change sign-off</translation>
    </message>
</context>
<context>
    <name>edgeplan</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than 64 MiB</source>
        <translation>%1: the file is larger than 64 MiB</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>edgeplan::AboutDialog</name>
    <message>
        <source>About Edgeplan</source>
        <translation>About Edgeplan</translation>
    </message>
    <message>
        <source>Edgeplan %1</source>
        <translation>Edgeplan %1</translation>
    </message>
    <message>
        <source>Plans Lync Server 2013 edge and federation topologies and derives the firewall rules that Microsoft&apos;s port summaries require.</source>
        <translation>Plans Lync Server 2013 edge and federation topologies and derives the firewall rules that Microsoft&apos;s port summaries require.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>Rule catalogs and their sources:</source>
        <translation>Rule catalogs and their sources:</translation>
    </message>
    <message>
        <source>Source: %1 &quot;%2&quot;, %3</source>
        <translation>Source: %1 &quot;%2&quot;, %3</translation>
    </message>
</context>
<context>
    <name>edgeplan::Autosave</name>
    <message>
        <source>A&amp;utosave</source>
        <translation>A&amp;utosave</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Every Minute</source>
        <translation>Every Minute</translation>
    </message>
    <message>
        <source>Every 2 Minutes</source>
        <translation>Every 2 Minutes</translation>
    </message>
    <message>
        <source>Every 5 Minutes</source>
        <translation>Every 5 Minutes</translation>
    </message>
    <message>
        <source>Every 10 Minutes</source>
        <translation>Every 10 Minutes</translation>
    </message>
    <message>
        <source>Autosave failed: %1 cannot be locked.</source>
        <translation>Autosave failed: %1 cannot be locked.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::CertificateTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative names</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Extended key usage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>edgeplan::Cli</name>
    <message>
        <source>Try &apos;edgeplan --help&apos;.</source>
        <translation>Try &apos;edgeplan --help&apos;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad input, 2 bad usage.</source>
        <translation>Exit codes: 0 success, 1 bad input, 2 bad usage.</translation>
    </message>
    <message>
        <source>&apos;rules&apos; takes one project file</source>
        <translation>&apos;rules&apos; takes one project file</translation>
    </message>
    <message>
        <source>unknown firewall &apos;%1&apos;</source>
        <translation>unknown firewall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes one project file</source>
        <translation>&apos;export&apos; takes one project file</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format (%1)</source>
        <translation>&apos;export&apos; needs --format (%1)</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --output FILE (&apos;-&apos; for standard output)</source>
        <translation>&apos;export&apos; needs --output FILE (&apos;-&apos; for standard output)</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (%2)</source>
        <translation>unknown export format &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>a %1 file cannot go to standard output</source>
        <translation>a %1 file cannot go to standard output</translation>
    </message>
    <message>
        <source>&apos;export --format flow-pdf&apos; needs --output FILE</source>
        <translation>&apos;export --format flow-pdf&apos; needs --output FILE</translation>
    </message>
    <message>
        <source>&apos;export --format flow-pdf&apos; needs --flow ID (%1)</source>
        <translation>&apos;export --format flow-pdf&apos; needs --flow ID (%1)</translation>
    </message>
    <message>
        <source>unknown flow &apos;%1&apos; (%2)</source>
        <translation>unknown flow &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;render&apos; takes one project file</source>
        <translation>&apos;render&apos; takes one project file</translation>
    </message>
    <message>
        <source>&apos;render&apos; needs --output FILE (.svg, .png or .pdf)</source>
        <translation>&apos;render&apos; needs --output FILE (.svg, .png or .pdf)</translation>
    </message>
    <message>
        <source>&apos;render&apos; writes .svg, .png or .pdf, not &apos;%1&apos;</source>
        <translation>&apos;render&apos; writes .svg, .png or .pdf, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 warning</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <source>%1 information</source>
        <translation>%1 information</translation>
    </message>
    <message>
        <source>&apos;validate&apos; takes one project file</source>
        <translation>&apos;validate&apos; takes one project file</translation>
    </message>
    <message>
        <source>unknown validate format &apos;%1&apos; (text or json)</source>
        <translation>unknown validate format &apos;%1&apos; (text or json)</translation>
    </message>
    <message>
        <source>%1: invalid: %2, %3, %4</source>
        <translation>%1: invalid: %2, %3, %4</translation>
    </message>
    <message>
        <source>%1: valid: %2 components, %3 links, %4 firewall rules</source>
        <translation>%1: valid: %2 components, %3 links, %4 firewall rules</translation>
    </message>
    <message>
        <source>the window opens one project at a time</source>
        <translation>the window opens one project at a time</translation>
    </message>
    <message>
        <source>no display to open the window on.
  Run it under a virtual display:  xvfb-run -a edgeplan [PROJECT]
  or use the command line:         edgeplan rules PROJECT
                                   edgeplan --screenshot out.png PROJECT
  (edgeplan --help lists every command)</source>
        <translation>no display to open the window on.
  Run it under a virtual display:  xvfb-run -a edgeplan [PROJECT]
  or use the command line:         edgeplan rules PROJECT
                                   edgeplan --screenshot out.png PROJECT
  (edgeplan --help lists every command)</translation>
    </message>
    <message>
        <source>Edgeplan plans Lync Server 2013 edge and federation topologies and derives the
firewall rules that Microsoft&apos;s port summaries require.</source>
        <translation>Edgeplan plans Lync Server 2013 edge and federation topologies and derives the
firewall rules that Microsoft&apos;s port summaries require.</translation>
    </message>
    <message>
        <source>Language of tables and messages: ja or en.</source>
        <translation>Language of tables and messages: ja or en.</translation>
    </message>
    <message>
        <source>Export format (see Commands below); for validate, text or json.</source>
        <translation>Export format (see Commands below); for validate, text or json.</translation>
    </message>
    <message>
        <source>File to write (&apos;-&apos; for standard output).</source>
        <translation>File to write (&apos;-&apos; for standard output).</translation>
    </message>
    <message>
        <source>Only the table of this firewall.</source>
        <translation>Only the table of this firewall.</translation>
    </message>
    <message>
        <source>Render the window with the project to a PNG file and exit.</source>
        <translation>Render the window with the project to a PNG file and exit.</translation>
    </message>
    <message>
        <source>Merge rules with the same firewall, direction, ends, transport and protocol.</source>
        <translation>Merge rules with the same firewall, direction, ends, transport and protocol.</translation>
    </message>
    <message>
        <source>PNG scale (default 2).</source>
        <translation>PNG scale (default 2).</translation>
    </message>
    <message>
        <source>PNG with a transparent background.</source>
        <translation>PNG with a transparent background.</translation>
    </message>
    <message>
        <source>The flow of a flow-pdf handout.</source>
        <translation>The flow of a flow-pdf handout.</translation>
    </message>
    <message>
        <source>A .edgeplan file.</source>
        <translation>A .edgeplan file.</translation>
    </message>
    <message>
        <source>--lang takes ja or en, not &apos;%1&apos;</source>
        <translation>--lang takes ja or en, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale takes a number from 0.1 to 8</translation>
    </message>
    <message>
        <source>--flow goes with &apos;export --format flow-pdf&apos;</source>
        <translation>--flow goes with &apos;export --format flow-pdf&apos;</translation>
    </message>
    <message>
        <source>--%1 goes with a command (rules, export, validate)</source>
        <translation>--%1 goes with a command (rules, export, validate)</translation>
    </message>
    <message>
        <source>unknown command or missing file &apos;%1&apos;</source>
        <translation>unknown command or missing file &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</translation>
    </message>
    <message>
        <source>&apos;generate&apos; takes no project file, only --output FILE</source>
        <translation>&apos;generate&apos; takes no project file, only --output FILE</translation>
    </message>
    <message>
        <source>&apos;generate&apos; needs --sites N</source>
        <translation>&apos;generate&apos; needs --sites N</translation>
    </message>
    <message>
        <source>&apos;generate&apos; needs --partners M</source>
        <translation>&apos;generate&apos; needs --partners M</translation>
    </message>
    <message>
        <source>&apos;generate&apos; needs --output FILE</source>
        <translation>&apos;generate&apos; needs --output FILE</translation>
    </message>
    <message>
        <source>%1 sites and %2 partners make %3 components and %4 links; a project file holds at most %5 of each</source>
        <translation>%1 sites and %2 partners make %3 components and %4 links; a project file holds at most %5 of each</translation>
    </message>
    <message>
        <source>the plan would take %1 MB; a project file holds at most %2 MB</source>
        <translation>the plan would take %1 MB; a project file holds at most %2 MB</translation>
    </message>
    <message>
        <source>For generate: the number of sites.</source>
        <translation>For generate: the number of sites.</translation>
    </message>
    <message>
        <source>For generate: the number of partners.</source>
        <translation>For generate: the number of partners.</translation>
    </message>
    <message>
        <source>For generate: the seed (default 1).</source>
        <translation>For generate: the seed (default 1).</translation>
    </message>
    <message>
        <source>--%1 goes with &apos;generate&apos;</source>
        <translation>--%1 goes with &apos;generate&apos;</translation>
    </message>
    <message>
        <source>&apos;generate&apos; takes --sites, --partners, --seed and --output</source>
        <translation>&apos;generate&apos; takes --sites, --partners, --seed and --output</translation>
    </message>
    <message>
        <source>&apos;verify&apos; takes one project file</source>
        <translation>&apos;verify&apos; takes one project file</translation>
    </message>
    <message>
        <source>unknown verify format &apos;%1&apos; (text or json)</source>
        <translation>unknown verify format &apos;%1&apos; (text or json)</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0.1 to 120, not &apos;%1&apos;</source>
        <translation>--timeout takes seconds from 0.1 to 120, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--nameserver takes an IP address, not &apos;%1&apos;</source>
        <translation>--nameserver takes an IP address, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>For verify: seconds each probe may take (default 3).</source>
        <translation>For verify: seconds each probe may take (default 3).</translation>
    </message>
    <message>
        <source>For verify: probes at once (default 8).</source>
        <translation>For verify: probes at once (default 8).</translation>
    </message>
    <message>
        <source>For verify: the DNS server to ask (default: the system&apos;s).</source>
        <translation>For verify: the DNS server to ask (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>--%1 goes with &apos;verify&apos;</source>
        <translation>--%1 goes with &apos;verify&apos;</translation>
    </message>
    <message>
        <source>&apos;verify&apos; takes --timeout, --concurrency, --nameserver and --format</source>
        <translation>&apos;verify&apos; takes --timeout, --concurrency, --nameserver and --format</translation>
    </message>
    <message>
        <source>&apos;convert&apos; takes one project file</source>
        <translation>&apos;convert&apos; takes one project file</translation>
    </message>
    <message>
        <source>&apos;convert&apos; needs --catalog ID (%1)</source>
        <translation>&apos;convert&apos; needs --catalog ID (%1)</translation>
    </message>
    <message>
        <source>&apos;convert&apos; needs --output FILE (&apos;-&apos; for standard output)</source>
        <translation>&apos;convert&apos; needs --output FILE (&apos;-&apos; for standard output)</translation>
    </message>
    <message>
        <source>unknown catalog &apos;%1&apos; (%2)</source>
        <translation>unknown catalog &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1: the plan cannot use the catalog &apos;%2&apos;:</source>
        <translation>%1: the plan cannot use the catalog &apos;%2&apos;:</translation>
    </message>
    <message>
        <source>Load another rule catalog from FILE; for convert, the catalog (an id or a FILE) to convert to.</source>
        <translation>Load another rule catalog from FILE; for convert, the catalog (an id or a FILE) to convert to.</translation>
    </message>
    <message>
        <source>&apos;convert&apos; takes --catalog and --output</source>
        <translation>&apos;convert&apos; takes --catalog and --output</translation>
    </message>
    <message>
        <source>&apos;export --format %1&apos; writes a folder: %2 is a file</source>
        <translation>&apos;export --format %1&apos; writes a folder: %2 is a file</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs --output FILE (&apos;-&apos; for standard output) and the files to import</source>
        <translation>&apos;import&apos; needs --output FILE (&apos;-&apos; for standard output) and the files to import</translation>
    </message>
    <message>
        <source>For import: the plan to add the federation lists to.</source>
        <translation>For import: the plan to add the federation lists to.</translation>
    </message>
    <message>
        <source>--into goes with &apos;import&apos;</source>
        <translation>--into goes with &apos;import&apos;</translation>
    </message>
    <message>
        <source>&apos;import&apos; takes --into and --output</source>
        <translation>&apos;import&apos; takes --into and --output</translation>
    </message>
    <message>
        <source>(none) [PROJECT]</source>
        <translation>(none) [PROJECT]</translation>
    </message>
    <message>
        <source>Render the window with PROJECT to a PNG and exit.</source>
        <translation>Render the window with PROJECT to a PNG and exit.</translation>
    </message>
    <message>
        <source>The trainer&apos;s handout of a flow: one PDF page per step.</source>
        <translation>The trainer&apos;s handout of a flow: one PDF page per step.</translation>
    </message>
    <message>
        <source>Draw the diagram to FILE (.svg, .png or .pdf).</source>
        <translation>Draw the diagram to FILE (.svg, .png or .pdf).</translation>
    </message>
    <message>
        <source>Load a project file and run the design checks:
print every finding (error, warning, information);
exit 1 if the file does not load or any is an error.</source>
        <translation>Load a project file and run the design checks:
print every finding (error, warning, information);
exit 1 if the file does not load or any is an error.</translation>
    </message>
    <message>
        <source>Probe the addresses the plan names: DNS records,
TCP, TLS, SIP OPTIONS, XMPP and STUN, as the rules
require; exit 1 if any probe failed. Nothing the
plan does not name is contacted.</source>
        <translation>Probe the addresses the plan names: DNS records,
TCP, TLS, SIP OPTIONS, XMPP and STUN, as the rules
require; exit 1 if any probe failed. Nothing the
plan does not name is contacted.</translation>
    </message>
    <message>
        <source>Draw a plan from an existing deployment: a Topology
Builder file or Get-CsTopology -AsXml, and federation
lists (Get-CsAllowedDomain, Get-CsXmppAllowedPartner,
Get-CsPublicProvider | Export-Csv), told apart by
their content; --into adds the lists to PROJECT.
Prints what was made and what was not modelled;
exit 1, writing nothing, on bad input.</source>
        <translation>Draw a plan from an existing deployment: a Topology
Builder file or Get-CsTopology -AsXml, and federation
lists (Get-CsAllowedDomain, Get-CsXmppAllowedPartner,
Get-CsPublicProvider | Export-Csv), told apart by
their content; --into adds the lists to PROJECT.
Prints what was made and what was not modelled;
exit 1, writing nothing, on bad input.</translation>
    </message>
    <message>
        <source>Write a large plan for stress tests and demos: N
sites, each with an edge pool, a front-end pool and
external clients, and M federation, public IM and
XMPP partners; the same seed gives the same file.</source>
        <translation>Write a large plan for stress tests and demos: N
sites, each with an edge pool, a front-end pool and
external clients, and M federation, public IM and
XMPP partners; the same seed gives the same file.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>%1; none opens the window.</source>
        <translation>%1; none opens the window.</translation>
    </message>
    <message>
        <source>The same plan against another catalog (a built-in
one&apos;s id, listed below, or a catalog FILE); exit 1,
naming them, if a component or link has no place in
it.</source>
        <translation>The same plan against another catalog (a built-in
one&apos;s id, listed below, or a catalog FILE); exit 1,
naming them, if a component or link has no place in
it.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Formats of export --format F:</source>
        <translation>Formats of export --format F:</translation>
    </message>
    <message>
        <source>Catalogs built in (--catalog ID):</source>
        <translation>Catalogs built in (--catalog ID):</translation>
    </message>
    <message>
        <source>For export --format report: the paper, a4 (default) or letter.</source>
        <translation>For export --format report: the paper, a4 (default) or letter.</translation>
    </message>
    <message>
        <source>--page-size takes %1</source>
        <translation>--page-size takes %1</translation>
    </message>
    <message>
        <source>--page-size goes with &apos;export --format report&apos;</source>
        <translation>--page-size goes with &apos;export --format report&apos;</translation>
    </message>
    <message>
        <source>Keep the rows that a row from Any covers, each marked &apos;covered by row N&apos;.</source>
        <translation>Keep the rows that a row from Any covers, each marked &apos;covered by row N&apos;.</translation>
    </message>
    <message>
        <source>Print the per-firewall rule tables as aligned text,
one numbered row per opening.</source>
        <translation>Print the per-firewall rule tables as aligned text,
one numbered row per opening.</translation>
    </message>
    <message>
        <source>Write the rule tables, a firewall draft, the diagram,
the handoff report, DNS records or certificates in
format F (the formats are listed below); FILE &apos;-&apos;
writes text formats to standard output; --merge puts
rules with the same ends, transport and protocol on
one row; --keep-covered keeps the rows a row from
Any covers, marked &quot;covered by row N&quot;.</source>
        <translation>Write the rule tables, a firewall draft, the diagram,
the handoff report, DNS records or certificates in
format F (the formats are listed below); FILE &apos;-&apos;
writes text formats to standard output; --merge puts
rules with the same ends, transport and protocol on
one row; --keep-covered keeps the rows a row from
Any covers, marked &quot;covered by row N&quot;.</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2&apos;</source>
        <translation>--%1 does not go with &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Open the window on PROJECT, or on the start page.</source>
        <translation>Open the window on PROJECT, or on the start page.</translation>
    </message>
    <message>
        <source>Open the window on a bundled sample, as an untitled plan.</source>
        <translation>Open the window on a bundled sample, as an untitled plan.</translation>
    </message>
    <message>
        <source>no bundled sample is named &apos;%1&apos; (the samples: %2)</source>
        <translation>no bundled sample is named &apos;%1&apos; (the samples: %2)</translation>
    </message>
    <message>
        <source>Open the window on the bundled sample NAME, as an untitled plan (an unknown NAME lists the samples).</source>
        <translation>Open the window on the bundled sample NAME, as an untitled plan (an unknown NAME lists the samples).</translation>
    </message>
</context>
<context>
    <name>edgeplan::Clipboard</name>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
</context>
<context>
    <name>edgeplan::ContextMenus</name>
    <message>
        <source>Click the component to link it to; Esc cancels.</source>
        <translation>Click the component to link it to; Esc cancels.</translation>
    </message>
    <message>
        <source>C&amp;onnect from Here</source>
        <translation>C&amp;onnect from Here</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Properties</translation>
    </message>
    <message>
        <source>Show Its &amp;Rules</source>
        <translation>Show Its &amp;Rules</translation>
    </message>
    <message>
        <source>&amp;Add Component Here</source>
        <translation>&amp;Add Component Here</translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation>Add &amp;Member</translation>
    </message>
    <message>
        <source>Add member %1 to %2</source>
        <translation>Add member %1 to %2</translation>
    </message>
</context>
<context>
    <name>edgeplan::DeploymentBar</name>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Deployment:</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>The edge&apos;s external services sit behind NAT: the outside reaches them at their public (NAT) addresses</source>
        <translation>The edge&apos;s external services sit behind NAT: the outside reaches them at their public (NAT) addresses</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>&amp;Deployment</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
</context>
<context>
    <name>edgeplan::DiagramExport</name>
    <message>
        <source>Generated by Edgeplan</source>
        <translation>Generated by Edgeplan</translation>
    </message>
    <message>
        <source>%1: the picture would be too large; choose a smaller scale</source>
        <translation>%1: the picture would be too large; choose a smaller scale</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .svg, .png or .pdf</source>
        <translation>%1: choose a file ending in .svg, .png or .pdf</translation>
    </message>
    <message>
        <source>%1: the diagram is empty: nothing to draw</source>
        <translation>%1: the diagram is empty: nothing to draw</translation>
    </message>
    <message>
        <source>%1: the diagram is too large to draw (%2 × %3)</source>
        <translation>%1: the diagram is too large to draw (%2 × %3)</translation>
    </message>
    <message>
        <source>%1: cannot draw the picture: nothing was written</source>
        <translation>%1: cannot draw the picture: nothing was written</translation>
    </message>
    <message>
        <source>%1: not enough memory for a picture of %2 × %3 pixels</source>
        <translation>%1: not enough memory for a picture of %2 × %3 pixels</translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG: nothing was written</source>
        <translation>%1: cannot encode the PNG: nothing was written</translation>
    </message>
</context>
<context>
    <name>edgeplan::DiagramScene</name>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>Move %n component</numerusform>
            <numerusform>Move %n components</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::DnsTableModel</name>
    <message>
        <source>The plan gives this component no address yet: set it in the inspector.</source>
        <translation>The plan gives this component no address yet: set it in the inspector.</translation>
    </message>
    <message>
        <source>Priority %1, weight %2</source>
        <translation>Priority %1, weight %2</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>edgeplan::Document</name>
    <message>
        <source>Unknown component type &quot;%1&quot;.</source>
        <translation>Unknown component type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Both ends of a link must be components.</source>
        <translation>Both ends of a link must be components.</translation>
    </message>
    <message>
        <source>Connect %1 and %2</source>
        <translation>Connect %1 and %2</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <source>Delete component</source>
        <translation>Delete component</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation>Switch on %1</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>Switch off %1</translation>
    </message>
    <message>
        <source>no variant</source>
        <translation>no variant</translation>
    </message>
    <message>
        <source>Deployment: %1</source>
        <translation>Deployment: %1</translation>
    </message>
    <message>
        <source>Use NAT</source>
        <translation>Use NAT</translation>
    </message>
    <message>
        <source>Use public addresses</source>
        <translation>Use public addresses</translation>
    </message>
    <message>
        <source>The plan cannot use the catalog &quot;%1&quot;:
%2</source>
        <translation>The plan cannot use the catalog &quot;%1&quot;:
%2</translation>
    </message>
    <message>
        <source>Use catalog %1</source>
        <translation>Use catalog %1</translation>
    </message>
    <message>
        <source>Change project properties</source>
        <translation>Change project properties</translation>
    </message>
    <message>
        <source>%1 and %2 were not linked: the catalog has no rule between the roles %3 and %4. %3 links with: %5.</source>
        <translation>%1 and %2 were not linked: the catalog has no rule between the roles %3 and %4. %3 links with: %5.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>edgeplan::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::ExportDialog</name>
    <message>
        <source>Merge rules with the same ends and protocol</source>
        <translation>Merge rules with the same ends and protocol</translation>
    </message>
    <message>
        <source>Only the selected items</source>
        <translation>Only the selected items</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparent background</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>All firewalls</source>
        <translation>All firewalls</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation>Firewall:</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG scale:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Report page size:</source>
        <translation>Report page size:</translation>
    </message>
    <message>
        <source>Keep the rows a row from Any covers, each marked &apos;covered by row N&apos;</source>
        <translation>Keep the rows a row from Any covers, each marked &apos;covered by row N&apos;</translation>
    </message>
    <message>
        <source>A row from Any covers the rows from named sources to the same destination and port; by default they are folded into it.</source>
        <translation>A row from Any covers the rows from named sources to the same destination and port; by default they are folded into it.</translation>
    </message>
</context>
<context>
    <name>edgeplan::FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start an empty plan with every scenario switched on</source>
        <translation>Start an empty plan with every scenario switched on</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>New from &amp;Sample</translation>
    </message>
    <message>
        <source>Start from the plan of the source document</source>
        <translation>Start from the plan of the source document</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Open Plan</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Save Plan As</translation>
    </message>
    <message>
        <source>Edgeplan</source>
        <translation>Edgeplan</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Edgeplan.</source>
        <translation>%1 was written by a newer version of Edgeplan.</translation>
    </message>
    <message>
        <source>It uses file format %1; this version knows format %2 and shows what it understands.</source>
        <translation>It uses file format %1; this version knows format %2 and shows what it understands.</translation>
    </message>
    <message>
        <source>The plan is open read-only: Save keeps the file as it is and asks for a new file instead.</source>
        <translation>The plan is open read-only: Save keeps the file as it is and asks for a new file instead.</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation>%1 was not saved.</translation>
    </message>
    <message>
        <source>Your changes are still here. Save them as another file, or free space or fix the permissions and save again.</source>
        <translation>Your changes are still here. Save them as another file, or free space or fix the permissions and save again.</translation>
    </message>
    <message>
        <source>The plan was saved, but its previous version was not kept as %1.</source>
        <translation>The plan was saved, but its previous version was not kept as %1.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 is open read-only.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Edgeplan, and saving over it could lose what this version does not understand. Save the plan as a new file.</source>
        <translation>It was written by a newer version of Edgeplan, and saving over it could lose what this version does not understand. Save the plan as a new file.</translation>
    </message>
    <message>
        <source>The recovered plan cannot be opened.</source>
        <translation>The recovered plan cannot be opened.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n component(s) and their links…</source>
        <translation>
            <numerusform>Drawing %n component and their links…</numerusform>
            <numerusform>Drawing %n components and their links…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (sample)</translation>
    </message>
    <message>
        <source>Open a plan saved before</source>
        <translation>Open a plan saved before</translation>
    </message>
</context>
<context>
    <name>edgeplan::FlowHandout</name>
    <message>
        <source>unknown flow &apos;%1&apos;</source>
        <translation>unknown flow &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot lay out the PDF</source>
        <translation>%1: cannot lay out the PDF</translation>
    </message>
</context>
<context>
    <name>edgeplan::GettingStartedDialog</name>
    <message>
        <source>Start a plan</source>
        <translation>Start a plan</translation>
    </message>
    <message>
        <source>%1 gives an empty plan. To see a finished one first, open a sample with %2: the federation edge, the consolidated edge behind NAT and the scaled edge with hardware load balancers.</source>
        <translation>%1 gives an empty plan. To see a finished one first, open a sample with %2: the federation edge, the consolidated edge behind NAT and the scaled edge with hardware load balancers.</translation>
    </message>
    <message>
        <source>Place the servers and partners</source>
        <translation>Place the servers and partners</translation>
    </message>
    <message>
        <source>Drag a component from the Components panel onto its zone on the canvas: the Edge Server into the perimeter network, the front-end pool inside, partners, public IM providers and remote users on the Internet. A component takes its role&apos;s name with a number; double-click it to rename it.</source>
        <translation>Drag a component from the Components panel onto its zone on the canvas: the Edge Server into the perimeter network, the front-end pool inside, partners, public IM providers and remote users on the Internet. A component takes its role&apos;s name with a number; double-click it to rename it.</translation>
    </message>
    <message>
        <source>Connect them</source>
        <translation>Connect them</translation>
    </message>
    <message>
        <source>Choose %1 and drag from one component to another. Each link shows the ports its firewalls must open; a link Microsoft&apos;s pages do not allow is refused, and the message says why.</source>
        <translation>Choose %1 and drag from one component to another. Each link shows the ports its firewalls must open; a link Microsoft&apos;s pages do not allow is refused, and the message says why.</translation>
    </message>
    <message>
        <source>Give them addresses</source>
        <translation>Give them addresses</translation>
    </message>
    <message>
        <source>Select a component to set its FQDN, addresses and NAT in the Inspector. The Firewall Rules, DNS and Certificates panels follow every edit, and the Problems panel says what is still missing. Every edit can be taken back with %1.</source>
        <translation>Select a component to set its FQDN, addresses and NAT in the Inspector. The Firewall Rules, DNS and Certificates panels follow every edit, and the Problems panel says what is still missing. Every edit can be taken back with %1.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Hand it over</translation>
    </message>
    <message>
        <source>%1 writes the handoff report, the tables per firewall, firewall configurations, DNS zones and certificate requests, in English or Japanese.</source>
        <translation>%1 writes the handoff report, the tables per firewall, firewall configurations, DNS zones and certificate requests, in English or Japanese.</translation>
    </message>
    <message>
        <source>Show it to a class</source>
        <translation>Show it to a class</translation>
    </message>
    <message>
        <source>%1 steps through the flows full screen, one hop at a time.</source>
        <translation>%1 steps through the flows full screen, one hop at a time.</translation>
    </message>
    <message>
        <source>Your first plan</source>
        <translation>Your first plan</translation>
    </message>
    <message>
        <source>%1 lists every key of the menus and the canvas.</source>
        <translation>%1 lists every key of the menus and the canvas.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Getting Started</translation>
    </message>
</context>
<context>
    <name>edgeplan::ImportDialog</name>
    <message>
        <source>Lync topology</source>
        <translation>Lync topology</translation>
    </message>
    <message>
        <source>Federation list</source>
        <translation>Federation list</translation>
    </message>
    <message>
        <source>Not importable</source>
        <translation>Not importable</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Add a topology exported by Topology Builder (.tbxml) or by Get-CsTopology -AsXml, and federation lists written by Export-Csv from Get-CsAllowedDomain, Get-CsXmppAllowedPartner or Get-CsPublicProvider. Each file&apos;s kind is told from its content. Nothing changes until you choose Import.</source>
        <translation>Add a topology exported by Topology Builder (.tbxml) or by Get-CsTopology -AsXml, and federation lists written by Export-Csv from Get-CsAllowedDomain, Get-CsXmppAllowedPartner or Get-CsPublicProvider. Each file&apos;s kind is told from its content. Nothing changes until you choose Import.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Add Files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Topologies and federation lists (*.tbxml *.xml *.csv *.txt);;All files (*)</source>
        <translation>Topologies and federation lists (*.tbxml *.xml *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import topology</source>
        <translation>Import topology</translation>
    </message>
    <message>
        <source>Import federation lists</source>
        <translation>Import federation lists</translation>
    </message>
    <message>
        <source>No files yet: add them with Add Files… or drop them here.</source>
        <translation>No files yet: add them with Add Files… or drop them here.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n problem(s), listed in the report.</source>
        <translation>
            <numerusform>Nothing can be imported: %n problem, listed in the report.</numerusform>
            <numerusform>Nothing can be imported: %n problems, listed in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) will be added to the open plan.</source>
        <translation>
            <numerusform>%n component will be added to the open plan.</numerusform>
            <numerusform>%n components will be added to the open plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The topology makes a plan of %n component(s). It replaces the plan in the window; Edit &gt; Undo brings that back.</source>
        <translation>
            <numerusform>The topology makes a plan of %n component. It replaces the plan in the window; Edit &gt; Undo brings that back.</numerusform>
            <numerusform>The topology makes a plan of %n components. It replaces the plan in the window; Edit &gt; Undo brings that back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgeplan::InspectorComponentForm</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Change FQDN</source>
        <translation>Change FQDN</translation>
    </message>
    <message>
        <source>Move to another zone</source>
        <translation>Move to another zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Change address</translation>
    </message>
    <message>
        <source>Public (NAT)</source>
        <translation>Public (NAT)</translation>
    </message>
    <message>
        <source>Change NAT address</source>
        <translation>Change NAT address</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address; the change was not applied.</source>
        <translation>&quot;%1&quot; is not an IPv4 or IPv6 address; the change was not applied.</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>The change was refused.</translation>
    </message>
    <message>
        <source>Service FQDN</source>
        <translation>Service FQDN</translation>
    </message>
    <message>
        <source>Change service FQDN</source>
        <translation>Change service FQDN</translation>
    </message>
    <message>
        <source>Change listening port</source>
        <translation>Change listening port</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Listening port</translation>
    </message>
    <message>
        <source>Change pool</source>
        <translation>Change pool</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535); the change was not applied.</source>
        <translation>&quot;%1&quot; is not a port number (1-65535); the change was not applied.</translation>
    </message>
    <message>
        <source>DNS and certificates</source>
        <translation>DNS and certificates</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificate: %1</translation>
    </message>
    <message>
        <source>No DNS record or certificate names this component.</source>
        <translation>No DNS record or certificate names this component.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Change site</source>
        <translation>Change site</translation>
    </message>
</context>
<context>
    <name>edgeplan::InspectorWidget</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Select a component or a link to see its details.</source>
        <translation>Select a component or a link to see its details.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>From → To</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) and </source>
        <translation>
            <numerusform>%n component and </numerusform>
            <numerusform>%n components and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected.</source>
        <translation>
            <numerusform>%n link selected.</numerusform>
            <numerusform>%n links selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n firewall rule(s)</source>
        <translation>
            <numerusform>%n firewall rule</numerusform>
            <numerusform>%n firewall rules</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Link between %1 and %2</source>
        <translation>Link between %1 and %2</translation>
    </message>
    <message>
        <source>No rule: every scenario of this link is switched off.</source>
        <translation>No rule: every scenario of this link is switched off.</translation>
    </message>
</context>
<context>
    <name>edgeplan::Language</name>
    <message>
        <source>Qt&apos;s own translation (qtbase_%1.qm) is not in %2; install the package qt6-translations-l10n.</source>
        <translation>Qt&apos;s own translation (qtbase_%1.qm) is not in %2; install the package qt6-translations-l10n.</translation>
    </message>
    <message>
        <source>The translation edgeplan_%1.qm is missing from the program.</source>
        <translation>The translation edgeplan_%1.qm is missing from the program.</translation>
    </message>
</context>
<context>
    <name>edgeplan::LinkItem</name>
    <message>
        <source>no rules</source>
        <translation>no rules</translation>
    </message>
</context>
<context>
    <name>edgeplan::MainWindow</name>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;opened plan&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Firewall Rules</source>
        <translation>Firewall Rules</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: cannot write the screenshot</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Step through the flows full screen</source>
        <translation>Step through the flows full screen</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [read-only]</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Edgeplan</source>
        <translation>&amp;About Edgeplan</translation>
    </message>
    <message>
        <source>The version and the sources of the rule catalogs</source>
        <translation>The version and the sources of the rule catalogs</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Every key of the menus and the canvas</source>
        <translation>Every key of the menus and the canvas</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Getting Started</translation>
    </message>
    <message>
        <source>From an empty page to an exported report, step by step</source>
        <translation>From an empty page to an exported report, step by step</translation>
    </message>
</context>
<context>
    <name>edgeplan::NamingDock</name>
    <message numerus="yes">
        <source>%n DNS record(s) the plan needs</source>
        <translation>
            <numerusform>%n DNS record the plan needs</numerusform>
            <numerusform>%n DNS records the plan needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) the plan needs</source>
        <translation>
            <numerusform>%n certificate the plan needs</numerusform>
            <numerusform>%n certificates the plan needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgeplan::PaletteWidget</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Usually in: %2&lt;br&gt;Drag onto the diagram to add one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Usually in: %2&lt;br&gt;Drag onto the diagram to add one.</translation>
    </message>
</context>
<context>
    <name>edgeplan::PlanExporter</name>
    <message>
        <source>Rule tables as CSV (Excel)</source>
        <translation>Rule tables as CSV (Excel)</translation>
    </message>
    <message>
        <source>Rule tables as an Excel workbook</source>
        <translation>Rule tables as an Excel workbook</translation>
    </message>
    <message>
        <source>Rule tables as Markdown</source>
        <translation>Rule tables as Markdown</translation>
    </message>
    <message>
        <source>Rule tables as a web page</source>
        <translation>Rule tables as a web page</translation>
    </message>
    <message>
        <source>Rule tables as JSON</source>
        <translation>Rule tables as JSON</translation>
    </message>
    <message>
        <source>nftables ruleset (draft)</source>
        <translation>nftables ruleset (draft)</translation>
    </message>
    <message>
        <source>Windows Firewall PowerShell script (draft)</source>
        <translation>Windows Firewall PowerShell script (draft)</translation>
    </message>
    <message>
        <source>Cisco ASA access lists (draft)</source>
        <translation>Cisco ASA access lists (draft)</translation>
    </message>
    <message>
        <source>Diagram as SVG</source>
        <translation>Diagram as SVG</translation>
    </message>
    <message>
        <source>Diagram as PNG</source>
        <translation>Diagram as PNG</translation>
    </message>
    <message>
        <source>Diagram as PDF</source>
        <translation>Diagram as PDF</translation>
    </message>
    <message>
        <source>Diagram for diagrams.net (draw.io)</source>
        <translation>Diagram for diagrams.net (draw.io)</translation>
    </message>
    <message>
        <source>Handoff report (PDF)</source>
        <translation>Handoff report (PDF)</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>unknown export format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>DNS records as CSV (Excel)</source>
        <translation>DNS records as CSV (Excel)</translation>
    </message>
    <message>
        <source>DNS zone files for BIND (a folder)</source>
        <translation>DNS zone files for BIND (a folder)</translation>
    </message>
    <message>
        <source>Certificates as CSV (Excel)</source>
        <translation>Certificates as CSV (Excel)</translation>
    </message>
    <message>
        <source>OpenSSL certificate requests (a folder)</source>
        <translation>OpenSSL certificate requests (a folder)</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
</context>
<context>
    <name>edgeplan::PresenterView</name>
    <message>
        <source>Edgeplan — Present</source>
        <translation>Edgeplan — Present</translation>
    </message>
    <message>
        <source>→ / Space next    ← / Backspace back    Home restart    Esc leave</source>
        <translation>→ / Space next    ← / Backspace back    Home restart    Esc leave</translation>
    </message>
    <message>
        <source>This plan has no flow to play: switch on a scenario.</source>
        <translation>This plan has no flow to play: switch on a scenario.</translation>
    </message>
    <message>
        <source>Missing in this plan: %1</source>
        <translation>Missing in this plan: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::ProjectActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import a Lync topology or federation lists exported with PowerShell</source>
        <translation>Import a Lync topology or federation lists exported with PowerShell</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the rule tables, the diagram, the report or firewall configuration</source>
        <translation>Export the rule tables, the diagram, the report or firewall configuration</translation>
    </message>
    <message>
        <source>Export Flow &amp;Handout…</source>
        <translation>Export Flow &amp;Handout…</translation>
    </message>
    <message>
        <source>A PDF with one page per step of a flow, for a class</source>
        <translation>A PDF with one page per step of a flow, for a class</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>P&amp;roperties…</translation>
    </message>
    <message>
        <source>The project&apos;s SIP domains and the DNS names of its services</source>
        <translation>The project&apos;s SIP domains and the DNS names of its services</translation>
    </message>
    <message>
        <source>&amp;Verify Plan…</source>
        <translation>&amp;Verify Plan…</translation>
    </message>
    <message>
        <source>Probe the plan&apos;s addresses: DNS, ports, certificates, SIP, XMPP and STUN</source>
        <translation>Probe the plan&apos;s addresses: DNS, ports, certificates, SIP, XMPP and STUN</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>No flow to export: switch on a scenario.</source>
        <translation>No flow to export: switch on a scenario.</translation>
    </message>
    <message>
        <source>Export Flow Handout</source>
        <translation>Export Flow Handout</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Flow:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>edgeplan::ProjectPropertiesDialog</name>
    <message>
        <source>Project Properties</source>
        <translation>Project Properties</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Project name:</translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation>SIP domains</translation>
    </message>
    <message>
        <source>The first domain is the default SIP domain. Each domain gets its own SRV records; untick those a domain does not publish.</source>
        <translation>The first domain is the default SIP domain. Each domain gets its own SRV records; untick those a domain does not publish.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Federation SRV</source>
        <translation>Federation SRV</translation>
    </message>
    <message>
        <source>XMPP SRV</source>
        <translation>XMPP SRV</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>Internal DNS domain:</source>
        <translation>Internal DNS domain:</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS names</translation>
    </message>
    <message>
        <source>Leave a name empty to use the default shown in grey.</source>
        <translation>Leave a name empty to use the default shown in grey.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Internal DNS domain</source>
        <translation>Internal DNS domain</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DNS names of %1: %2</source>
        <translation>DNS names of %1: %2</translation>
    </message>
    <message>
        <source>the default SIP domain</source>
        <translation>the default SIP domain</translation>
    </message>
    <message>
        <source>Change project properties</source>
        <translation>Change project properties</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Change note:</source>
        <translation>Change note:</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>What changed in this revision</translation>
    </message>
    <message>
        <source>Sign-off: %1</source>
        <translation>Sign-off: %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::RuleTableDock</name>
    <message>
        <source>Firewall:</source>
        <translation>Firewall:</translation>
    </message>
    <message>
        <source>All firewalls</source>
        <translation>All firewalls</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the selected link</source>
        <translation>
            <numerusform>%n rule of the selected link</numerusform>
            <numerusform>%n rules of the selected link</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copy Rows</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the component&apos;s links</source>
        <translation>
            <numerusform>%n rule of the component&apos;s links</numerusform>
            <numerusform>%n rules of the component&apos;s links</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fit Columns to Contents</source>
        <translation>&amp;Fit Columns to Contents</translation>
    </message>
</context>
<context>
    <name>edgeplan::RuleTableModel</name>
    <message>
        <source>This traffic crosses both firewalls directly, without the Edge Server.</source>
        <translation>This traffic crosses both firewalls directly, without the Edge Server.</translation>
    </message>
</context>
<context>
    <name>edgeplan::SafeOutput</name>
    <message>
        <source>%1 is the same file as %2, an input: it would be overwritten; choose another output</source>
        <translation>%1 is the same file as %2, an input: it would be overwritten; choose another output</translation>
    </message>
    <message>
        <source>the folder %1 holds %2, an input: it would be replaced; choose another output</source>
        <translation>the folder %1 holds %2, an input: it would be replaced; choose another output</translation>
    </message>
    <message>
        <source>%1 is a file: the export writes a folder</source>
        <translation>%1 is a file: the export writes a folder</translation>
    </message>
    <message>
        <source>%1 holds files that the export did not write (%2): nothing was written; move them away or choose another folder</source>
        <translation>%1 holds files that the export did not write (%2): nothing was written; move them away or choose another folder</translation>
    </message>
</context>
<context>
    <name>edgeplan::ScenarioBar</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Scenarios:</translation>
    </message>
</context>
<context>
    <name>edgeplan::ShortcutsDialog</name>
    <message>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>Cancel a connection being drawn; back to Select</source>
        <translation>Cancel a connection being drawn; back to Select</translation>
    </message>
    <message>
        <source>Connect from a component: drag from its handle</source>
        <translation>Connect from a component: drag from its handle</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Drag</translation>
    </message>
    <message>
        <source>Rename a component in place</source>
        <translation>Rename a component in place</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>edgeplan::StartPage</name>
    <message>
        <source>Federation and public IM</source>
        <translation>Federation and public IM</translation>
    </message>
    <message>
        <source>One edge server with SIP and XMPP federation, public IM and a remote user: the federation rules.</source>
        <translation>One edge server with SIP and XMPP federation, public IM and a remote user: the federation rules.</translation>
    </message>
    <message>
        <source>Single edge behind NAT</source>
        <translation>Single edge behind NAT</translation>
    </message>
    <message>
        <source>A consolidated edge server on private addresses behind NAT, with a director, a reverse proxy and every kind of partner.</source>
        <translation>A consolidated edge server on private addresses behind NAT, with a director, a reverse proxy and every kind of partner.</translation>
    </message>
    <message>
        <source>Scaled edge with load balancers</source>
        <translation>Scaled edge with load balancers</translation>
    </message>
    <message>
        <source>An edge pool of two servers behind hardware load balancers, a front-end pool of two and a federation partner.</source>
        <translation>An edge pool of two servers behind hardware load balancers, a front-end pool of two and a federation partner.</translation>
    </message>
    <message>
        <source>Edgeplan</source>
        <translation>Edgeplan</translation>
    </message>
    <message>
        <source>Plan the firewall ports, DNS records and certificates of an edge deployment: start a plan, or open one of the samples to see what a finished plan looks like.</source>
        <translation>Plan the firewall ports, DNS records and certificates of an edge deployment: start a plan, or open one of the samples to see what a finished plan looks like.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>Recent Files</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>No recent files yet.</translation>
    </message>
</context>
<context>
    <name>edgeplan::Verifier</name>
    <message>
        <source>the system&apos;s name server</source>
        <translation>the system&apos;s name server</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS name or an IP address: nothing was sent.</source>
        <translation>&apos;%1&apos; is not a DNS name or an IP address: nothing was sent.</translation>
    </message>
    <message>
        <source>refused to send</source>
        <translation>refused to send</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record at %2.</source>
        <translation>%1 has no A or AAAA record at %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>No answer within %1 s: filtered by a firewall, or nothing listens there.</source>
        <translation>No answer within %1 s: filtered by a firewall, or nothing listens there.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>The host refused the connection: nothing listens on %1 %2, or a firewall rejects it.</source>
        <translation>The host refused the connection: nothing listens on %1 %2, or a firewall rejects it.</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>no record</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>lookup failed</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priority %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>DNS: %1. The plan gives no FQDN to compare with.</source>
        <translation>DNS: %1. The plan gives no FQDN to compare with.</translation>
    </message>
    <message>
        <source>matches the plan</source>
        <translation>matches the plan</translation>
    </message>
    <message>
        <source>DNS: %1.</source>
        <translation>DNS: %1.</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>mismatch</translation>
    </message>
    <message>
        <source>DNS: %1. The plan says %2:%3.</source>
        <translation>DNS: %1. The plan says %2:%3.</translation>
    </message>
    <message>
        <source>No A or AAAA record for %1.</source>
        <translation>No A or AAAA record for %1.</translation>
    </message>
    <message>
        <source>DNS: %1. The plan gives no address to compare with.</source>
        <translation>DNS: %1. The plan gives no address to compare with.</translation>
    </message>
    <message>
        <source>DNS: %1. The plan says %2.</source>
        <translation>DNS: %1. The plan says %2.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>no handshake</translation>
    </message>
    <message>
        <source>The port is open but the TLS handshake got no answer within %1 s.</source>
        <translation>The port is open but the TLS handshake got no answer within %1 s.</translation>
    </message>
    <message>
        <source>no SIP answer</source>
        <translation>no SIP answer</translation>
    </message>
    <message>
        <source>TLS works (%1) but no SIP response came within %2 s.</source>
        <translation>TLS works (%1) but no SIP response came within %2 s.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>The server closed the connection before answering OPTIONS: %1</source>
        <translation>The server closed the connection before answering OPTIONS: %1</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>handshake failed</translation>
    </message>
    <message>
        <source>%1; subject CN=%2; SAN %3; issuer %4; expires %5</source>
        <translation>%1; subject CN=%2; SAN %3; issuer %4; expires %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the plan gives no FQDN to look for in the certificate</source>
        <translation>the plan gives no FQDN to look for in the certificate</translation>
    </message>
    <message>
        <source>chain not trusted: %1</source>
        <translation>chain not trusted: %1</translation>
    </message>
    <message>
        <source>%1 is not among the certificate&apos;s names</source>
        <translation>%1 is not among the certificate&apos;s names</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <source>not SIP</source>
        <translation>not SIP</translation>
    </message>
    <message>
        <source>The server sent more than 8 KiB without a status line.</source>
        <translation>The server sent more than 8 KiB without a status line.</translation>
    </message>
    <message>
        <source>The first line of the answer is not a SIP status line: %1</source>
        <translation>The first line of the answer is not a SIP status line: %1</translation>
    </message>
    <message>
        <source>The server answers SIP, but not with 2xx. %1</source>
        <translation>The server answers SIP, but not with 2xx. %1</translation>
    </message>
    <message>
        <source>The server closed the stream before its features: %1</source>
        <translation>The server closed the stream before its features: %1</translation>
    </message>
    <message>
        <source>no features</source>
        <translation>no features</translation>
    </message>
    <message>
        <source>The port is open but no &lt;stream:features&gt; came within %1 s.</source>
        <translation>The port is open but no &lt;stream:features&gt; came within %1 s.</translation>
    </message>
    <message>
        <source>stream error</source>
        <translation>stream error</translation>
    </message>
    <message>
        <source>The server ended the stream: %1</source>
        <translation>The server ended the stream: %1</translation>
    </message>
    <message>
        <source>not XMPP</source>
        <translation>not XMPP</translation>
    </message>
    <message>
        <source>The answer is not an XMPP stream: %1</source>
        <translation>The answer is not an XMPP stream: %1</translation>
    </message>
    <message>
        <source>Stream from %1; features: %2.</source>
        <translation>Stream from %1; features: %2.</translation>
    </message>
    <message>
        <source>(no from)</source>
        <translation>(no from)</translation>
    </message>
    <message>
        <source>offers STARTTLS</source>
        <translation>offers STARTTLS</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>no STARTTLS</translation>
    </message>
    <message>
        <source>Port unreachable: nothing listens on UDP %1.</source>
        <translation>Port unreachable: nothing listens on UDP %1.</translation>
    </message>
    <message>
        <source>error response</source>
        <translation>error response</translation>
    </message>
    <message>
        <source>Binding Error Response, code %1.</source>
        <translation>Binding Error Response, code %1.</translation>
    </message>
    <message>
        <source>no mapped address</source>
        <translation>no mapped address</translation>
    </message>
    <message>
        <source>Binding Success without a mapped address.</source>
        <translation>Binding Success without a mapped address.</translation>
    </message>
    <message>
        <source>mapped %1:%2</source>
        <translation>mapped %1:%2</translation>
    </message>
    <message>
        <source>Binding Success Response: this end is seen as %1 port %2.</source>
        <translation>Binding Success Response: this end is seen as %1 port %2.</translation>
    </message>
    <message>
        <source>not STUN</source>
        <translation>not STUN</translation>
    </message>
    <message>
        <source>Answers came, but none was a STUN response to this request: %1</source>
        <translation>Answers came, but none was a STUN response to this request: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 is a port range: media ports open per call, no listener answers there.</source>
        <translation>%1 %2 %3 is a port range: media ports open per call, no listener answers there.</translation>
    </message>
    <message>
        <source>The plan gives this end neither an address nor an FQDN.</source>
        <translation>The plan gives this end neither an address nor an FQDN.</translation>
    </message>
    <message>
        <source>There is no probe for %1 over UDP.</source>
        <translation>There is no probe for %1 over UDP.</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>not probed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>DNS SRV</source>
        <translation>DNS SRV</translation>
    </message>
    <message>
        <source>DNS A/AAAA</source>
        <translation>DNS A/AAAA</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP connect</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>SIP OPTIONS</source>
        <translation>SIP OPTIONS</translation>
    </message>
    <message>
        <source>XMPP stream</source>
        <translation>XMPP stream</translation>
    </message>
    <message>
        <source>STUN binding</source>
        <translation>STUN binding</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>edgeplan::VerifyDialog</name>
    <message>
        <source>Verify Plan</source>
        <translation>Verify Plan</translation>
    </message>
    <message>
        <source>Probes the addresses and names that the plan gives, as its firewall rules require: DNS records, TCP ports, TLS certificates, SIP OPTIONS, the XMPP stream and STUN. Nothing else is contacted. RTP port ranges are not probed.</source>
        <translation>Probes the addresses and names that the plan gives, as its firewall rules require: DNS records, TCP ports, TLS certificates, SIP OPTIONS, the XMPP stream and STUN. Nothing else is contacted. RTP port ranges are not probed.</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe (s):</source>
        <translation>&amp;Timeout per probe (s):</translation>
    </message>
    <message>
        <source>Probes at &amp;once:</source>
        <translation>Probes at &amp;once:</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS server:</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>the system&apos;s resolver</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, not “%1”.</source>
        <translation>The DNS server must be an IP address, not “%1”.</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Probing…</translation>
    </message>
    <message>
        <source>Export Results as JSON</source>
        <translation>Export Results as JSON</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Export Results as CSV</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>edgeplan::VerifyReport</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1: %2 (SRV)</source>
        <translation>%1: %2 (SRV)</translation>
    </message>
    <message>
        <source>%1: %2 (A/AAAA)</source>
        <translation>%1: %2 (A/AAAA)</translation>
    </message>
    <message>
        <source>%1: (no address)</source>
        <translation>%1: (no address)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n not probed</numerusform>
            <numerusform>%n not probed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgeplan::ViewActions</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Select</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Zoom to &amp;Fit</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Show the whole diagram</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoom to 100 %</translation>
    </message>
    <message>
        <source>&amp;Port Numbers Only</source>
        <translation>&amp;Port Numbers Only</translation>
    </message>
    <message>
        <source>Label links with their port numbers only</source>
        <translation>Label links with their port numbers only</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Snap to &amp;Grid</translation>
    </message>
    <message>
        <source>Snap moved components to the grid</source>
        <translation>Snap moved components to the grid</translation>
    </message>
    <message>
        <source>Select and move components (V, or Esc)</source>
        <translation>Select and move components (V, or Esc)</translation>
    </message>
    <message>
        <source>Drag from one component to another to link them (C)</source>
        <translation>Drag from one component to another to link them (C)</translation>
    </message>
</context>
</TS>
