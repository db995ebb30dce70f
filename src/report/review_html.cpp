// `msklint report --format html`: the review notes as one self-contained
// HTML5 file. It must open offline and survive being emailed, so everything
// is inside it: the CSS inline, the picture as inline SVG, no scripts, fonts,
// images or links out of the file. It lays out the review model and decides
// nothing.
//
// Only elements that HTML4-era parsers also know are used for the page
// itself (landmarks are ARIA roles on <div>s rather than <main>, <nav>,
// <section>), and every element is closed, so the file reads both as HTML
// (xmllint --html) and as XML. Only the inline SVG is new to old parsers.

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "report/review_report.h"
#include "util/utf8.h"
#include "util/visible.h"

namespace msklint {

namespace {

// Printed on A4; on a narrow screen tables scroll sideways instead of
// squeezing; severity always has a symbol and a word besides its colour.
constexpr std::string_view style = R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1c1c1c; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: 16px; line-height: 1.45; }
.page { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; color: #003087; }
h2 { font-size: 1.5rem; margin: 2.6rem 0 .8rem; padding-bottom: .25rem; border-bottom: 3px solid #005eb8; color: #003087; }
h3 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
h4 { font-size: 1.08rem; margin: 1.6rem 0 .2rem; }
h5 { font-size: 1rem; margin: 0 0 .4rem; }
p { margin: .4rem 0 .8rem; }
a { color: #005eb8; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; background: #f1f3f5; padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
.lead { color: #444; }
.verdict { border-left: 6px solid #6b7280; background: #f6f7f8; padding: .6rem .9rem; font-weight: 600; }
.verdict.resolve { border-color: #b00020; } .verdict.discuss { border-color: #b45f06; } .verdict.consider { border-color: #005eb8; } .verdict.meets { border-color: #1e7b34; }
.scroll { overflow-x: auto; margin: .5rem 0 1rem;
  /* A shadow at an edge with more table beyond it: the cue that it scrolls. */
  background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 2rem 100% no-repeat local,
              linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 2rem 100% no-repeat local,
              radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.25), rgba(0,0,0,0)) left / .8rem 100% no-repeat scroll,
              radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.25), rgba(0,0,0,0)) right / .8rem 100% no-repeat scroll; }
.contents ol { padding-left: 1.4rem; }
.contents li { margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 .3rem; }
th, td { border: 1px solid #c9ced4; padding: .35rem .55rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef5; }
tbody th { font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.matrix { font-size: .8rem; }
table.matrix th, table.matrix td { padding: .3rem .4rem; }
table.matrix .sev { white-space: normal; }  /* "– not checked" may wrap: eight themes fit the page */
table.facts { width: auto; min-width: 50%; }
table.facts th { background: #f6f7f8; white-space: nowrap; }
.sev { font-weight: 700; white-space: nowrap; }
.service-id { display: block; font-weight: 400; font-size: .85rem; color: #4b5563; }
td.senders { min-width: 9rem; }
td.status { min-width: 12rem; }
tr.flagged td.status { font-weight: 600; }
.error { color: #b00020; } .warning { color: #8f4b00; } .note { color: #005eb8; } .meets { color: #1e7b34; } .unknown { color: #4b5563; }
tr.flagged td, tr.flagged th { background: #fdf0f1; }
.rule { border-left: 5px solid #9ca3af; padding: .2rem 0 .2rem .9rem; margin: 1rem 0 1.4rem; }
.rule.error { border-color: #b00020; } .rule.warning { border-color: #b45f06; } .rule.note { border-color: #005eb8; }
.rule, .rule p, .rule li { color: #1c1c1c; }
.findings { padding-left: 1.2rem; }
.findings li { margin: .35rem 0; }
.fix { display: block; margin-top: .15rem; }
.questions { background: #f1f6fb; border-radius: 4px; padding: .4rem .9rem .2rem; }
.questions p { margin: .2rem 0; font-weight: 600; }
.picture { border: 1px solid #d6dade; border-radius: 4px; padding: .5rem; margin: .5rem 0 1rem; overflow-x: auto; background: #fff; }
.picture svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.picture.large svg { max-width: none; width: 160%; }
.problem { border-left: 5px solid #9ca3af; padding: .1rem 0 .1rem .8rem; margin: .7rem 0; }
.problem.error { border-color: #b00020; } .problem.warning { border-color: #b45f06; } .problem.note { border-color: #005eb8; }
.problem, .problem h4, .problem p { color: #1c1c1c; }
.problem h4 { margin: 0 0 .2rem; font-size: 1rem; }
.problem p { margin: .1rem 0; font-size: .92rem; }
.guidance, .small { color: #4b5563; font-size: .9rem; }
.key-questions { margin-top: 3rem; }
.footer { margin-top: 2.5rem; color: #4b5563; font-size: .85rem; border-top: 1px solid #d6dade; padding-top: .6rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  .page { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.3rem; }
  table { font-size: .85rem; }
  .scroll::before { content: "Wide table: scroll sideways to see all of it \2192"; display: block; font-size: .8rem;
                    color: #4b5563; margin-bottom: .2rem; }
}
@page { size: A4; margin: 16mm 14mm 18mm;
  @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 9pt; color: #4b5563; }
  @bottom-left { content: "Pathway review notes"; font-size: 9pt; color: #4b5563; } }
/* A picture too large for a portrait page, and its lanes, print on landscape pages. */
@page wide { size: A4 landscape; }
@media print {
  body { font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  .scroll, .picture { overflow: visible; }
  h2, h3, h4, h5, caption { break-after: avoid; page-break-after: avoid; }
  /* Keep small blocks whole, never a whole table: a long table kept together
     leaves most of a page blank. A heading travels with its first rows. */
  tr, .rule, .problem, .questions, .verdict, .facts { break-inside: avoid; page-break-inside: avoid; }
  .picture.large, .picture.lane { page: wide; }
  .picture.large svg, .picture.lane svg { width: 100%; max-height: 165mm; }
  /* A board's two pages a pathway: the picture shares its page. */
  .board .picture svg { max-height: 80mm; }
  .picture { break-inside: avoid; page-break-inside: avoid; max-height: 250mm; }
  .picture svg { max-height: 240mm; width: auto; }
  .scroll::before { content: none; }
  .scroll { background: none; }
  thead { display: table-header-group; }
  .pathway { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
)";

// Characters both HTML and XML accept as text: no control characters (C0
// except tab and newline, DEL, C1) and no noncharacters.
bool allowed_in_page(char32_t c) {
  if (c == 0x9 || c == 0xA) return true;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;
  return (c & 0xFFFE) != 0xFFFE;
}

// Text (or an attribute value) for the page. Pathway text can hold anything,
// so markup characters become references, and what neither HTML nor XML may
// hold (control characters, broken UTF-8) becomes U+FFFD.
std::string html(std::string_view raw) {
  const std::string text = visible(raw);  // control characters written out (util/visible.h)
  std::string escaped;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    if (!allowed_in_page(c) || c == 0xFFFD) {  // U+FFFD also stands for malformed bytes
      escaped += "\xEF\xBF\xBD";
      continue;
    }
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&#39;"; break;
      default: escaped.append(text, start, i - start);
    }
  }
  return escaped;
}

std::string code(std::string_view text) { return "<code>" + html(text) + "</code>"; }

std::string_view severity_class(Severity severity) { return severity_word(severity); }

std::string severity_label(Severity severity) {
  return fmt::format("<span class=\"sev {}\">{} {}</span>", severity_class(severity), severity_symbol(severity),
                     severity_word(severity));
}

std::string_view status_class(ThemeStatus status) {
  switch (status) {
    case ThemeStatus::meets: return "meets";
    case ThemeStatus::consider: return "note";
    case ThemeStatus::discuss: return "warning";
    case ThemeStatus::resolve: return "error";
    case ThemeStatus::not_checked: return "unknown";
  }
  return "unknown";
}

std::string_view file_status_class(const FileReview& file) {
  if (!file.readable || file.errors > 0) return "resolve";
  if (file.warnings > 0) return "discuss";
  if (file.notes > 0) return "consider";
  return "meets";
}

std::string_view capacity_class(CapacityStatus status) {
  switch (status) {
    case CapacityStatus::over:
    case CapacityStatus::unbounded: return "error";
    case CapacityStatus::within: return "meets";
    case CapacityStatus::not_sent:
    case CapacityStatus::no_capacity: return "note";
  }
  return "unknown";
}

// The SVG document render_svg returns, as an element for the page: without
// its XML declaration, DOCTYPE and comments.
std::string inline_svg(const Picture& picture) {
  const std::string document = render_svg(picture);
  const auto start = document.find("<svg");
  if (start == std::string::npos) return {};
  std::string svg;
  for (std::size_t i = start; i < document.size();) {
    const auto comment = document.find("<!--", i);
    if (comment == std::string::npos) {
      svg.append(document, i);
      break;
    }
    svg.append(document, i, comment - i);
    const auto end = document.find("-->", comment + 4);
    i = end == std::string::npos ? document.size() : end + 3;
  }
  return svg;
}

void write_summary(std::ostream& out, const Review& review) {
  out << "<div class=\"summary\" role=\"region\" aria-labelledby=\"summary\">\n";
  out << "<h2 id=\"summary\">Summary across pathways</h2>\n";
  out << "<div class=\"scroll\"><table class=\"matrix\">\n<caption>Which ARMA themes need attention in which pathway</caption>\n";
  out << "<thead><tr><th scope=\"col\">Pathway</th>";
  for (const std::string& title : review.theme_titles) out << "<th scope=\"col\">" << html(title) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const FileReview& file : review.files) {
    out << fmt::format("<tr><th scope=\"row\"><a href=\"#{}\">{}</a></th>", file.anchor, html(file.title));
    for (const ThemeScore& score : file.scorecard) {
      out << fmt::format("<td><span class=\"sev {}\">{}</span></td>", status_class(score.status), html(score.mark));
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table></div>\n";
  out << fmt::format("<p class=\"small\">{}</p>\n</div>\n", html(review.legend));
}

// A list of what follows, with links, so a reader can go straight to a
// pathway on screen and find its page in print.
void write_contents(std::ostream& out, const Review& review) {
  // A div with the navigation role, not <nav>: readers of HTML 4 (xmllint) know no <nav>.
  out << "<div class=\"contents\" role=\"navigation\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n";
  if (review.files.size() > 1) out << "<li><a href=\"#summary\">Summary across pathways</a></li>\n";
  for (const FileReview& file : review.files) {
    out << fmt::format("<li><a href=\"#{}\">{}</a>{}</li>\n", file.anchor, html(file.title),
                       file.system ? " (the system)" : "");
  }
  out << "<li><a href=\"#key-questions\">Questions to ask of any change to MSK services</a></li>\n</ol>\n</div>\n";
}

void write_header(std::ostream& out, const FileReview& file, const Review& review) {
  out << fmt::format("<h2 id=\"{}-title\">{}</h2>\n", file.anchor, html(file.title));
  out << "<table class=\"facts\"><tbody>\n";
  out << fmt::format("<tr><th scope=\"row\">File</th><td>{}</td></tr>\n", code(file.file));
  if (!file.owner.empty()) out << fmt::format("<tr><th scope=\"row\">Owner</th><td>{}</td></tr>\n", html(file.owner));
  if (!file.version.empty()) {
    out << fmt::format("<tr><th scope=\"row\">Version</th><td>{}</td></tr>\n", html(file.version));
  }
  out << fmt::format("<tr><th scope=\"row\">Reviewed</th><td>{} with msklint {}</td></tr>\n", html(review.date_text),
                     html(review.tool_version));
  out << "</tbody></table>\n";
  out << fmt::format("<p class=\"verdict {}\">{}.", file_status_class(file), html(file.verdict));
  if (!file.set_aside_note.empty()) out << ' ' << html(file.set_aside_note);
  out << "</p>\n";
}

void write_scorecard(std::ostream& out, const FileReview& file) {
  out << "<h3>At a glance</h3>\n<div class=\"scroll\"><table>\n";
  out << "<caption>Findings by ARMA theme</caption>\n";
  out << "<thead><tr><th scope=\"col\">ARMA theme</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th>"
         "<th scope=\"col\">Notes</th><th scope=\"col\">Verdict</th></tr></thead>\n<tbody>\n";
  for (const ThemeScore& score : file.scorecard) {
    out << fmt::format(
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td><span class=\"sev {}\">{}</span> {}</td></tr>\n",
        html(score.title), score.errors, score.warnings, score.notes, status_class(score.status), html(score.symbol),
        html(score.verdict));
  }
  out << "</tbody>\n</table></div>\n";
}

// The picture as inline SVG; when it cannot be drawn (too large to lay out,
// or Graphviz failed), a line saying why instead, and the notes go on.
std::optional<std::string> drawn_or_said_why(std::ostream& out, const Picture& picture) {
  try {
    return inline_svg(picture);
  } catch (const std::runtime_error& error) {
    out << fmt::format("<p>Not drawn: {}.</p>\n", html(error.what()));
    return std::nullopt;
  }
}

// `note`: why the picture is hard to read on a page, and what to do; empty
// when it fits. Said before the picture: a large one prints on a landscape
// page of its own, and the words stay with the heading.
void write_picture(std::ostream& out, const Picture& picture, const FileReview& file, const std::string& note) {
  out << "<h3>" << html(file.picture_heading) << "</h3>\n";
  const auto svg = drawn_or_said_why(out, picture);
  if (!svg) return;
  const bool fits = note.empty();
  out << "<p class=\"small\">Services with findings are marked with the most serious one.";
  if (!fits) out << ' ' << html(note);
  out << "</p>\n";
  // A picture too large for a page keeps a legible size on screen and
  // scrolls, rather than shrinking to a smudge.
  out << fmt::format("<div class=\"picture{}\" role=\"group\" aria-label=\"Picture of the pathway {}\">\n{}</div>\n",
                     fits ? "" : " large", html(file.title), *svg);
}

// The whole picture, then, when it is too large for a page, lane by lane.
void write_picture(std::ostream& out, const FileReview& file) {
  if (!file.picture) return;
  write_picture(out, *file.picture, file, file.picture_note);
  for (const Picture& lane : file.lane_pictures) {
    if (const auto svg = drawn_or_said_why(out, lane)) {
      out << fmt::format("<div class=\"picture lane\" role=\"group\" aria-label=\"{}\">\n{}</div>\n",
                         html(lane.title), *svg);
    }
  }
}

void write_capacity(std::ostream& out, const FileReview& file) {
  out << "<h3>Capacity and demand</h3>\n";
  out << fmt::format("<p><em>If we increase surgery, is there enough rehabilitation?</em> {}</p>\n",
                     html(file.capacity.verdict));
  if (file.capacity.rows.empty()) return;
  out << "<div class=\"scroll\"><table>\n<caption>People a month each service can see, and the people the routes "
         "send it</caption>\n";
  out << "<thead><tr><th scope=\"col\">Service</th><th scope=\"col\">Can see a month</th>"
         "<th scope=\"col\">Sent a month</th><th scope=\"col\">Gap</th><th scope=\"col\">Sent by</th>"
         "<th scope=\"col\">Verdict</th></tr></thead>\n<tbody>\n";
  for (const CapacityRow& row : file.capacity.rows) {
    out << fmt::format(
        "<tr{}><th scope=\"row\">{}<span class=\"service-id\">{} · {}</span></th><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"senders\">{}</td>"
        "<td class=\"status\"><span class=\"sev {}\">{}</span> {}</td></tr>\n",
        row.flagged ? " class=\"flagged\"" : "", html(row.name), code(row.service), html(row.setting),
        html(row.capacity_text), html(row.demand_text), html(row.gap_text), html(row.senders),
        capacity_class(row.status), html(row.symbol), html(row.verdict));
  }
  out << "</tbody>\n</table></div>\n";
  out << "<p class=\"small\">People a month, counted only from the throughputs and route shares the pathway states, "
         "so demand is at least this much (people arriving at ways in from outside the pathway are not counted).</p>\n";
}

void write_rule(std::ostream& out, const RuleFindings& rule) {
  out << fmt::format("<div class=\"rule {}\">\n<h5>{} {}: {}</h5>\n", severity_class(rule.severity),
                     severity_label(rule.severity), code(rule.rule), html(rule.summary));
  if (!rule.why.empty()) out << fmt::format("<p><strong>Why it matters:</strong> {}</p>\n", html(rule.why));
  out << "<ul class=\"findings\">\n";
  for (const FindingEntry& finding : rule.findings) {
    out << fmt::format("<li>{} at {}", severity_label(finding.severity), code(finding.where));
    if (!finding.subject.empty()) out << fmt::format(" ({})", code(finding.subject));
    out << fmt::format(": {}<span class=\"fix\"><strong>What to change:</strong> {}</span></li>\n",
                       html(finding.message), html(finding.fix));
  }
  out << "</ul>\n";
  if (!rule.questions.empty()) {
    out << "<div class=\"questions\"><p>Questions to ask</p>\n<ul>\n";
    for (const std::string& question : rule.questions) out << "<li>" << html(question) << "</li>\n";
    out << "</ul></div>\n";
  }
  out << "</div>\n";
}

void write_findings(std::ostream& out, const FileReview& file) {
  out << "<h3>Findings by ARMA theme</h3>\n";
  if (file.themes.empty()) {
    out << "<p>No findings.</p>\n";
    return;
  }
  for (const ThemeFindings& theme : file.themes) {
    out << fmt::format("<h4>{}</h4>\n<p class=\"guidance\">{}</p>\n", html(theme.title), html(theme.guidance));
    for (const RuleFindings& rule : theme.rules) write_rule(out, rule);
  }
}

void write_set_aside(std::ostream& out, const FileReview& file) {
  if (file.set_aside.empty()) return;
  out << "<h3>Set aside, with reasons</h3>\n";
  out << "<p>Not counted above: each was set aside by a waiver in the pathway or by a baseline file.</p>\n";
  out << "<div class=\"scroll\"><table>\n<caption>Findings set aside</caption>\n";
  out << "<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Rule</th><th scope=\"col\">Finding</th>"
         "<th scope=\"col\">Why it is set aside</th></tr></thead>\n<tbody>\n";
  for (const SetAsideFinding& entry : file.set_aside) {
    const std::string why = entry.baseline ? fmt::format("in the baseline {}", code(entry.reason))
                                           : fmt::format("{} (waiver at {})", html(entry.reason), code(entry.waiver_at));
    out << fmt::format("<tr><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td></tr>\n", code(entry.finding.where),
                       severity_label(entry.finding.severity), code(entry.rule), html(entry.finding.message), why);
  }
  out << "</tbody>\n</table></div>\n";
}

void write_pathway(std::ostream& out, const FileReview& file, const Review& review) {
  out << fmt::format("<div class=\"pathway\" id=\"{0}\" role=\"region\" aria-labelledby=\"{0}-title\">\n", file.anchor);
  write_header(out, file, review);
  write_scorecard(out, file);
  write_picture(out, file);
  write_capacity(out, file);
  write_findings(out, file);
  write_set_aside(out, file);
  out << "</div>\n";
}

// A board's notes on one pathway: no file:line, rule ids or YAML keys; each
// problem with the question to ask and who should act; at most two pages.
void write_board_pathway(std::ostream& out, const FileReview& file, const Review& review) {
  const BoardBrief& brief = file.board;
  out << fmt::format("<div class=\"pathway\" id=\"{0}\" role=\"region\" aria-labelledby=\"{0}-title\">\n", file.anchor);
  out << fmt::format("<h2 id=\"{}-title\">{}</h2>\n", file.anchor, html(file.title));
  out << "<table class=\"facts\"><tbody>\n";
  if (!file.owner.empty()) out << fmt::format("<tr><th scope=\"row\">Owner</th><td>{}</td></tr>\n", html(file.owner));
  if (!file.version.empty()) {
    out << fmt::format("<tr><th scope=\"row\">Version</th><td>{}</td></tr>\n", html(file.version));
  }
  out << fmt::format("<tr><th scope=\"row\">Reviewed</th><td>{}</td></tr>\n", html(review.date_text));
  out << "</tbody></table>\n";
  out << fmt::format("<p class=\"verdict {}\">{}.</p>\n", file_status_class(file), html(file.verdict));
  if (!brief.team_note.empty()) out << fmt::format("<p>{}</p>\n", html(brief.team_note));
  if (brief.scorecard) write_scorecard(out, file);
  // The pathway on a page first, then what to do about it.
  if (brief.picture) {
    write_picture(out, *brief.picture, file, {});
  } else if (!brief.picture_note.empty()) {
    out << fmt::format("<h3>{}</h3>\n<p>{}</p>\n", html(file.picture_heading), html(brief.picture_note));
  }
  out << "<h3>Problems to take forward</h3>\n";
  if (brief.problems.empty()) out << "<p>None that msklint can see.</p>\n";
  for (const BoardProblem& problem : brief.problems) {
    out << fmt::format("<div class=\"problem {}\">\n<h4>{} {}</h4>\n", severity_class(problem.severity),
                       severity_label(problem.severity), html(problem.what));
    out << fmt::format("<p><strong>Where:</strong> {}</p>\n", html(problem.where));
    if (!problem.why.empty()) out << fmt::format("<p><strong>Why it matters:</strong> {}</p>\n", html(problem.why));
    if (!problem.question.empty()) {
      out << fmt::format("<p><strong>Ask:</strong> {}</p>\n", html(problem.question));
    }
    out << fmt::format("<p><strong>Who should act:</strong> {} <span class=\"guidance\">({})</span></p>\n</div>\n",
                       html(problem.who), html(problem.guidance));
  }
  if (brief.more > 0) {
    out << fmt::format("<p>And {} more: the team notes list them.</p>\n",
                       brief.more == 1 ? std::string("1 problem") : fmt::format("{} problems", brief.more));
  }
  if (!brief.capacity.empty()) {
    out << "<h3>Capacity</h3>\n<p><em>If we increase surgery, is there enough rehabilitation?</em></p>\n<ul>\n";
    for (const std::string& line : brief.capacity) out << "<li>" << html(line) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</div>\n";
}

void write_key_questions(std::ostream& out, const Review& review) {
  out << "<div class=\"key-questions\" role=\"region\" aria-labelledby=\"key-questions\">\n";
  out << "<h2 id=\"key-questions\">Questions to ask of any change to MSK services</h2>\n<ul>\n";
  for (const std::string& question : review.key_questions.questions) out << "<li>" << html(question) << "</li>\n";
  out << "</ul>\n" << fmt::format("<p class=\"small\"><em>{}</em></p>\n</div>\n", html(review.key_questions.source));
}

}  // namespace

void write_review_html(std::ostream& out, const Review& review) {
  out << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
  const std::string heading = review.audience == Audience::board ? "Pathway review: notes for the board"
                                                                  : "Pathway review notes";
  const std::string title = review.files.size() == 1 ? heading + ": " + review.files.front().title : heading;
  out << fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", html(title), style);
  out << fmt::format("<div class=\"page{}\" role=\"main\">\n<h1>{}</h1>\n",
                     review.audience == Audience::board ? " board" : "", html(heading));
  out << fmt::format("<p class=\"lead\">Prepared on {} by msklint {}, which checks musculoskeletal (MSK) care pathways "
                     "against the guidance of the Arthritis and Musculoskeletal Alliance (ARMA).</p>\n",
                     html(review.date_text), html(review.tool_version));
  out << fmt::format("<p class=\"verdict\">{}.</p>\n", html(review.verdict));
  write_contents(out, review);
  if (review.files.size() > 1) write_summary(out, review);
  for (const FileReview& file : review.files) {
    if (review.audience == Audience::board) {
      write_board_pathway(out, file, review);
    } else {
      write_pathway(out, file, review);
    }
  }
  write_key_questions(out, review);
  out << fmt::format("<p class=\"footer\">msklint {} · {}</p>\n", html(review.tool_version), html(review.date_text));
  out << "</div>\n</body>\n</html>\n";
}

}  // namespace msklint
