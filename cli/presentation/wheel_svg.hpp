// Draws an annual wheel (workflows/queries/annual_wheel) as a standalone SVG 1.1 document: the
// twelve months around the circle from January at the top, clockwise; one ring per cycle step with
// each window as an arc coloured by the body responsible, and its deadline as a diamond; the
// duties every N years as squares, the meetings as dots, today as a hand; a legend below.
// Recorded items are solid, open ones outlined, overdue ones red, passed-over ones grey.
// No scripts, styles or fonts from elsewhere; sized to fit A4 (180 x 230 mm). Pure.
#pragma once

#include <string>

#include "cli/presentation/language.hpp"
#include "config/model/organisation.hpp"
#include "workflows/queries/annual_wheel.hpp"

namespace cycle {

// The SVG element alone (for inlining in HTML), or with the XML declaration (for a file).
enum class SvgForm { element, document };

std::string wheel_svg(const AnnualWheel& wheel, const Organisation& org, Language language,
                      SvgForm form);

// The colour of a body on the wheel and in the report (by its place in the config).
std::string body_colour(const Organisation& org, const std::string& body_id);

}  // namespace cycle
