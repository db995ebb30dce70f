#include "cli/man_page.h"

#include <fmt/format.h>

namespace msklint {

namespace {

// Text for roff: backslashes and hyphens escaped, and no line may start with
// a control character ('.' or '\'').
std::string roff(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else if (c == '\n') {
      out += "\n.br\n";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

std::string option_heading(const OptionSpec& option) {
  std::string heading;
  for (const auto& name : option.short_names) heading += (heading.empty() ? "" : ", ") + fmt::format("\\fB\\-{}\\fR", name);
  for (const auto& name : option.long_names) {
    heading += (heading.empty() ? "" : ", ") + fmt::format("\\fB\\-\\-{}\\fR", roff(name));
  }
  if (!option.value_name.empty()) {
    // A short list of values reads best spelt out; a long one is named (CONDITION).
    std::string value = option.value_name;
    if (!option.choices.empty() && option.choices.size() <= 6) {
      value.clear();
      for (const auto& choice : option.choices) value += (value.empty() ? "" : "|") + choice;
    }
    heading += " \\fI" + roff(value) + "\\fR";
  }
  return heading;
}

}  // namespace

std::string man_page(std::span<const CommandSpec> commands, std::string_view version) {
  std::string out = fmt::format(".TH MSKLINT 1 \"\" \"msklint {}\" \"User Commands\"\n", roff(version));
  out +=
      ".SH NAME\nmsklint \\- lint musculoskeletal (MSK) care pathways against ARMA's guidance\n"
      ".SH SYNOPSIS\n\\fBmsklint\\fR [\\fICOMMAND\\fR] [\\fIOPTIONS\\fR] [\\fIPATH\\fR...]\n"
      ".SH DESCRIPTION\n"
      "msklint reads care pathways written in YAML \\(em the services a person can use and the routes between "
      "them \\(em and checks them against the guidance of the Arthritis and Musculoskeletal Alliance (ARMA). Each "
      "finding says where it is (file, line and column), what is wrong, why it matters and what to change.\n"
      ".PP\n\\fBmsklint\\fR \\fIPATH\\fR... is \\fBmsklint check\\fR \\fIPATH\\fR...; a directory is searched for "
      "*.yaml and *.yml files.\n"
      ".SH COMMANDS\n";
  for (const CommandSpec& command : commands) {
    out += fmt::format(".SS \"msklint {}{}{}\"\n{}\n", command.name, command.options.empty() ? "" : " [OPTIONS]",
                       command.positional.empty() ? "" : fmt::format(" [{}]", roff(command.positional)),
                       roff(command.description));
    if (!command.positional_description.empty()) {
      out += fmt::format(".TP\n\\fI{}\\fR\n{}\n", roff(command.positional), roff(command.positional_description));
    }
    for (const OptionSpec& option : command.options) {
      out += fmt::format(".TP\n{}\n{}\n", option_heading(option), roff(option.description));
    }
    if (!command.footer.empty()) out += fmt::format(".PP\n{}\n", roff(command.footer));
  }
  out +=
      ".SH EXIT STATUS\n"
      ".TP\n\\fB0\\fR\nNo finding at or above the failure level (\\fB\\-\\-fail\\-on\\fR, default error), or "
      "\\fB\\-\\-exit\\-zero\\fR.\n"
      ".TP\n\\fB1\\fR\nFindings at or above the failure level. A problem in a linted file (invalid YAML, a file "
      "that cannot be read) is a finding.\n"
      ".TP\n\\fB2\\fR\nA bad command line or configuration, no pathway files, an unusable baseline, a report that "
      "cannot be written, or an internal error.\n"
      ".SH ENVIRONMENT\n"
      ".TP\n\\fBNO_COLOR\\fR\nWhen set and not empty, no colour with \\fB\\-\\-color auto\\fR.\n"
      ".TP\n\\fBFORCE_COLOR\\fR\nWhen set and not empty (and not 0 or false), colour with \\fB\\-\\-color auto\\fR, "
      "even when not writing to a terminal; it wins over NO_COLOR.\n"
      ".TP\n\\fBSOURCE_DATE_EPOCH\\fR\nThe date printed on review notes when \\fB\\-\\-date\\fR is not given.\n"
      ".SH FILES\n"
      ".TP\n\\fB.msklint.yaml\\fR\nThe configuration: the nearest one in the directory of a linted file or above "
      "(rules on and off, severities, include and exclude globs, fail\\-on).\n"
      ".TP\n\\fB.gitignore\\fR, \\fB.git/info/exclude\\fR\nInside a git work tree, files git ignores are not searched "
      "(\\fB\\-\\-no\\-ignore\\fR searches them); files named on the command line are always linted.\n"
      ".SH EXAMPLES\n"
      ".nf\n"
      "msklint check pathways/\n"
      "msklint check \\-\\-format sarif \\-o msklint.sarif pathways/\n"
      "cat knee.yaml | msklint check \\-\\-stdin\\-filename pathways/knee.yaml \\-\n"
      "msklint explain dead\\-end\n"
      "msklint new knee\\-pain \\-\\-condition knee\\-pain\n"
      "msklint report \\-\\-format html \\-o notes.html pathways/\n"
      ".fi\n"
      ".SH SEE ALSO\n"
      "\\fBmsklint rules\\fR lists every rule; \\fBmsklint explain\\fR \\fIRULE\\fR shows what a rule checks, why it "
      "matters in ARMA's terms, and how to fix it.\n";
  return out;
}

}  // namespace msklint
