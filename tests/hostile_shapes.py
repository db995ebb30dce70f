#!/usr/bin/env python3
"""Small files shaped to make a YAML linter work hard (issue 17, docs/hardening.md).

Each shape is under 3 MB and must end within about 2 s and 1 GiB on the Release
build, with exit 0 or 1 and output that grows at most linearly with the input.
The inputs are generated, never committed.

    hostile_shapes.py SHAPE FILE      write one shape
    hostile_shapes.py --list          the shapes' names

Standard library only; the output depends only on the shape's name.
"""

import sys

HEADER = "pathway: {id: hostile, title: Hostile shape}\n"


def anchored_staff_everywhere():
    """An anchored list of 300 staff words aliased into every service."""
    words = ", ".join(f"profession number {i}" for i in range(300))
    lines = [HEADER, f"team: &team [{words}]\n", "services:\n"]
    for i in range(10_000):
        lines.append(f"  - {{id: s{i}, type: physiotherapy, staff: *team}}\n")
    return "".join(lines)


def big_sequence_aliased():
    """One anchored sequence of 20,000 staff words aliased into 5,000 services."""
    words = ", ".join(f"w{i}" for i in range(20_000))
    lines = [HEADER, f"team: &team [{words}]\n", "services:\n",
             "  - {id: gp, type: general-practice, entry: true, to: [s0]}\n"]
    for i in range(5_000):
        lines.append(f"  - {{id: s{i}, type: physiotherapy, staff: *team}}\n")
    return "".join(lines)


def long_ids_on_a_route():
    """Routes between services whose ids are 650 KB each, and a route to an unknown one."""
    a = "a" * 650_000
    b = "b" * 650_000
    return (HEADER + "services:\n"
            f"  - {{id: {a}, type: general-practice, entry: true}}\n"
            f"  - {{id: {b}, type: physiotherapy}}\n"
            "routes:\n"
            f"  - {{from: {a}, to: {b}x}}\n")


def flow_services_on_one_line():
    """20,000 services on one line in flow style, each with findings."""
    services = ", ".join(f"{{id: s{i}, type: physiotherapy}}" for i in range(20_000))
    return HEADER + f"services: [{services}]\n"


def one_service_with(keys):
    """A pathway of one service (a general practice) with `keys` written in it."""
    return HEADER + "services:\n  - id: gp\n    type: general-practice\n    entry: true\n" + keys


def duplicate_keys():
    """About 2.5 MB of the same key, again and again, in one service."""
    return one_service_with("".join(f"    wait: {i} weeks\n" for i in range(120_000)))


def unknown_keys():
    """About 2.5 MB of keys msklint does not know, in one service."""
    return one_service_with("".join(f"    unknown_{i}: x\n" for i in range(120_000)))


def many_unknown_targets():
    """10,000 services and 1,000 routes to ids that do not exist (did-you-mean)."""
    lines = [HEADER, "services:\n"]
    for i in range(10_000):
        lines.append(f"  - {{id: service-number-{i}, type: physiotherapy}}\n")
    lines.append("routes:\n")
    for i in range(1_000):
        lines.append(f"  - {{from: service-number-{i}, to: missing-service-{i}}}\n")
    return "".join(lines)


def merge_chain():
    """Services built from a chain of 10,000 merge keys (a stack-depth attack)."""
    lines = [HEADER, "a0: &a0 {type: physiotherapy}\n"]
    for i in range(1, 10_001):
        lines.append(f"a{i}: &a{i} {{<<: *a{i - 1}}}\n")
    lines.append("services:\n")
    for i in range(100):
        lines.append(f"  - {{<<: *a10000, id: s{i}}}\n")
    return "".join(lines)


def three_hundred_services_drawn():
    """300 services and 400 routes between services picked at random (the most
    an SVG picture draws): the layout Graphviz finds hardest."""
    types = ["physiotherapy", "community-msk", "orthopaedics", "talking-therapies", "pharmacy", "social-prescribing"]
    lines = [HEADER, "services:\n", "  - {id: s0, type: general-practice, entry: true}\n"]
    for i in range(1, 300):
        lines.append(f"  - {{id: s{i}, type: {types[i % len(types)]}}}\n")
    lines.append("routes:\n")
    state = 20261204  # a fixed linear congruential sequence: the same file on every Python
    for k in range(400):
        state = (state * 1103515245 + 12345) % 2**31
        lines.append(f"  - {{from: s{k % 300}, to: s{state % 300}}}\n")
    return "".join(lines)


SHAPES = {
    "anchored-staff-everywhere": anchored_staff_everywhere,
    "big-sequence-aliased": big_sequence_aliased,
    "long-ids-on-a-route": long_ids_on_a_route,
    "flow-services-on-one-line": flow_services_on_one_line,
    "duplicate-keys": duplicate_keys,
    "unknown-keys": unknown_keys,
    "many-unknown-targets": many_unknown_targets,
    "merge-chain": merge_chain,
    "three-hundred-services-drawn": three_hundred_services_drawn,
}


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(SHAPES))
        return 0
    if len(sys.argv) != 3 or sys.argv[1] not in SHAPES:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(SHAPES[sys.argv[1]]())
    return 0


if __name__ == "__main__":
    sys.exit(main())
