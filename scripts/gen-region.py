#!/usr/bin/env python3
"""Ten years of a large region's validation, for timing the follow-up statistics.

Writes CSV files (one per table, with a header) into OUT: Norrbotten's fourteen municipalities
weighted by population, six providers, fifty frameworks, and MAPPINGS mappings started over ten
years to this month (more each year), each by its own person in one of the fifteen interface
languages. About seven in ten are handed in; cases are taken, sometimes returned for additions
and handed in again, assigned, concluded with an outcome, each step some days after the last
and none after now. The handed-in versions hold an empty record: enough for the statistics,
not for opening such a case in the browser.

    scripts/gen-region.py OUT [MAPPINGS]   (default 200000)

Deterministic (a fixed seed). The rows of stats_mappings are not written: Kartla makes them
itself, from these, when it opens the database (db::stats::adopt), as for any installation.
"""
import csv
import os
import random
import sys
import time

out = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
os.makedirs(out, exist_ok=True)
rng = random.Random(18)

DAY = 86_400 * 1_000_000
now = int(time.time()) * 1_000_000
start = now - 3652 * DAY
ID = 1_000_000  # far above anything the demo or a test makes

municipalities = [
    ("LULEA", "Luleå", 79), ("PITEA", "Piteå", 42), ("BODEN", "Boden", 28),
    ("KIRUNA", "Kiruna", 22), ("GALLIVARE", "Gällivare", 17), ("KALIX", "Kalix", 16),
    ("HAPARANDA", "Haparanda", 10), ("ALVSBYN", "Älvsbyn", 8), ("ARVIDSJAUR", "Arvidsjaur", 6),
    ("PAJALA", "Pajala", 6), ("JOKKMOKK", "Jokkmokk", 5), ("OVERTORNEA", "Övertorneå", 4),
    ("OVERKALIX", "Överkalix", 3), ("ARJEPLOG", "Arjeplog", 3),
]
providers = ["NORD-VAL", "LULEA-YRKES", "PITEA-VARD", "KIRUNA-TEKNIK", "BODEN-LOGISTIK", "NORRA-FHS"]
languages = [("sv", 45), ("ar", 15), ("ti", 8), ("so", 7), ("uk", 5), ("fa", 4), ("prs", 4),
             ("ru", 2), ("tr", 2), ("ckb", 2), ("fi", 2), ("kmr", 1), ("ps", 1), ("am", 1), ("en", 1)]

def writer(name, header):
    f = open(os.path.join(out, f"{name}.csv"), "w", newline="", encoding="utf-8")
    w = csv.writer(f)
    w.writerow(header)
    return f, w

files = []
def table(name, header):
    f, w = writer(name, header)
    files.append(f)
    return w

orgs = table("organisations", ["id", "kind", "code", "name", "created_at"])
org_id = {}
orgs.writerow([ID, "region", "GEN-REGION", "Region Norrbotten (generated)", start])
for i, (code, name, _) in enumerate(municipalities):
    org_id[code] = ID + 1 + i
    orgs.writerow([org_id[code], "municipality", "GEN-" + code, name, start])
for i, code in enumerate(providers):
    org_id[code] = ID + 100 + i
    orgs.writerow([org_id[code], "provider", "GEN-" + code, code.title(), start])

frameworks = table("frameworks", ["id", "kind", "code", "version", "title", "created_at",
                                  "status", "published_at", "languages", "criteria_count"])
fw = []
for i in range(50):
    kind = "course" if i < 30 else "occupation"
    code = f"GEN{'K' if kind == 'course' else 'Y'}{i:03d}"
    fid = ID + i
    fw.append((fid, kind, 1.0 / (i + 3)))
    title = f'{{"sv": "Genererad {"kurs" if kind == "course" else "yrke"} {i}"}}'
    frameworks.writerow([fid, kind, code, 1, title, start, "published", start,
                         '["sv"]', 12])

