#!/usr/bin/env python3
"""Synthetic but realistic MSK pathways for the benchmark (docs/performance.md).

    generate.py pathway --services N --out FILE   one pathway of N services
    generate.py repo --files M --out DIR          M example-sized pathway files

The mix copies examples/*.yaml: the same service types in about the same
proportions, rates per month, shares, waits, criteria with and without a
clinical basis (a few of them gates or thresholds, as in the problem
examples), offers, staff, delivery modes and the odd waiver. A pathway is
built from localities of about 16 services, like one example each, with
about three routes per service: most within the locality, about one in ten to
another locality (a regional service). Standard library only; the output
depends only on the arguments and --seed.
"""

import argparse
import os
import random

# type: (weight in the examples, short id, name, staff choices, offers, delivery)
TYPES = {
    "general-practice": (7, "gp", "General practice", [
        "GPs, practice nurses, clinical pharmacists",
        "GPs, GPs with an extended role in MSK, practice nurses, clinical pharmacists"],
        ["red-flag-screening", "wellbeing-check", "shared-decision-making", "patient-organisation-signposting"],
        ["face-to-face", "telephone", "video"]),
    "first-contact-practitioner": (5, "fcp", "First contact MSK practitioners", [
        "first contact physiotherapists, advanced practice podiatrists"],
        ["red-flag-screening", "wellbeing-check", "self-management-support", "education"],
        ["face-to-face", "telephone", "video"]),
    "pharmacy": (2, "pharmacy", "Community pharmacies", ["community pharmacists"],
        ["red-flag-screening", "education", "patient-organisation-signposting"], ["face-to-face", "telephone"]),
    "self-referral": (5, "self-referral", "MSK self-referral (online form, phone line or at the practice)", [],
        ["red-flag-screening", "advice-line", "accessible-information", "interpreters"],
        ["online", "telephone", "face-to-face"]),
    "emergency-department": (4, "ed", "Emergency department and fracture clinic", [
        "emergency physicians, orthopaedic surgeons, orthogeriatricians"],
        ["red-flag-screening", "bone-health-assessment"], ["face-to-face"]),
    "community-msk": (3, "msk-triage", "Community MSK interface service", [
        "advanced practice physiotherapists, GPs with an extended role in MSK, podiatrists, occupational therapists"],
        ["red-flag-screening", "shared-decision-making", "wellbeing-check", "support-while-waiting"],
        ["face-to-face", "telephone", "video"]),
    "physiotherapy": (6, "physio", "Community physiotherapy", [
        "physiotherapists, sport rehabilitators, graduate sport therapists, rehabilitation assistants",
        "physiotherapists"],
        ["exercise-programme", "education", "self-management-support", "wellbeing-check", "return-to-work"],
        ["face-to-face", "telephone", "video", "group", "home-visit"]),
    "exercise-programme": (3, "escape-pain", "ESCAPE-pain for hips and knees", [
        "physiotherapists, exercise instructors trained in ESCAPE-pain"],
        ["exercise-programme", "education", "group-sessions", "peer-support", "evening-and-weekend"],
        ["group", "face-to-face"]),
    "health-coaching": (1, "coaching", "Health and wellbeing coaches", ["health and wellbeing coaches"],
        ["health-coaching", "personalised-care", "self-management-support"], ["face-to-face", "telephone", "video"]),
    "social-prescribing": (5, "social-prescribing", "Social prescribing link workers", [
        "social prescribing link workers"],
        ["social-prescribing", "wellbeing-check", "patient-organisation-signposting", "peer-support"],
        ["face-to-face", "telephone", "home-visit"]),
    "talking-therapies": (7, "talking-therapies", "NHS Talking Therapies (long-term conditions and pain pathway)", [
        "psychological wellbeing practitioners, CBT therapists with pain training"],
        ["pain-pathway", "mental-health-support", "wellbeing-check", "support-while-waiting"],
        ["face-to-face", "telephone", "video", "group"]),
    "community-pain": (2, "community-pain", "Community persistent pain service", [
        "pain physiotherapists, clinical psychologists, pain nurse specialists, pharmacists"],
        ["pain-pathway", "self-management-support", "education", "shared-decision-making"],
        ["face-to-face", "telephone", "video", "group"]),
    "strength-and-balance": (2, "strength-balance", "Strength and balance classes", [
        "postural stability instructors, physiotherapists"],
        ["falls-prevention", "exercise-programme", "group-sessions", "transport-support"],
        ["group", "face-to-face", "home-visit"]),
    "falls-service": (2, "falls", "Community falls service", ["physiotherapists, occupational therapists, falls nurses"],
        ["falls-prevention", "bone-health-assessment", "education"], ["face-to-face", "home-visit"]),
    "community-rehabilitation": (4, "community-rehab", "Community rehabilitation after joint replacement", [
        "physiotherapists, occupational therapists, rehabilitation assistants"],
        ["exercise-programme", "self-management-support", "return-to-work", "education"],
        ["face-to-face", "home-visit", "group", "telephone"]),
    "occupational-therapy": (1, "ot", "Community occupational therapy", ["occupational therapists"],
        ["return-to-work", "self-management-support"], ["face-to-face", "home-visit"]),
    "orthopaedics": (5, "orthopaedics", "Orthopaedic hip and knee service", [
        "orthopaedic surgeons, extended scope physiotherapists, arthroplasty nurse specialists"],
        ["shared-decision-making", "personalised-care", "prehabilitation", "support-while-waiting"],
        ["face-to-face", "telephone", "video"]),
    "spinal-surgery": (1, "spinal-surgery", "Spinal surgery", ["spinal surgeons, spinal nurse specialists"],
        ["shared-decision-making", "prehabilitation"], ["face-to-face"]),
    "rheumatology": (4, "rheumatology", "Early inflammatory arthritis clinic", [
        "rheumatologists, rheumatology nurse specialists, rheumatology physiotherapists"],
        ["shared-decision-making", "education", "advice-line", "wellbeing-check"], ["face-to-face", "telephone", "video"]),
    "pain-management": (3, "pain-clinic", "Hospital pain management programme", [
        "consultants in pain medicine, pain nurse specialists"],
        ["pain-pathway", "shared-decision-making", "group-sessions"], ["face-to-face", "group"]),
    "fracture-liaison-service": (4, "fls", "Fracture liaison service", [
        "fracture liaison nurses, orthogeriatricians"],
        ["bone-health-assessment", "falls-prevention", "education", "self-management-support"],
        ["face-to-face", "telephone"]),
    "diagnostics": (1, "dxa", "DXA bone density scanning", ["radiographers, radiologists"],
        ["accessible-information"], ["face-to-face"]),
    "specialist-nursing": (1, "osteoporosis-nurses", "Osteoporosis nurse specialists", [
        "rheumatologists, osteoporosis nurse specialists"], ["education", "advice-line"], ["telephone", "face-to-face"]),
    "leisure-services": (4, "leisure", "Leisure centres, pools, parks and walking groups", [],
        ["exercise-programme", "group-sessions", "evening-and-weekend"], ["face-to-face", "group"]),
    "public-health": (1, "public-health", "Public health healthy lifestyles service", [],
        ["education"], ["face-to-face", "online"]),
    "patient-organisation": (7, "patient-organisations", "Patient organisations (Versus Arthritis, Arthritis Action)", [],
        ["peer-support", "self-management-support", "education", "advice-line"],
        ["telephone", "online", "face-to-face", "group"]),
    "peer-support": (2, "peer-support", "Local arthritis peer support groups", [],
        ["peer-support", "self-management-support"], ["group", "face-to-face"]),
    "discharge": (8, "discharge", "Discharge with a personalised self-management plan", [],
        ["self-management-support", "patient-organisation-signposting", "advice-line"],
        ["face-to-face", "telephone", "online"]),
}

