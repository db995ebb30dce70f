#include "cli/new_command.h"

#include <algorithm>
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/say.h"
#include "read/format.h"
#include "read/values.h"
#include "util/atomic_write.h"
#include "util/did_you_mean.h"

namespace msklint {

namespace {

// The starter, with @ID@, @TITLE@, @CONDITION@ and @FILE@ to fill in. Its
// numbers are illustrative but consistent (shares add up to 100%, no service
// is sent more than it can see), so it lints clean for every condition.
constexpr std::string_view starter = R"yaml(# yaml-language-server: $schema=./pathway.schema.json
# (the schema gives completion and checks as you type: msklint schema > pathway.schema.json)
#
# @TITLE@: a starter pathway made by 'msklint new'. It lints clean as it
# stands and shows each part ARMA's guidance asks a pathway to record. Replace
# the illustrative names and numbers with your own, keep what applies, and run
#   msklint check @FILE@
# after each change. 'msklint explain RULE' says why a finding matters.

pathway:
  id: @ID@
  title: @TITLE@
  owner: Your integrated care board (ICB)
  version: "0.1"
  # Who leads MSK for the ICB: without a named lead nobody joins MSK up across the system.
  msk_lead: Director of Planned Care, with a funded MSK clinical lead
  conditions: [@CONDITION@]
  population:
    ages: [adults]
    # What is known about local need: prevalence, demand, and who waits longest.
    need:
      - How many people locally live with this condition (for example from the OHID MSK conditions profile)
      - Which neighbourhoods and groups wait longest or are referred least
    # Where children and young people are seen, if not on this pathway.
    children: "Children and young people under 18 are seen under the local children's MSK pathway"
  # How people with lived experience and patient organisations shaped the pathway.
  coproduction:
    - Reviewed with people who have used the service, and with a local patient organisation
  # What the pathway does about inequalities of access, outcome and experience.
  equalities:
    - Telephone and face-to-face appointments are always offered alongside video
    - Waits and outcomes are reported by deprivation quintile and ethnicity
  # How success is measured, in outcomes that matter to people as well as waits.
  measures:
    - Function, pain and quality of life at first contact and at discharge (for example the MSK-HQ)
    - Waiting times from referral to first appointment

services:
  # Several ways in: general practice, a first contact practitioner and self-referral.
  - id: gp
    name: General practice
    type: general-practice
    entry: true
    capacity: 300/month
    throughput: 250/month
    delivery: [face-to-face, telephone, video]
    offers: [red-flag-screening, shared-decision-making]
    access:
      did_not_attend: contact

  - id: fcp
    name: First contact MSK practitioners
    type: first-contact-practitioner
    entry: true
    capacity: 250/month
    throughput: 220/month
    delivery: [face-to-face, telephone, video]
    offers: [red-flag-screening, shared-decision-making, self-management-support]
    access:
      did_not_attend: contact

  - id: self-referral
    name: Physiotherapy self-referral (online or telephone)
    type: self-referral
    entry: true
    capacity: 200/month
    throughput: 150/month
    delivery: [online, telephone]
    offers: [red-flag-screening, accessible-information]

  # Community care first for most people, with support to manage the condition.
  - id: physio
    name: Community physiotherapy
    type: physiotherapy
    capacity: 500/month
    throughput: 450/month
    delivery: [face-to-face, telephone, video, group]
    offers: [red-flag-screening, exercise-programme, education, self-management-support, wellbeing-check]
    access:
      did_not_attend: contact
      wait: 4 weeks

  - id: interface
    name: Community MSK interface clinic
    type: community-msk
    capacity: 120/month
    throughput: 110/month
    delivery: [face-to-face, telephone, video]
    offers: [shared-decision-making, personalised-care, wellbeing-check, support-while-waiting]
    access:
      did_not_attend: contact
      wait: 6 weeks

  # Mental wellbeing and the wider causes of poor health.
  - id: talking-therapies
    name: NHS Talking Therapies
    type: talking-therapies
    capacity: 50/month
    throughput: 45/month
    delivery: [face-to-face, telephone, video]
    offers: [pain-pathway, mental-health-support]
    access:
      did_not_attend: contact

  - id: social-prescribing
    name: Social prescribing link workers
    type: social-prescribing
    capacity: 60/month
    throughput: 50/month
    delivery: [face-to-face, telephone, home-visit]
    offers: [social-prescribing, patient-organisation-signposting, peer-support]
    access:
      did_not_attend: contact

