#!/usr/bin/env python3
"""Write an ESCO-shaped CSV file set of full size for import benchmarks: by default 3,000
occupations, 14,000 skills and about 40 skill relations per occupation, in Swedish and English,
with the awkward parts of the real files (quoted fields holding commas, quotes and line breaks,
multi-line alternative labels). Deterministic: the same arguments give the same files.

usage: scripts/gen-esco.py OUTDIR [--occupations N] [--skills N] [--per-occupation N]
"""
import argparse
import csv
import os
import random

OCC_HEADER = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels",
              "hiddenLabels", "status", "modifiedDate", "regulatedProfessionNote", "scopeNote",
              "definition", "inScheme", "description", "code"]
SKILL_HEADER = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
                "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition",
                "inScheme", "description"]
REL_HEADER = ["occupationUri", "occupationLabel", "relationType", "skillType", "skillUri",
              "skillLabel"]

WORDS = {
    "sv": ["hantera", "planera", "kontrollera", "svetsa", "montera", "dokumentera", "rengöra",
           "reparera", "leda", "tolka", "maskiner", "ritningar", "material", "kunder", "säkerhet",
           "verktyg", "lager", "fordon", "data", "rutiner", "\"kvalitet\"", "el, gas och vatten"],
    "en": ["handle", "plan", "inspect", "weld", "assemble", "document", "clean", "repair", "lead",
           "interpret", "machines", "drawings", "materials", "customers", "safety", "tools",
           "stock", "vehicles", "data", "routines", "\"quality\"", "power, gas and water"],
}


def label(rng, lang, n):
    return " ".join(rng.choice(WORDS[lang]) for _ in range(n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--occupations", type=int, default=3000)
    ap.add_argument("--skills", type=int, default=14000)
    ap.add_argument("--per-occupation", type=int, default=40)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    skills = [f"http://data.europa.eu/esco/skill/gen-{i:05d}" for i in range(a.skills)]
    occs = [f"http://data.europa.eu/esco/occupation/gen-{i:04d}" for i in range(a.occupations)]
    for lang in ["sv", "en"]:
        rng = random.Random(1)
        with open(os.path.join(a.outdir, f"occupations_{lang}.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(OCC_HEADER)
            for i, uri in enumerate(occs):
                w.writerow(["Occupation", uri, f"http://data.europa.eu/esco/isco/C{1000 + i % 9000}",
                            f"{label(rng, lang, 2)} {i}", f"{label(rng, lang, 2)}\n{label(rng, lang, 3)}",
                            "", "released", "2024-01-01", "", "", "", "",
                            label(rng, lang, 40), f"{1000 + i % 9000}.{i}"])
        with open(os.path.join(a.outdir, f"skills_{lang}.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(SKILL_HEADER)
            for i, uri in enumerate(skills):
                w.writerow(["KnowledgeSkillCompetence", uri, "skill/competence", "sector-specific",
                            f"{label(rng, lang, 3)} {i}", f"{label(rng, lang, 3)}\n{label(rng, lang, 2)}",
                            "", "released", "2024-01-01", "", "", "", label(rng, lang, 30)])
    rng = random.Random(2)
    with open(os.path.join(a.outdir, "occupationSkillRelations_en.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(REL_HEADER)
        for uri in occs:
            for j, s in enumerate(rng.sample(skills, a.per_occupation)):
                kind = "essential" if j < a.per_occupation * 2 // 3 else "optional"
                w.writerow([uri, "label", kind, "skill/competence", s, "label"])


if __name__ == "__main__":
    main()
