#include "read/format.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace msklint::format {

namespace {

constexpr std::array<ServiceType, 49> service_type_table{{
    {"general-practice", "primary", false},
    {"first-contact-practitioner", "primary", false},
    {"pharmacy", "primary", false},
    {"social-prescribing", "primary", false},
    {"health-coaching", "primary", false},
    {"self-referral", "self-care", false},
    {"self-management", "self-care", true},
    {"discharge", "self-care", true},
    {"digital-triage", "community", false},
    {"community-msk", "community", false},
    {"physiotherapy", "community", false},
    {"community-rehabilitation", "community", false},
    {"community-pain", "community", false},
    {"podiatry", "community", false},
    {"occupational-therapy", "community", false},
    {"osteopathy", "community", false},
    {"chiropractic", "community", false},
    {"exercise-programme", "community", false},
    {"strength-and-balance", "community", false},
    {"group-consultation", "community", false},
    {"self-management-education", "community", false},
    {"talking-therapies", "community", false},
    {"mental-health", "community", false},
    {"leisure-services", "community", true},
    {"orthopaedics", "secondary", false},
    {"spinal-surgery", "secondary", false},
    {"rheumatology", "secondary", false},
    {"pain-management", "secondary", false},
    {"fracture-liaison-service", "secondary", false},
    {"emergency-department", "secondary", false},
    {"diagnostics", "secondary", false},
    {"specialist-nursing", "secondary", false},
    {"rehabilitation", "secondary", false},
    {"patient-organisation", "voluntary", true},
    {"peer-support", "voluntary", true},
    {"voluntary-sector", "voluntary", true},
    {"private-practice", "community", false},
    {"falls-service", "community", false},
    {"public-health", "community", true},
    {"fracture-clinic", "secondary", false},
    {"msk-triage", "community", false},
    {"referral-management", "community", false},
    {"weight-management", "community", true},
    {"stop-smoking", "community", true},
    {"injection-clinic", "community", false},
    {"community-diagnostics", "community", false},
    {"funding-panel", "secondary", false},
    {"individual-funding-request", "secondary", false},
    {"prior-approval", "secondary", false},
}};

constexpr auto service_type_words = [] {
  std::array<std::string_view, service_type_table.size()> words{};
  for (std::size_t i = 0; i < words.size(); ++i) words[i] = service_type_table[i].id;
  return words;
}();

constexpr std::string_view service_type_meanings[] = {
    "General practice: the GP surgery, where many people first go with an MSK problem.",
    "A first contact practitioner in general practice (often an MSK physiotherapist), seen without a GP referral.",
    "A community pharmacy: advice, medicines and pointers to other help.",
    "Social prescribing link workers, who connect people with community groups and with help on money, housing or loneliness.",
    "Health and wellbeing coaches, who help people manage their own health.",
    "A way for people to refer themselves: an online form, a phone line or a walk-in.",
    "People looking after their condition themselves, with information and tools; a place people may rightly finish.",
    "Leaving the pathway, ideally with a plan and a way back; where the pathway ends.",
    "Online or digital triage that directs people to a service.",
    "A community MSK service (an interface or assessment service) outside hospital.",
    "Physiotherapy, usually in the community.",
    "Rehabilitation in the community, for example after surgery or a fracture.",
    "A community service for people living with persistent pain.",
    "Podiatry: care of the foot and ankle.",
    "Occupational therapy: help with daily activities, work and adaptations.",
    "Osteopathy.",
    "Chiropractic.",
    "An exercise and education programme, such as ESCAPE-pain.",
    "Strength and balance classes, which help prevent falls.",
    "Group consultations: several people seen together by clinicians.",
    "Courses that teach people to manage their condition.",
    "NHS Talking Therapies (formerly IAPT): psychological therapies, some with a pathway for pain.",
    "Other mental health services.",
    "Leisure centres, pools, parks and walking groups; a place people may rightly finish.",
    "Hospital orthopaedics: assessment and surgery of bones and joints.",
    "Spinal surgery.",
    "Rheumatology: inflammatory arthritis and other rheumatic conditions.",
    "A hospital pain clinic or pain management programme.",
    "A fracture liaison service: finds people who have had a fragility fracture and acts to prevent the next one.",
    "An emergency department (A&E).",
    "Hospital diagnostics: imaging and tests.",
    "Specialist nurses, for example in rheumatology or osteoporosis.",
    "Rehabilitation in hospital or as an inpatient.",
    "A patient organisation such as Versus Arthritis; a place people may rightly finish.",
    "Peer support groups, run by and for people with the condition; a place people may rightly finish.",
    "Another voluntary or community organisation; a place people may rightly finish.",
    "Independent or private practitioners.",
    "A community falls service.",
    "Public health services and campaigns; a place people may rightly finish.",
    "A fracture clinic.",
    "Clinical triage of MSK referrals, which decides where each one goes.",
    "A referral management service, which reviews referrals before they reach hospital.",
    "A weight management service; a place people may rightly finish.",
    "A stop smoking service; a place people may rightly finish.",
    "An injection clinic, for example for joint injections.",
    "A community diagnostic centre: imaging and tests outside hospital.",
    "A panel that decides whether a treatment is funded.",
    "An individual funding request, for treatment that is not routinely funded.",
    "Prior approval: treatment is funded only once approval has been given.",
};
static_assert(std::size(service_type_meanings) == service_type_table.size());

constexpr std::string_view setting_words[] = {"primary", "community", "secondary", "voluntary", "self-care"};
constexpr std::string_view setting_meanings[] = {
    "Primary care: general practice, first contact practitioners and pharmacies.",
    "Community services, outside hospital.",
    "Secondary care: hospital services.",
    "The voluntary sector: charities, patient organisations and community groups.",
    "Self-care: what people do for themselves, and where they leave the pathway.",
};
static_assert(std::size(setting_meanings) == std::size(setting_words));

constexpr std::string_view condition_words[] = {
    "osteoarthritis",      "back-pain",          "sciatica",         "inflammatory-arthritis",
    "rheumatoid-arthritis", "axial-spondyloarthritis", "psoriatic-arthritis", "osteoporosis",
    "fragility-fracture",  "fibromyalgia",       "persistent-pain",  "shoulder-pain",
    "gout",                "hypermobility",      "juvenile-idiopathic-arthritis", "general-msk",
    "cauda-equina-syndrome", "hip-pain",         "knee-pain",        "neck-pain",
    "lupus",               "connective-tissue-disease", "vasculitis", "polymyalgia-rheumatica",
};
constexpr std::string_view condition_meanings[] = {
    "Osteoarthritis, of any joint.",
    "Low back pain.",
    "Sciatica and other nerve root pain.",
    "Inflammatory arthritis in general.",
    "Rheumatoid arthritis.",
    "Axial spondyloarthritis, including ankylosing spondylitis.",
    "Psoriatic arthritis.",
    "Osteoporosis: bones that break easily.",
    "Fragility fractures: broken bones from a fall from standing height or less.",
    "Fibromyalgia.",
    "Persistent (chronic) pain.",
    "Shoulder pain.",
    "Gout.",
    "Hypermobility and hypermobility syndromes.",
    "Juvenile idiopathic arthritis, in children and young people.",
    "MSK conditions in general.",
    "Suspected cauda equina syndrome, an emergency.",
    "Hip pain.",
    "Knee pain.",
    "Neck pain.",
    "Lupus (systemic lupus erythematosus).",
    "Connective tissue diseases.",
    "Vasculitis.",
    "Polymyalgia rheumatica.",
};
static_assert(std::size(condition_meanings) == std::size(condition_words));

constexpr std::string_view age_words[] = {"adults", "young-people", "children"};
constexpr std::string_view age_meanings[] = {
    "Adults.",
    "Young people moving from children's to adult services.",
    "Children.",
};
static_assert(std::size(age_meanings) == std::size(age_words));

constexpr std::string_view delivery_words[] = {"face-to-face", "telephone", "video", "app",
                                               "online",       "group",     "home-visit"};
constexpr std::string_view delivery_meanings[] = {
    "In person.",
    "By telephone.",
    "By video call.",
    "Through an app.",
    "Online: a website or an online form.",
    "In a group.",
    "At the person's home.",
};
static_assert(std::size(delivery_meanings) == std::size(delivery_words));

constexpr std::string_view offer_words[] = {
    "shared-decision-making", "personalised-care",   "red-flag-screening",  "pain-pathway",
    "wellbeing-check",        "mental-health-support", "health-coaching",   "self-management-support",
    "patient-organisation-signposting", "peer-support", "social-prescribing", "prehabilitation",
    "support-while-waiting",  "advice-line",         "exercise-programme",  "education",
    "falls-prevention",       "bone-health-assessment", "interpreters",     "accessible-information",
    "evening-and-weekend",    "transport-support",   "group-sessions",      "return-to-work",
    "injections",             "diagnostics",         "triage",
};
constexpr std::string_view offer_meanings[] = {
    "Shared decision making: the person and the clinician weigh the options and decide together.",
    "Personalised care and support planning.",
    "Screening for red flags, the signs of serious disease such as cauda equina syndrome or cancer.",
    "A pathway for people living with persistent pain (in NHS Talking Therapies).",
    "Asking people about their mental wellbeing.",
    "Support for mental health alongside MSK care.",
    "Health coaching.",
    "Support for people to manage their condition themselves.",
    "Pointing people to patient organisations.",
    "Peer support.",
    "Referral to social prescribing.",
    "Prehabilitation: getting people fit for surgery while they wait.",
    "Support for people while they wait.",
    "An advice line people can call.",
    "An exercise programme.",
    "Education about the condition.",
    "Falls prevention.",
    "An assessment of bone health, such as fracture risk.",
    "Interpreters.",
    "Information in accessible formats: easy read, large print, British Sign Language.",
    "Appointments in the evening or at weekends.",
    "Help with transport to appointments.",
    "Sessions in a group.",
    "Support to stay in or return to work.",
    "Injections.",
    "Diagnostic tests.",
    "Clinical triage.",
};
static_assert(std::size(offer_meanings) == std::size(offer_words));

constexpr std::string_view route_kind_words[] = {"referral", "self-referral", "signpost", "urgent", "emergency"};
constexpr std::string_view route_kind_meanings[] = {
    "A referral: one service sends the person on to another (the kind when none is given).",
    "The person refers themselves.",
    "Signposting: the person is told about a service and chooses whether to go.",
    "An urgent referral, seen sooner than routine ones.",
    "An emergency route, the same day: for example for suspected cauda equina syndrome.",
};
static_assert(std::size(route_kind_meanings) == std::size(route_kind_words));

constexpr std::string_view did_not_attend_words[] = {"contact", "rebook", "clinical-review", "discharge", "remove"};
constexpr std::string_view did_not_attend_meanings[] = {
    "The service contacts the person to find out why they missed it.",
    "Another appointment is offered.",
    "A clinician decides whether to offer another appointment or to discharge.",
    "The person is discharged (a barrier to care, which msklint reports).",
    "The person is removed from the waiting list (a barrier to care, which msklint reports).",
};
static_assert(std::size(did_not_attend_meanings) == std::size(did_not_attend_words));

constexpr KeySpec population_keys[] = {
    {"ages", ValueType::word_list, false, &ages, nullptr, "Age groups the pathway serves."},
    {"need", ValueType::text_list, false, nullptr, nullptr,
     "What is known about the local population's need: prevalence, incidence, deprivation, demand."},
    {"children", ValueType::text, false, nullptr, nullptr,
     "How children and young people with MSK conditions are served, if not by this pathway."},
};

constexpr std::string_view description_text =
    "What msklint does not read but readers of the file should know, in words.";

constexpr KeySpec pathway_keys[] = {
    {"id", ValueType::slug, true, nullptr, nullptr, "Identifier of the pathway: a lower-case slug such as hip-knee-oa."},
    {"title", ValueType::text, true, nullptr, nullptr, "Title of the pathway."},
    {"owner", ValueType::text, false, nullptr, nullptr, "Organisation that owns the pathway, e.g. an ICB."},
    {"version", ValueType::text, false, nullptr, nullptr, "Version or status of this draft."},
    {"msk_lead", ValueType::text, false, nullptr, nullptr, "Who leads MSK for the ICB."},
    {"conditions", ValueType::word_list, false, &conditions, nullptr, "Conditions the pathway is for."},
    {"population", ValueType::object, false, nullptr, &population, "Who the pathway serves."},
    {"coproduction", ValueType::text_list, false, nullptr, nullptr,
     "How people with lived experience and patient organisations shaped the pathway."},
    {"equalities", ValueType::text_list, false, nullptr, nullptr,
     "How inequalities of access, outcome and experience are addressed."},
    {"measures", ValueType::text_list, false, nullptr, nullptr, "How success is measured."},
    {"waive", ValueType::waivers, false, nullptr, nullptr, "Findings waived for the whole pathway: rule id to reason."},
    {"description", ValueType::text, false, nullptr, nullptr, description_text},
    {"notes", ValueType::text, false, nullptr, nullptr, description_text},
};

constexpr std::string_view measure_words[] = {
    "bmi", "weight", "age", "smoking", "oxford-knee-score", "oxford-hip-score", "pain-score",
    "symptom-duration", "prior-treatment", "imaging", "blood-test", "other",
};
constexpr std::string_view measure_meanings[] = {
    "Body mass index.",
    "Weight.",
    "Age.",
    "Smoking.",
    "The Oxford Knee Score.",
    "The Oxford Hip Score.",
    "A pain score.",
    "How long the symptoms have lasted.",
    "Treatment tried before, such as physiotherapy first.",
    "Imaging results.",
    "Blood test results.",
    "Something else.",
};
static_assert(std::size(measure_meanings) == std::size(measure_words));

constexpr KeySpec condition_keys[] = {
    {"text", ValueType::text, true, nullptr, nullptr, "The criterion or prerequisite, in words."},
    {"basis", ValueType::text, false, nullptr, nullptr,
     "The clinical basis it rests on, e.g. a NICE guideline or quality standard."},
    {"measure", ValueType::word, false, &measures, nullptr, "What the criterion measures, e.g. bmi or age."},
};

constexpr KeySpec access_keys[] = {
    {"criteria", ValueType::conditions, false, nullptr, nullptr, "Eligibility criteria."},
    {"excludes", ValueType::conditions, false, nullptr, nullptr,
     "Who the service does not see, e.g. \"pregnancy\" or \"people with a BMI over 40\"."},
    {"did_not_attend", ValueType::word_or_text, false, &did_not_attend_actions, nullptr,
     "What happens when someone does not attend: one word, or the policy in words."},
    {"wait", ValueType::duration, false, nullptr, nullptr, "Target wait, e.g. \"6 weeks\"."},
};

constexpr KeySpec service_keys[] = {
    {"id", ValueType::slug, true, nullptr, nullptr, "Identifier, unique within the file; routes refer to it."},
    {"name", ValueType::text, false, nullptr, nullptr, "Display name."},
    {"type", ValueType::word, true, &service_types, nullptr, "What kind of service this is."},
    {"setting", ValueType::word, false, &settings, nullptr, "Care setting; defaults from the type."},
    {"entry", ValueType::boolean, false, nullptr, nullptr, "A person can start here."},
    {"capacity", ValueType::rate, false, nullptr, nullptr, "How many people it can see, e.g. \"400/month\"."},
    {"throughput", ValueType::rate, false, nullptr, nullptr, "How many people it treats or sends on, e.g. \"120/month\"."},
    {"delivery", ValueType::word_list, false, &delivery_modes, nullptr, "How the service is delivered."},
    {"staff", ValueType::text_list, false, nullptr, nullptr, "Professions on the team."},
    {"offers", ValueType::open_word_list, false, &offers, nullptr, "What the service offers beyond its core treatment."},
    {"access", ValueType::object, false, nullptr, &access, "Eligibility, non-attendance policy and wait."},
    {"serves", ValueType::text, false, nullptr, nullptr, "The population the service covers, e.g. \"adults 50+ across the ICB\"."},
    {"measures", ValueType::text_list, false, nullptr, nullptr, "How the service's performance is measured or audited."},
    {"waive", ValueType::waivers, false, nullptr, nullptr, "Findings waived for this service: rule id to reason."},
    {"description", ValueType::text, false, nullptr, nullptr, description_text},
    {"notes", ValueType::text, false, nullptr, nullptr, description_text},
};

constexpr KeySpec route_keys[] = {
    {"from", ValueType::slug, true, nullptr, nullptr, "Service the route starts at."},
    {"to", ValueType::ids, true, nullptr, nullptr, "Service (or list of services) the route leads to."},
    {"kind", ValueType::word, false, &route_kinds, nullptr, "Kind of route; referral when not given."},
    {"share", ValueType::share, false, nullptr, nullptr, "Fraction of the source's throughput that takes this route."},
    {"requires", ValueType::conditions, false, nullptr, nullptr, "Prerequisites before the route can be used."},
    {"within", ValueType::duration, false, nullptr, nullptr, "Target time, e.g. \"3 days\"."},
    {"waive", ValueType::waivers, false, nullptr, nullptr, "Findings waived for this route: rule id to reason."},
    {"description", ValueType::text, false, nullptr, nullptr, description_text},
    {"notes", ValueType::text, false, nullptr, nullptr, description_text},
};

constexpr KeySpec system_keys[] = {
    {"id", ValueType::slug, true, nullptr, nullptr, "Identifier of the system: a lower-case slug such as northgate-icb."},
    {"title", ValueType::text, true, nullptr, nullptr, "Title of the system, e.g. the ICB's MSK services."},
    {"owner", ValueType::text, false, nullptr, nullptr, "Organisation that owns the system's MSK plan, e.g. the ICB."},
    {"msk_lead", ValueType::text, false, nullptr, nullptr, "Who leads MSK for the ICB."},
    {"priorities", ValueType::text_list, false, nullptr, nullptr, "The ICB's stated priorities for MSK services."},
    {"board_discussed", ValueType::date, false, nullptr, nullptr,
     "When the ICB board last discussed MSK services, as YYYY-MM-DD."},
    {"population", ValueType::object, false, nullptr, &population, "Who the system serves."},
    {"pathways", ValueType::text_list, false, nullptr, nullptr,
     "The system's pathway files, as globs relative to this file (default: every pathway in its folder and below)."},
    {"waive", ValueType::waivers, false, nullptr, nullptr, "Findings waived for the whole system: rule id to reason."},
    {"description", ValueType::text, false, nullptr, nullptr, description_text},
    {"notes", ValueType::text, false, nullptr, nullptr, description_text},
};

constexpr KeySpec used_service_keys[] = {
    {"uses", ValueType::slug, true, nullptr, nullptr,
     "The id of a service of the pathway's system (its system file's 'services'); routes refer to it by this id."},
    {"waive", ValueType::waivers, false, nullptr, nullptr, "Findings waived for this service in this pathway."},
    {"description", ValueType::text, false, nullptr, nullptr, description_text},
    {"notes", ValueType::text, false, nullptr, nullptr, description_text},
};

constexpr KeySpec system_file_keys[] = {
    {"system", ValueType::object, true, nullptr, &system, "About the ICB's MSK system as a whole."},
    {"services", ValueType::object_list, false, nullptr, &service,
     "Services several pathways share; a pathway names one with '- uses: ID'."},
};

constexpr KeySpec top_level_keys[] = {
    {"pathway", ValueType::object, true, nullptr, &pathway, "About the pathway as a whole."},
    {"services", ValueType::object_list, true, nullptr, &service, "The services a person can use."},
    {"routes", ValueType::object_list, false, nullptr, &route, "The routes between services."},
};

}  // namespace

