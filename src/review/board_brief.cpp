// The notes for a board (`msklint report --audience board`): each problem in
// ARMA's terms, with the question to ask and who should act. Nothing about
// how the file is written: no file:line, no rule ids, no YAML keys. Findings
// of rules documented `audience: team` (syntax, keys, ids, waivers) are
// counted, not listed; the team notes have them.

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "review/review_parts.h"
#include "rules/rule_docs.h"

namespace msklint::review_parts {

namespace {

// Who should act on a problem, by the ARMA theme of its rule.
std::string_view who_should_act(std::string_view theme) {
  if (theme == "coproduction") return "The pathway's owner, with patient organisations and people who use the services";
  if (theme == "msk-services") return "The MSK clinical lead, with the providers of the services named";
  if (theme == "wider-access") return "Commissioners, with the providers of the services named";
  if (theme == "workforce-and-funding") return "Commissioners planning capacity and workforce, with providers";
  if (theme == "health-equalities") return "The pathway's owner, with the ICB's lead for health inequalities";
  if (theme == "barriers-to-access") return "Commissioners and the clinical leads who set the access criteria";
  if (theme == "icb-leadership") return "The ICB board and its MSK lead";
  return "The pathway's owner";
}

// Services by id, so a board reads names: "Community physiotherapy", not "physio".
std::map<std::string, std::string, std::less<>> names_of(const FileReport& report) {
  std::map<std::string, std::string, std::less<>> names;
  auto add = [&](const std::vector<Service>& services) {
    for (const Service& service : services) {
      if (!service.id.value.empty()) names.emplace(service.id.value, service.display_name());
    }
  };
  if (report.pathway) add(report.pathway->services);
  if (report.system) add(report.system->system.services);
  return names;
}

// A finding's subject in words: a service's name, a route "A → B", or the
// whole pathway (or system).
std::string subject_words(std::string_view subject, const std::map<std::string, std::string, std::less<>>& names,
                          bool system) {
  auto name = [&](std::string_view id) {
    const auto it = names.find(id);
    return it != names.end() ? it->second : std::string(id);
  };
  if (subject.empty() || subject == "pathway" || subject == "system") {
    return system ? "the whole system" : "the whole pathway";
  }
  if (const auto arrow = subject.find(" -> "); arrow != std::string_view::npos) {
    return fmt::format("{} → {}", name(subject.substr(0, arrow)), name(subject.substr(arrow + 4)));
  }
  return name(subject);
}

// "Community physiotherapy, Spinal surgery and 2 more": each named once, in file order.
std::string where_words(const RuleFindings& rule, const std::map<std::string, std::string, std::less<>>& names,
                        bool system) {
  constexpr std::size_t shown = 3;
  std::vector<std::string> places;
  for (const FindingEntry& finding : rule.findings) {
    std::string place = subject_words(finding.subject, names, system);
    if (std::find(places.begin(), places.end(), place) == places.end()) places.push_back(std::move(place));
  }
  if (places.size() <= shown) {
    if (places.size() == 1) return places.front();
    const std::string last = places.back();
    places.pop_back();
    return fmt::format("{} and {}", fmt::join(places, ", "), last);
  }
  return fmt::format("{} and {} more", fmt::join(places.begin(), places.begin() + shown, ", "), places.size() - shown);
}

}  // namespace

BoardBrief make_board_brief(const FileReport& report, const FileReview& file, bool several_files) {
  BoardBrief brief;
  brief.scorecard = !several_files;
  const auto names = names_of(report);
  int team_findings = 0;
  std::vector<BoardProblem> problems;
  for (const ThemeFindings& theme : file.themes) {
    for (const RuleFindings& rule : theme.rules) {
      const RuleDoc* doc = find_rule_doc(rule.rule);
      if (doc == nullptr || doc->team_only) {
        team_findings += static_cast<int>(rule.findings.size());
        continue;
      }
      BoardProblem problem;
      problem.severity = rule.severity;
      problem.what = rule.summary;
      problem.where = where_words(rule, names, file.system);
      problem.why = rule.why;
      problem.question = rule.questions.empty() ? std::string() : rule.questions.front();
      problem.who = std::string(who_should_act(theme.theme));
      problem.guidance = doc->guidance;
      problems.push_back(std::move(problem));
    }
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const BoardProblem& a, const BoardProblem& b) { return a.severity > b.severity; });
  if (problems.size() > max_board_problems) {
    brief.more = static_cast<int>(problems.size() - max_board_problems);
    problems.resize(max_board_problems);
  }
  brief.problems = std::move(problems);
  if (!file.readable) {
    brief.team_note = "msklint could not read this file, so nothing in it was checked: the team that maintains it "
                      "should correct it first.";
  } else if (team_findings > 0) {
    brief.team_note = fmt::format("{} in how the file is written {} for the team that maintains it (the team notes "
                                  "list {}); until then some of it may not have been checked.",
                                  count_of(team_findings, "problem", "problems"), team_findings == 1 ? "is" : "are",
                                  team_findings == 1 ? "it" : "them");
  }
  for (const CapacityRow& row : file.capacity.rows) {
    if (row.flagged) brief.capacity.push_back(fmt::format("{}: {}.", row.name, row.verdict));
  }
  if (file.picture && fits_one_page(*file.picture)) {
    brief.picture = *file.picture;
    brief.picture->problems.clear();
  } else if (file.picture) {
    brief.picture_note = too_large_note(*file.picture) +
                         ", so it is not drawn here: the team notes have it, and the team can draw any one service "
                         "with what leads to it and what it leads to.";
  }
  return brief;
}

}  // namespace msklint::review_parts
