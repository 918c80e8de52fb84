#pragma once

namespace edgeplan {

// What a left drag on a component does in the diagram: move it (Select) or
// draw a link from it to another component (Connect).
enum class DiagramTool { Select, Connect };

// What the last verification of the plan against the network found on a
// link: every probe passed, some warned, or one failed. Unchecked links
// (and links whose rules changed since) carry None.
enum class LinkCheck { None, Passed, Warning, Failed };

// How much a link label says: every rule spelled out, or port numbers only.
enum class LabelMode { Full, PortsOnly };

// The MIME type of a palette drag; the payload is the role id in UTF-8.
inline constexpr char kRoleMimeType[] = "application/x-edgeplan-role";

} // namespace edgeplan