bool Vocabulary::contains(std::string_view word) const {
  return std::find(words.begin(), words.end(), word) != words.end();
}

const KeySpec* ObjectSpec::find(std::string_view key) const {
  const auto it = std::find_if(keys.begin(), keys.end(), [&](const KeySpec& spec) { return spec.key == key; });
  return it == keys.end() ? nullptr : &*it;
}

std::vector<std::string_view> ObjectSpec::key_names() const {
  std::vector<std::string_view> names;
  for (const KeySpec& spec : keys) names.push_back(spec.key);
  return names;
}

const Vocabulary service_types{"service type", service_type_words, service_type_meanings};
const Vocabulary settings{"setting", setting_words, setting_meanings};
const Vocabulary conditions{"condition", condition_words, condition_meanings};
const Vocabulary ages{"age group", age_words, age_meanings};
const Vocabulary delivery_modes{"delivery mode", delivery_words, delivery_meanings};
const Vocabulary offers{"offer", offer_words, offer_meanings};
const Vocabulary route_kinds{"route kind", route_kind_words, route_kind_meanings};
const Vocabulary did_not_attend_actions{"did_not_attend action", did_not_attend_words, did_not_attend_meanings};
const Vocabulary measures{"measure", measure_words, measure_meanings};

const ObjectSpec top_level{"pathway file", ObjectSpec::keys_of(top_level_keys)};
const ObjectSpec system_file{"system file", ObjectSpec::keys_of(system_file_keys)};
const ObjectSpec system{"system", ObjectSpec::keys_of(system_keys)};
const ObjectSpec used_service{"shared service entry", ObjectSpec::keys_of(used_service_keys)};
const ObjectSpec pathway{"pathway", ObjectSpec::keys_of(pathway_keys)};
const ObjectSpec population{"population", ObjectSpec::keys_of(population_keys)};
const ObjectSpec service{"service", ObjectSpec::keys_of(service_keys)};
const ObjectSpec access{"access", ObjectSpec::keys_of(access_keys)};
const ObjectSpec route{"route", ObjectSpec::keys_of(route_keys)};
const ObjectSpec condition{"criterion", ObjectSpec::keys_of(condition_keys)};

const ServiceType* find_service_type(std::string_view id) {
  const auto it = std::find_if(service_type_table.begin(), service_type_table.end(),
                               [&](const ServiceType& type) { return type.id == id; });
  return it == service_type_table.end() ? nullptr : &*it;
}

}  // namespace msklint::format