users = table("users", ["id", "email", "name", "password_hash", "locale", "created_at"])
members = table("memberships", ["id", "user_id", "organisation_id", "role", "created_at"])
mappings = table("mappings", ["id", "owner_id", "status", "created_at", "updated_at", "provider_id"])
mfw = table("mapping_frameworks", ["mapping_id", "framework_id", "position"])
cases = table("cases", ["id", "mapping_id", "organisation_id", "state", "version", "created_at",
                        "state_since", "concluded_at"])
versions = table("case_versions", ["case_id", "number", "handed_in_at", "record"])
events = table("case_events", ["id", "case_id", "kind", "detail", "created_at"])
outcomes = table("case_outcomes", ["case_id", "framework_id", "outcome"])

muni_codes = [m[0] for m in municipalities]
muni_weights = [m[2] for m in municipalities]
lang_tags = [l[0] for l in languages]
lang_weights = [l[1] for l in languages]
fw_weights = [f[2] for f in fw]
event_id = ID
counts = {"mappings": 0, "cases": 0, "events": 0}

for n in range(total):
    uid = ID + n
    # More each year: the start's position in the ten years leans to the recent end.
    when = start + int((rng.random() ** 0.7) * (now - start - DAY))
    muni = rng.choices(muni_codes, muni_weights)[0]
    locale = rng.choices(lang_tags, lang_weights)[0]
    users.writerow([uid, f"gen{n}@example.invalid", f"Generated person {n}", "x", locale, when])
    members.writerow([uid, uid, org_id[muni], "participant", when])
    fid, kind, _ = rng.choices(fw, fw_weights)[0]
    mid = uid
    t = when
    status = "draft"
    provider = None
    steps = []
    if rng.random() < 0.7:
        t += rng.randint(1, 90) * DAY
        if t < now:
            steps.append(("handed_in", t))
            if kind == "occupation":
                provider = org_id[providers[(fid + n) % len(providers)]]
            org = provider or org_id[muni]
            t += rng.randint(1, 10) * DAY
            if t < now:
                steps.append(("taken", t))
                if rng.random() < 0.2:
                    t += rng.randint(1, 5) * DAY
                    if t < now:
                        steps.append(("returned", t))
                        t += rng.randint(5, 40) * DAY
                        if t < now:
                            steps.append(("handed_in", t))
                if steps[-1][0] != "returned" and rng.random() < 0.85:
                    t += rng.randint(2, 30) * DAY
                    if t < now:
                        steps.append(("assigned", t))
                        if rng.random() < 0.9:
                            t += rng.randint(5, 60) * DAY
                            if t < now:
                                steps.append(("concluded", t))
    last = steps[-1] if steps else None
    state = {None: None, "handed_in": "new", "taken": "checking", "returned": "returned",
             "assigned": "assigned", "concluded": "concluded"}[last[0] if last else None]
    status = {None: "draft", "new": "submitted", "checking": "submitted", "returned": "returned",
              "assigned": "submitted", "concluded": "reviewed"}[state]
    mappings.writerow([mid, uid, status, when, last[1] if last else when, provider or ""])
    mfw.writerow([mid, fid, 0])
    counts["mappings"] += 1
    if steps:
        cid = mid
        handed = [s for s in steps if s[0] == "handed_in"]
        concluded_at = last[1] if state == "concluded" else ""
        cases.writerow([cid, mid, org, state, len(handed), handed[0][1], last[1], concluded_at])
        counts["cases"] += 1
        for i, (_, at) in enumerate(handed):
            versions.writerow([cid, i + 1, at, "{}"])
        for i, (k, at) in enumerate(steps):
            event_id += 1
            detail = str(len([s for s in steps[: i + 1] if s[0] == "handed_in"])) if k == "handed_in" else ""
            events.writerow([event_id, cid, k, detail, at])
            counts["events"] += 1
        if state == "concluded":
            outcome = rng.choices(["fully_met", "partly_met", "not_met"], [60, 30, 10])[0]
            outcomes.writerow([cid, fid, outcome])

for f in files:
    f.close()
print(f"{counts['mappings']} mappings, {counts['cases']} cases, {counts['events']} case events in {out}")
