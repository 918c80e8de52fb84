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

// Below this zoom (the painter's level of detail) names, addresses and
// port labels are not drawn: they would be too small to read.
inline constexpr double kLabelsShownFrom = 0.4;
// The least zoom a plan opens at: its labels readable. A plan larger than
// the view at this zoom opens scrolled to its top left instead of fitted.
inline constexpr double kLegibleZoom = 0.75;

// The MIME type of a palette drag; the payload is the role id in UTF-8.
inline constexpr char kRoleMimeType[] = "application/x-edgeplan-role";

} // namespace edgeplan