SETTING = {
    "general-practice": "primary", "first-contact-practitioner": "primary", "pharmacy": "primary",
    "social-prescribing": "primary", "health-coaching": "primary", "self-referral": "self-care",
    "discharge": "self-care", "orthopaedics": "secondary", "spinal-surgery": "secondary",
    "rheumatology": "secondary", "pain-management": "secondary", "fracture-liaison-service": "secondary",
    "emergency-department": "secondary", "diagnostics": "secondary", "specialist-nursing": "secondary",
    "patient-organisation": "voluntary", "peer-support": "voluntary",
}
ENDS = {"discharge", "leisure-services", "patient-organisation", "peer-support", "public-health"}
ENTRIES = {"general-practice", "first-contact-practitioner", "pharmacy", "self-referral", "emergency-department"}
# Where people go on to from each setting (the examples' flow).
ONWARD = {
    "primary": ["community", "community", "secondary", "voluntary", "self-care", "primary"],
    "self-care": ["community", "community", "primary", "voluntary"],
    "community": ["community", "secondary", "self-care", "self-care", "voluntary", "primary"],
    "secondary": ["community", "community", "self-care", "primary", "secondary"],
    "voluntary": ["self-care", "community"],
}

CRITERIA = [
    ("Adults with hip or knee pain that limits daily activity", "NICE NG226: therapeutic exercise as a core treatment"),
    ("Symptoms not improving with first-line care, or diagnosis uncertain",
     "NHS England MSK recovery and transformation toolkit: hip and knee osteoarthritis"),
    ("Anxiety, low mood or stress linked to living with a long-term MSK condition",
     "NHS Talking Therapies for anxiety and depression manual: long-term conditions"),
    ("Persistent pain that has a substantial impact on daily life despite core treatment",
     "NICE NG193: chronic pain assessment and management"),
    ("Adults at risk of falls or after a fragility fracture", "NICE CG161: falls in older people"),
    ("Suspected persistent synovitis", "NICE NG100 1.1 and QS33 statement 1"),
    ("Adults aged 50 or over with a fragility fracture",
     "Royal Osteoporosis Society clinical standards for fracture liaison services"),
    ("After hip or knee replacement, from the day of discharge from hospital",
     "NICE NG157: joint replacement (rehabilitation after surgery)"),
    ("Adults with a new or worsening joint problem; no GP appointment needed first",
     "NHS England first contact practitioner specification; ARMA key messages 2023, section 4"),
    ("Joint swelling for at least 6 weeks", ""),
    ("Pain for 3 months or more that has a substantial impact on daily life", ""),
    ("Referred by a GP", ""),
]
# The problem examples' gates and thresholds: about one criterion in twelve.
GATES = [
    "BMI below 35", "Non-smoker for at least 6 months", "Aged under 65: the programme is for people of working age",
    "Discharged back to the GP after two missed appointments", "after 6 weeks of physiotherapy",
    "Positive rheumatoid factor or anti-CCP result included with the referral",
]
REQUIRES = [
    ("3 months of non-surgical core treatment, or core treatment unsuitable", "NICE QS87 statement 7"),
    ("The person wants to consider surgery after a shared decision-making conversation",
     "NICE NG197: shared decision making"),
    ("Suspected complex regional pain syndrome", "Royal College of Physicians: complex regional pain syndrome in adults (2018)"),
    ("completed the pain management programme", ""),
]
WAITS = ["1 week", "3 weeks", "4 weeks", "4 weeks", "5 weeks", "6 weeks", "6 weeks", "8 weeks", "10 weeks",
         "12 weeks", "14 weeks", "18 weeks", "26 weeks", "3 days"]