  # Specialist care, reached after a shared decision, and urgently or as an emergency when needed.
  - id: specialist
    name: Hospital specialist MSK service
    type: orthopaedics
    capacity: 50/month
    throughput: 45/month
    delivery: [face-to-face, telephone, video]
    offers: [shared-decision-making, prehabilitation]
    access:
      did_not_attend: contact
      wait: 12 weeks

  - id: rheumatology
    name: Rheumatology (early inflammatory arthritis clinic)
    type: rheumatology
    capacity: 30/month
    throughput: 25/month
    delivery: [face-to-face, telephone, video]
    offers: [shared-decision-making, education]
    access:
      did_not_attend: contact

  - id: emergency-department
    name: Emergency department
    type: emergency-department
    capacity: 20/month
    throughput: 10/month
    delivery: face-to-face
    offers: [red-flag-screening, bone-health-assessment]

  - id: fracture-liaison
    name: Fracture liaison service
    type: fracture-liaison-service
    capacity: 60/month
    throughput: 50/month
    delivery: [face-to-face, telephone]
    offers: [bone-health-assessment, falls-prevention, education]
    serves: "Adults aged 50 and over with a fragility fracture"
    measures:
      - The Fracture Liaison Service Database (FLS-DB) key performance indicators, reported quarterly
    access:
      criteria:
        text: "Adults aged 50 or over with a fragility fracture"
        basis: "Royal Osteoporosis Society clinical standards for fracture liaison services"
      did_not_attend: contact

  - id: community-rehab
    name: Community rehabilitation
    type: community-rehabilitation
    capacity: 40/month
    throughput: 35/month
    delivery: [face-to-face, video, group]
    offers: [exercise-programme, return-to-work]
    access:
      did_not_attend: contact

  - id: patient-organisations
    name: Patient organisations (helplines, information and local groups)
    type: patient-organisation
    delivery: [telephone, online, group]

  # Where people rightly finish, with support to stay well.
  - id: discharge
    name: Discharge with a self-management plan and an open return
    type: discharge

routes:
  # Shares say what part of the people leaving a service go each way; they add up to 100%.
  - {from: gp, to: physio, share: 55%}
  - {from: gp, to: interface, share: 10%}
  - {from: gp, to: talking-therapies, share: 3%}
  - {from: gp, to: patient-organisations, kind: signpost, share: 10%}
  - {from: gp, to: social-prescribing, share: 4%}
  - {from: gp, to: discharge, share: 13%}
  # Urgent and emergency routes list the red flags that send people down them.
  - from: gp
    to: rheumatology
    kind: urgent
    share: 2%
    within: 3 days
    requires: "Suspected inflammatory arthritis: persistent joint swelling, or early morning stiffness"
  - from: gp
    to: emergency-department
    kind: emergency
    share: 3%
    within: same day
    requires: "Red flags: suspected cauda equina syndrome, fracture, infection, cancer or an unreduced dislocation"

  - {from: fcp, to: physio, share: 55%}
  - {from: fcp, to: interface, share: 15%}
  - {from: fcp, to: talking-therapies, share: 3%}
  - {from: fcp, to: patient-organisations, kind: signpost, share: 10%}
  - {from: fcp, to: discharge, share: 12%}
  - from: fcp
    to: rheumatology
    kind: urgent
    share: 2%
    within: 3 days
    requires: "Suspected inflammatory arthritis: persistent joint swelling, or early morning stiffness"
  - from: fcp
    to: emergency-department
    kind: emergency
    share: 3%
    within: same day
    requires: "Red flags: suspected cauda equina syndrome, fracture, infection, cancer or an unreduced dislocation"

  - {from: self-referral, to: physio, kind: self-referral, share: 90%}
  - {from: self-referral, to: talking-therapies, kind: self-referral, share: 5%}
  - {from: self-referral, to: fcp, kind: urgent, share: 5%, within: 24 hours}

  - {from: physio, to: interface, share: 10%}
  - {from: physio, to: talking-therapies, share: 3%}
  - {from: physio, to: patient-organisations, kind: signpost, share: 10%}
  - {from: physio, to: social-prescribing, share: 3%}
  - {from: physio, to: discharge, share: 73%}
  - from: physio
    to: emergency-department
    kind: emergency
    share: 1%
    within: same day
    requires: "Red flags: suspected cauda equina syndrome, fracture, infection, cancer or an unreduced dislocation"

