#include "cli/presentation/wheel_svg.hpp"

#include <cmath>
#include <cstdio>
#include <numbers>

#include "cli/presentation/catalog.hpp"
#include "cli/presentation/wording.hpp"
#include "cli/presentation/xml_text.hpp"

namespace cycle {

namespace {

constexpr double centre = 500;
constexpr double month_outer = 470;
constexpr double month_inner = 430;
constexpr double lane_outer = 420;  // the first step's ring
constexpr double lane_step = 36;    // ring to ring
constexpr double lane_width = 30;
constexpr double duty_radius = lane_outer - 5 * lane_step - 12;
constexpr double meeting_radius = duty_radius - 34;
const char* const overdue_red = "#c62828";
const char* const passed_grey = "#9e9e9e";
const char* const font = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

// Blue, green, dark amber, purple, teal, brown, plum, slate: told apart in print and by
// readers with red-green colour blindness by lightness as well; none is the red of overdue.
constexpr const char* palette[] = {"#1f5fa8", "#2e7d32", "#b26a00", "#6a3d9a",
                                   "#00838f", "#8d6e63", "#ad1457", "#546e7a"};

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

// The angle of a moment in the year, in radians from the top, clockwise: `fraction` 0 is
// 1 January 00:00, 1 is 31 December 24:00.
double angle(double fraction) {
    return 2 * std::numbers::pi * fraction - std::numbers::pi / 2;
}

double day_fraction(const Date& day, double within_day, int year) {
    const Date first(static_cast<unsigned short>(year), 1, 1);
    const Date last(static_cast<unsigned short>(year), 12, 31);
    const double days = static_cast<double>(days_between(first, last) + 1);
    return (static_cast<double>(days_between(first, day)) + within_day) / days;
}

// The point at `radius` from the centre, at angle `theta` (clockwise from three o'clock).
struct Xy {
    double x, y;
};
Xy polar(double radius, double theta) {
    return {centre + radius * std::cos(theta), centre + radius * std::sin(theta)};
}

// The angle of the middle of a day of `year`, where a deadline, duty, meeting or today is marked.
double midday_angle(const Date& day, int year) {
    return angle(day_fraction(day, 0.5, year));
}

std::string point(double radius, double theta) {
    const Xy at = polar(radius, theta);
    return number(at.x) + " " + number(at.y);
}

// A band between two radii from one angle to another (clockwise).
// Each side is drawn as two arcs of at most half a turn through the middle angle, so that a
// band of the whole year (start and end at the same point, which one SVG arc cannot draw)
// is a full ring.
std::string sector_path(double inner, double outer, double from, double to) {
    const double middle = (from + to) / 2;
    const auto arc = [](double radius, bool clockwise, const std::string& end) {
        return " A " + number(radius) + " " + number(radius) + " 0 0 " + (clockwise ? "1 " : "0 ") +
               end;
    };
    return "M " + point(outer, from) + arc(outer, true, point(outer, middle)) +
           arc(outer, true, point(outer, to)) + " L " + point(inner, to) +
           arc(inner, false, point(inner, middle)) + arc(inner, false, point(inner, from)) + " Z";
}

struct Paint {
    std::string fill;
    std::string stroke;
    std::string extra;  // dashes
};

Paint paint(WheelState state, const std::string& colour) {
    switch (state) {
        case WheelState::done:
            return {colour, colour, ""};
        case WheelState::open:
            return {"#ffffff", colour, ""};
        case WheelState::overdue:
            return {"#fde0e0", overdue_red, ""};
        case WheelState::passed:
            return {"#eeeeee", passed_grey, " stroke-dasharray=\"6 4\""};
    }
    return {colour, colour, ""};
}

std::string painted(const Paint& p, double width) {
    return " fill=\"" + p.fill + "\" stroke=\"" + p.stroke + "\" stroke-width=\"" + number(width) +
           "\"" + p.extra;
}

std::string state_word(Language language, WheelState state) {
    switch (state) {
        case WheelState::done:
            return tr(language, "done");
        case WheelState::open:
            return tr(language, "upcoming");
        case WheelState::overdue:
            return tr(language, "overdue");
        case WheelState::passed:
            return tr(language, "passed over");
    }
    return "";
}

std::string meeting_state_word(Language language, WheelState state) {
    switch (state) {
        case WheelState::done:
            return tr(language, "held");
        case WheelState::overdue:
            return tr(language, "not recorded as held");
        case WheelState::open:
        case WheelState::passed:
            return tr(language, "scheduled");
    }
    return "";
}

std::string class_of(WheelState state) {
    switch (state) {
        case WheelState::done:
            return "done";
        case WheelState::open:
            return "open";
        case WheelState::overdue:
            return "overdue";
        case WheelState::passed:
            return "passed";
    }
    return "";
}

std::string text_at(double x, double y, double size, const std::string& text,
                    const std::string& extra = "") {
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-size=\"" + number(size) +
           "\" text-anchor=\"middle\"" + extra + ">" + xml_escape(text) + "</text>\n";
}

std::string diamond(double radius, double theta, double size) {
    const auto [x, y] = polar(radius, theta);
    return number(x) + "," + number(y - size) + " " + number(x + size) + "," + number(y) + " " +
           number(x) + "," + number(y + size) + " " + number(x - size) + "," + number(y);
}

void draw_months(std::string& svg, int year, Language language) {
    svg += "<g id=\"wheel-months\">\n";
    for (int month = 1; month <= 12; ++month) {
        const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
        const Date last = first.end_of_month();
        const double from = angle(day_fraction(first, 0, year));
        const double to = angle(day_fraction(last, 1, year));
        char id[16];
        std::snprintf(id, sizeof id, "month-%02d", month);
        svg += "<path id=\"" + std::string(id) + "\" d=\"" +
               sector_path(month_inner, month_outer, from, to) + "\" fill=\"" +
               (month % 2 == 1 ? "#f1f1f1" : "#e2e2e2") +
               "\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n";
        // Along the ring, upright on both halves, so that a long name stays in its sector.
        const double middle = (from + to) / 2;
        const double r = (month_inner + month_outer) / 2;
        const auto [x, y] = polar(r, middle);
        const double degrees = middle * 180 / std::numbers::pi + (std::sin(middle) > 0 ? -90 : 90);
        svg += "<text x=\"" + number(x) + "\" y=\"" + number(y + 7) +
               "\" font-size=\"19\" text-anchor=\"middle\" fill=\"#333333\" transform=\"rotate(" +
               number(degrees) + " " + number(x) + " " + number(y) + ")\">" +
               xml_escape(month_name(language, month)) + "</text>\n";
    }
    svg += "</g>\n";
}

void draw_steps(std::string& svg, const AnnualWheel& wheel, const Organisation& org,
                Language language) {
    svg += "<g id=\"wheel-steps\">\n";
    for (const WheelStep& step : wheel.steps) {
        // One ring a step (a recurring step's occurrences share one); five rings fill the
        // band between the outer edge and the duties, and more share it.
        int lane = 0;
        for (std::size_t i = 0; i < org.steps.size(); ++i) {
            if (org.steps[i].id == step.status.step.id) lane = static_cast<int>(i);
        }
        const double ring =
            std::min(lane_step, lane_step * 5 / double(std::max<std::size_t>(org.steps.size(), 1)));
        const double outer = lane_outer - lane * ring;
        const double inner = outer - lane_width * ring / lane_step;
        const double from = angle(day_fraction(step.from, 0, wheel.year));
        const double to = angle(day_fraction(step.to, 1, wheel.year));
        const std::string colour = body_colour(org, step.status.body);
        const Paint p = paint(step.state, colour);
        const StepDates& dates = step.status.dates;
        const std::string title =
            step_title(language, org, step.status.step) + " " + std::to_string(step.budget_year) +
            ": " + route_title(language, org, step.status.body, step.status.to) + "; " +
            trf(language, "Window {1}–{2}", short_date_in(language, dates.window_from),
                short_date_in(language, dates.window_to)) +
            "; " + trf(language, "Deadline {1}", short_date_in(language, dates.deadline)) + "; " +
            step_state_word(language, step.status);
        svg += "<g id=\"" + step.id + "\" class=\"step " + class_of(step.state) + "\">\n<title>" +
               xml_escape(title) + "</title>\n";
        svg += "<path d=\"" + sector_path(inner, outer, from, to) + "\"" + painted(p, 2.5) + "/>\n";
        const double r = (inner + outer) / 2;
        const std::string label =
            step_title(language, org, step.status.step) + " " + std::to_string(step.budget_year);
        // A label fits inside an arc of about two months; a shorter arc gets it beside its
        // end, in dark text, so that it is still read on paper.
        if (to - from >= 2 * std::numbers::pi * 55 / 365) {
            const double middle = (from + to) / 2;
            const std::string colour_inside =
                step.state == WheelState::done
                    ? "#ffffff"
                    : (step.state == WheelState::overdue ? overdue_red : "#222222");
            const Xy at = polar(r, middle);
            svg += text_at(at.x, at.y + 5, 13, label,
                           " fill=\"" + colour_inside + "\" font-weight=\"bold\"");
        } else {
            const double beside = to + 2 * std::numbers::pi * 3 / 365;
            const Xy at = polar(r, beside);
            svg += "<text x=\"" + number(at.x) + "\" y=\"" + number(at.y + 5) +
                   "\" font-size=\"13\" font-weight=\"bold\" fill=\"#222222\">" +
                   xml_escape(label) + "</text>\n";
        }
        svg += "</g>\n";
        if (step.deadline_in_year) {
            const double at = midday_angle(dates.deadline, wheel.year);
            const Paint mark = paint(step.state, colour);
            svg += "<polygon id=\"deadline-" + step.id.substr(5) + "\" class=\"deadline " +
                   class_of(step.state) + "\" points=\"" + diamond(outer + 1, at, 9) + "\"" +
                   painted({step.state == WheelState::open ? "#ffffff" : mark.fill, mark.stroke,
                            mark.extra},
                           2.5) +
                   "><title>" +
                   xml_escape(trf(language, "Deadline {1}: {2}",
                                  step_title(language, org, step.status.step) + " " +
                                      std::to_string(step.budget_year),
                                  long_date_in(language, dates.deadline))) +
                   "</title></polygon>\n";
        }
    }
    svg += "</g>\n";
}

void draw_duties(std::string& svg, const AnnualWheel& wheel, const Organisation& org,
                 Language language) {
    svg += "<g id=\"wheel-duties\">\n";
    for (const WheelDuty& duty : wheel.duties) {
        const double at = midday_angle(duty.due, wheel.year);
        const auto [x, y] = polar(duty_radius, at);
        const Paint p = paint(duty.state, body_colour(org, duty.body));
        svg +=
            "<rect id=\"" + duty.id + "\" class=\"duty " + class_of(duty.state) + "\" x=\"" +
            number(x - 8) + "\" y=\"" + number(y - 8) + "\" width=\"16\" height=\"16\"" +
            painted(p, 2.5) + "><title>" +
            xml_escape(trf(language, "Duty {1}: {2}", duty.duty, long_date_in(language, duty.due)) +
                       "; " + state_word(language, duty.state)) +
            "</title></rect>\n";
    }
    svg += "</g>\n";
}

void draw_meetings(std::string& svg, const AnnualWheel& wheel, const Organisation& org,
                   Language language) {
    svg += "<g id=\"wheel-meetings\">\n";
    for (const WheelMeeting& meeting : wheel.meetings) {
        const double at = midday_angle(meeting.meeting.date, wheel.year);
        const Paint p = paint(meeting.state, body_colour(org, meeting.meeting.body));
        std::string title =
            trf(language, "Meeting: {1}, {2}", body_title(language, org, meeting.meeting.body),
                long_date_in(language, meeting.meeting.date)) +
            "; " + meeting_state_word(language, meeting.state);
        const std::string plans = plans_text(language, org, meeting.meeting);
        if (!plans.empty()) title += "; " + plans;
        svg += "<circle id=\"" + meeting.id + "\" class=\"meeting " + class_of(meeting.state) +
               "\" cx=\"" + number(polar(meeting_radius, at).x) + "\" cy=\"" +
               number(polar(meeting_radius, at).y) + "\" r=\"9\"" + painted(p, 2.5) + "><title>" +
               xml_escape(title) + "</title></circle>\n";
    }
    svg += "</g>\n";
}

void draw_today(std::string& svg, const AnnualWheel& wheel, Language language) {
    if (wheel.today.year() != wheel.year) return;
    const double at = midday_angle(wheel.today, wheel.year);
    svg += "<g id=\"wheel-today\">\n<title>" +
           xml_escape(trf(language, "Today: {1}", long_date_in(language, wheel.today))) +
           "</title>\n<line x1=\"" + number(centre) + "\" y1=\"" + number(centre) + "\" x2=\"" +
           number(polar(month_outer + 8, at).x) + "\" y2=\"" +
           number(polar(month_outer + 8, at).y) +
           "\" stroke=\"#111111\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n<circle cx=\"" +
           number(centre) + "\" cy=\"" + number(centre) + "\" r=\"8\" fill=\"#111111\"/>\n</g>\n";
}

void draw_legend(std::string& svg, const AnnualWheel& wheel, const Organisation& org,
                 Language language) {
    svg += "<g id=\"wheel-legend\" font-size=\"18\">\n";
    double y = 1030;
    double x = 40;
    for (const Body& body : org.bodies) {
        const std::string name = body_title(language, org, body.id);
        svg += "<rect x=\"" + number(x) + "\" y=\"" + number(y - 15) +
               "\" width=\"18\" height=\"18\" fill=\"" + body_colour(org, body.id) + "\"/>\n";
        svg += "<text x=\"" + number(x + 26) + "\" y=\"" + number(y) + "\">" + xml_escape(name) +
               "</text>\n";
        x += 26 + 11.0 * static_cast<double>(name.size()) + 30;
        if (x > 760) {
            x = 40;
            y += 32;
        }
    }
    y += 46;
    x = 40;
    const std::string grey = "#555555";
    const struct {
        WheelState state;
        const char* label;
    } states[] = {{WheelState::done, N_("Done")},
                  {WheelState::open, N_("Open")},
                  {WheelState::overdue, N_("Overdue")}};
    for (const auto& each : states) {
        svg += "<rect x=\"" + number(x) + "\" y=\"" + number(y - 15) +
               "\" width=\"30\" height=\"18\"" + painted(paint(each.state, grey), 2.5) + "/>\n";
        svg += "<text x=\"" + number(x + 38) + "\" y=\"" + number(y) + "\">" +
               xml_escape(tr(language, each.label)) + "</text>\n";
        x += 170;
    }
    y += 40;
    x = 40;
    svg += "<polygon points=\"" + number(x + 9) + "," + number(y - 15) + " " + number(x + 18) +
           "," + number(y - 6) + " " + number(x + 9) + "," + number(y + 3) + " " + number(x) + "," +
           number(y - 6) + "\" fill=\"#ffffff\" stroke=\"" + grey +
           "\" stroke-width=\"2.5\"/>\n<text x=\"" + number(x + 28) + "\" y=\"" + number(y) +
           "\">" + xml_escape(tr(language, "Deadline")) + "</text>\n";
    x += 170;
    svg += "<circle cx=\"" + number(x + 9) + "\" cy=\"" + number(y - 6) +
           "\" r=\"9\" fill=\"#ffffff\" stroke=\"" + grey +
           "\" stroke-width=\"2.5\"/>\n<text x=\"" + number(x + 28) + "\" y=\"" + number(y) +
           "\">" + xml_escape(tr(language, "Meeting")) + "</text>\n";
    x += 170;
    svg += "<rect x=\"" + number(x + 1) + "\" y=\"" + number(y - 14) +
           "\" width=\"16\" height=\"16\" fill=\"#ffffff\" stroke=\"" + grey +
           "\" stroke-width=\"2.5\"/>\n<text x=\"" + number(x + 28) + "\" y=\"" + number(y) +
           "\">" + xml_escape(tr(language, "Duty")) + "</text>\n";
    x += 170;
    if (wheel.today.year() == wheel.year) {
        svg += "<line x1=\"" + number(x) + "\" y1=\"" + number(y - 6) + "\" x2=\"" +
               number(x + 30) + "\" y2=\"" + number(y - 6) +
               "\" stroke=\"#111111\" stroke-width=\"4\"/>\n<text x=\"" + number(x + 38) +
               "\" y=\"" + number(y) + "\">" +
               xml_escape(trf(language, "Today {1}", short_date_in(language, wheel.today))) +
               "</text>\n";
    }
    svg += "</g>\n";
}

}  // namespace

std::string body_colour(const Organisation& org, const std::string& body_id) {
    constexpr std::size_t colours = sizeof palette / sizeof palette[0];
    for (std::size_t i = 0; i < org.bodies.size(); ++i) {
        if (org.bodies[i].id == body_id) return palette[i % colours];
    }
    return "#757575";
}

std::string wheel_svg(const AnnualWheel& wheel, const Organisation& org, Language language,
                      SvgForm form) {
    std::string svg;
    if (form == SvgForm::document) svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    const std::string heading = trf(language, "Annual wheel {1}", std::to_string(wheel.year));
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"wheel-" +
           std::to_string(wheel.year) +
           "\" width=\"180mm\" height=\"230mm\" viewBox=\"-40 0 1080 1280\" font-family=\"" +
           std::string(font) + "\" xml:lang=\"" + std::string(language_code(language)) +
           "\">\n<title>" + xml_escape(heading + " – " + org.name) + "</title>\n";
    svg += "<rect x=\"-40\" width=\"1080\" height=\"1280\" fill=\"#ffffff\"/>\n";
    draw_months(svg, wheel.year, language);
    draw_steps(svg, wheel, org, language);
    draw_duties(svg, wheel, org, language);
    draw_meetings(svg, wheel, org, language);
    svg += text_at(centre, centre - 6, 64, std::to_string(wheel.year),
                   " font-weight=\"bold\" fill=\"#222222\"");
    svg += text_at(centre, centre + 30, 18, tr(language, "Annual wheel"), " fill=\"#444444\"");
    draw_today(svg, wheel, language);
    svg += text_at(centre, 1000, 22, org.name, " font-weight=\"bold\" fill=\"#222222\"");
    draw_legend(svg, wheel, org, language);
    svg += "</svg>\n";
    return svg;
}

}  // namespace cycle