WAIVERS = [
    ("dead-end", "The regional network runs its own pathway and discharges back to the GP"),
    ("support-while-waiting", "Waiting list validation calls every four weeks offer advice and signposting"),
    ("shared-decision-making", "Decisions are shared in the community MSK service before referral"),
    ("capacity-unknown", "Capacity is agreed each quarter with the provider and published separately"),
]


def info_block(rng, pathway_id, title):
    return f"""pathway:
  id: {pathway_id}
  title: {title}
  owner: NHS Northshire Integrated Care Board
  version: "2.{rng.randint(0, 9)} (agreed by the Northshire MSK Network, 2025)"
  msk_lead: Director of Planned Care, with a funded MSK clinical lead (two sessions a week)
  conditions: [osteoarthritis, hip-pain, knee-pain, back-pain, osteoporosis]
  population:
    ages: [adults]
    need:
      - "About 18% of adults aged 45 and over have knee osteoarthritis and 11% hip osteoarthritis: around {rng.randint(20, 60)},000 and {rng.randint(10, 40)},000 people (Versus Arthritis prevalence estimates applied to the 2021 census)"
      - Osteoarthritis is twice as common in the most deprived fifth of neighbourhoods as in the least deprived, and people there are referred later and wait longer
    children: "Children and young people under 18 are seen by the children's physiotherapy service and the regional paediatric rheumatology network"
  coproduction:
    - Redesigned with a lived-experience panel of {rng.randint(8, 20)} people, paid for their time, who sit on the MSK Network board
    - Versus Arthritis, Arthritis Action and the Royal Osteoporosis Society reviewed each draft
  equalities:
    - Referral data are broken down by deprivation quintile, ethnicity, sex, age and disability and reviewed quarterly
    - Interpreters, easy-read and large-print letters, and text or phone reminders in the person's preferred language
  measures:
    - Waiting time from referral to first contact, by service and by deprivation quintile
    - Patient-reported outcomes (Oxford Hip and Knee Scores, EQ-5D, MSK-HQ) at start and discharge
    - Non-attendance rate and what contact achieved, by deprivation quintile

"""