  - from: interface
    to: specialist
    share: 25%
    requires:
      text: "The person wants to consider surgery after a shared decision-making conversation"
      basis: "NICE NG197: shared decision making"
  - {from: interface, to: physio, share: 40%}
  - {from: interface, to: talking-therapies, share: 5%}
  - {from: interface, to: discharge, share: 30%}

  - {from: talking-therapies, to: physio, share: 10%}
  - {from: talking-therapies, to: social-prescribing, share: 10%}
  - {from: talking-therapies, to: discharge, share: 80%}

  - {from: social-prescribing, to: patient-organisations, kind: signpost, share: 40%}
  - {from: social-prescribing, to: physio, share: 10%}
  - {from: social-prescribing, to: discharge, share: 50%}

  - {from: rheumatology, to: physio, share: 30%}
  - {from: rheumatology, to: patient-organisations, kind: signpost, share: 20%}
  - {from: rheumatology, to: gp, share: 50%}

  - {from: emergency-department, to: specialist, kind: urgent, share: 30%, within: 24 hours}
  - {from: emergency-department, to: fracture-liaison, share: 15%, within: 2 weeks}
  - {from: emergency-department, to: physio, share: 30%}
  - {from: emergency-department, to: discharge, share: 25%}

  - {from: specialist, to: community-rehab, share: 65%, within: 1 week}
  - {from: specialist, to: physio, share: 20%}
  - {from: specialist, to: fracture-liaison, share: 5%}
  - {from: specialist, to: discharge, share: 10%}

  - {from: fracture-liaison, to: gp, share: 40%}
  - {from: fracture-liaison, to: physio, share: 20%}
  - {from: fracture-liaison, to: patient-organisations, kind: signpost, share: 10%}
  - {from: fracture-liaison, to: discharge, share: 30%}

  - {from: community-rehab, to: discharge, share: 90%}
  - {from: community-rehab, to: physio, share: 10%}
)yaml";

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// "knee-pain" -> "Knee pain pathway"
std::string title_of(std::string_view id) {
  std::string title(id);
  std::replace(title.begin(), title.end(), '-', ' ');
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title + " pathway";
}

}  // namespace

std::string starter_pathway(const std::string& id, const std::string& condition, const std::string& file) {
  std::string text(starter);
  replace_all(text, "@ID@", id);
  replace_all(text, "@TITLE@", title_of(id));
  replace_all(text, "@CONDITION@", condition);
  replace_all(text, "@FILE@", file);
  return text;
}

CLI::App* add_new_command(CLI::App& app, NewOptions& options) {
  auto* command = app.add_subcommand("new", "Write a starter pathway that lints clean, with each part ARMA asks for");
  command->add_option("name", options.name, "The pathway's id (knee-pain) or file (pathways/knee-pain.yaml)")
      ->required();
  command->add_option("--condition", options.condition, "The condition it is for, e.g. knee-pain (default general-msk)")
      ->type_name([] {
        // The words, for completions and --help; checked with a did-you-mean in run_new.
        std::string words;
        for (const auto word : format::conditions.words) words += (words.empty() ? "" : ",") + std::string(word);
        return "CONDITION:{" + words + "}";
      }());
  command->footer("Exit codes: 0 written, 2 a bad name or condition, or a file that exists (never overwritten).");
  return command;
}

int run_new(const NewOptions& options) {
  namespace fs = std::filesystem;
  const fs::path given(options.name);
  const bool has_extension = given.extension() == ".yaml" || given.extension() == ".yml";
  const fs::path file = has_extension ? given : fs::path(options.name + ".yaml");
  const std::string id = file.stem().string();
  if (!is_slug(id)) {
    say(fmt::format("'{}' cannot be a pathway id: use lower-case letters, digits and '-', such as 'knee-pain'", id));
    return 2;
  }
  if (!format::conditions.contains(options.condition)) {
    say(fmt::format("unknown condition '{}'{}", options.condition,
                    did_you_mean(options.condition, format::conditions.words)));
    return 2;
  }
  const std::string text = starter_pathway(id, options.condition, file.string());
  // Checked first for a plain message; the write itself never replaces a file either.
  std::error_code error;
  if (std::filesystem::exists(std::filesystem::symlink_status(file, error))) {
    say(fmt::format("will not overwrite '{}': it exists (choose another name)", file.string()));
    return 2;
  }
  if (const std::string failure = write_new_file_atomically(file, text); !failure.empty()) {
    say(failure);
    return 2;
  }
  say(fmt::format("wrote {}: a starter pathway for '{}'. Next: msklint check {}", file.string(), options.condition,
                  file.string()));
  return 0;
}

}  // namespace msklint