def pick_types(rng, count):
    """A locality: the examples' mix, always with a GP and somewhere to finish."""
    names = list(TYPES)
    weights = [TYPES[name][0] for name in names]
    chosen = ["general-practice", "discharge"] + rng.choices(names, weights, k=max(0, count - 2))
    return chosen[:count]


def quoted(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def service_yaml(rng, service):
    kind = service["type"]
    _, _, name, staff, offers, delivery = TYPES[kind]
    lines = [f"  - id: {service['id']}", f"    name: {name} ({service['place']})", f"    type: {kind}"]
    if rng.random() < 0.04:
        lines.append(f"    setting: {SETTING.get(kind, 'community')}")
    if service["entry"]:
        lines.append("    entry: true")
    if kind not in ENDS or rng.random() < 0.2:
        throughput = rng.randint(2, 60) * 10
        lines.append(f"    capacity: {throughput + rng.randint(0, 10) * 10}/month")
        lines.append(f"    throughput: {throughput}/month")
    modes = rng.sample(delivery, rng.randint(1, len(delivery)))
    if kind in ENDS or rng.random() < 0.9:
        lines.append(f"    delivery: [{', '.join(modes)}]")
    if staff and rng.random() < 0.7:
        lines.append(f"    staff: [{rng.choice(staff)}]")
    lines.append(f"    offers: [{', '.join(rng.sample(offers, rng.randint(1, len(offers))))}]")
    if kind == "fracture-liaison-service":
        lines.append('    serves: "Adults aged 50 and over registered with a practice in the locality who have a fragility fracture"')
        lines.append("    measures: [The Fracture Liaison Service Database (FLS-DB) key performance indicators, reported quarterly]")
    if kind not in ENDS and rng.random() < 0.75:
        lines.append("    access:")
        if rng.random() < 0.5:
            lines.append("      criteria:")
            for _ in range(rng.choice([1, 1, 1, 2])):
                if rng.random() < 0.08:
                    lines.append(f"        - text: {quoted(rng.choice(GATES))}")
                    continue
                text, basis = rng.choice(CRITERIA)
                lines.append(f"        - text: {quoted(text)}")
                if basis:
                    lines.append(f"          basis: {quoted(basis)}")
        lines.append(f"      did_not_attend: {'discharge' if rng.random() < 0.05 else 'contact'}")
        if rng.random() < 0.5:
            lines.append(f"      wait: {rng.choice(WAITS)}")
    if rng.random() < 0.02:
        rule, reason = rng.choice(WAIVERS)
        lines.append("    waive:")
        lines.append(f"      {rule}: {quoted(reason)}")
    return "\n".join(lines) + "\n\n"


def route_yaml(rng, source, target, share):
    kind = ""
    if source["type"] == "self-referral":
        kind = "self-referral"
    elif target["type"] in ("patient-organisation", "peer-support", "leisure-services"):
        kind = "signpost"
    within = ""
    if target["type"] == "emergency-department":
        kind, within = "emergency", "same day"
    elif target["type"] in ("rheumatology", "orthopaedics") and rng.random() < 0.3:
        kind, within = "urgent", rng.choice(["3 working days", "2 weeks", "24 hours"])
    fields = [f"from: {source['id']}", f"to: {target['id']}"]
    if kind:
        fields.append(f"kind: {kind}")
    if share:
        fields.append(f"share: {share}%")
    if within:
        fields.append(f"within: {within}")
    if rng.random() < 0.06:  # the examples write gated routes out in block style
        text, basis = rng.choice(REQUIRES)
        lines = [f"  - {fields[0]}"] + [f"    {field}" for field in fields[1:]]
        lines += ["    requires:", f"      - text: {quoted(text)}"]
        if basis:
            lines.append(f"        basis: {quoted(basis)}")
        return "\n".join(lines) + "\n"
    return "  - {" + ", ".join(fields) + "}\n"


def make_localities(rng, services, size):
    """Services in localities of about `size`, each with its own ids."""
    localities = []
    number = 0
    while services > 0:
        count = min(services, rng.randint(size - 4, size + 4) if services > size + 4 else services)
        number += 1
        locality = []
        used = {}
        for kind in pick_types(rng, count):
            short = TYPES[kind][1]
            used[short] = used.get(short, 0) + 1
            suffix = "" if used[short] == 1 else f"-{used[short]}"
            locality.append({"id": f"{short}{suffix}-{number}", "type": kind, "place": f"locality {number}",
                             "entry": kind in ENTRIES and (kind != "emergency-department" or rng.random() < 0.5)})
        localities.append(locality)
        services -= count
    return localities


def routes_for(rng, localities, per_service):
    """About `per_service` routes a service; ends have fewer. Shares add to at most 100%."""
    text = []
    by_setting = []
    for locality in localities:
        groups = {}
        for service in locality:
            groups.setdefault(SETTING.get(service["type"], "community"), []).append(service)
        by_setting.append(groups)
    for index, locality in enumerate(localities):
        for source in locality:
            count = rng.choice([0, 0, 1]) if source["type"] in ENDS else rng.randint(per_service, per_service + 3)
            targets = []
            for _ in range(count):
                home = index if rng.random() < 0.9 or len(localities) == 1 else rng.randrange(len(localities))
                setting = rng.choice(ONWARD[SETTING.get(source["type"], "community")])
                pool = by_setting[home].get(setting) or localities[home]
                target = rng.choice(pool)
                if target is not source and target not in targets:
                    targets.append(target)
            shares = [rng.randint(1, 8) * 5 for _ in targets]
            while sum(shares) > 100:
                shares = [max(1, share // 2) for share in shares]
            for target, share in zip(targets, shares):
                text.append(route_yaml(rng, source, target, share if rng.random() < 0.85 else 0))
    return text


def pathway_text(rng, pathway_id, title, services, locality_size, per_service):
    localities = make_localities(rng, services, locality_size)
    parts = [info_block(rng, pathway_id, title), "services:\n"]
    for locality in localities:
        parts.append(f"  # --- {locality[0]['place']} ---\n")
        parts.extend(service_yaml(rng, service) for service in locality)
    parts.append("routes:\n")
    parts.extend(routes_for(rng, localities, per_service))
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["pathway", "repo"])
    parser.add_argument("--services", type=int, default=1000, help="pathway: number of services")
    parser.add_argument("--files", type=int, default=1000, help="repo: number of files")
    parser.add_argument("--out", required=True, help="pathway: the file; repo: the directory")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.what == "pathway":
        # Three to five routes from each service that sends people on: about three a service overall.
        text = pathway_text(rng, "synthetic-region", f"Synthetic MSK pathway of {args.services} services",
                            args.services, 16, 3)
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text)
        return
    os.makedirs(args.out, exist_ok=True)
    for number in range(1, args.files + 1):
        # One locality per file, as large as the examples (about 12 KB).
        services = rng.randint(12, 22)
        text = pathway_text(rng, f"synthetic-{number}", f"Synthetic MSK pathway {number}", services, services, 3)
        subdir = os.path.join(args.out, f"icb-{number % 20:02d}")
        os.makedirs(subdir, exist_ok=True)
        with open(os.path.join(subdir, f"pathway-{number:04d}.yaml"), "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
