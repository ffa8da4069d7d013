"""Check one catalogue source file: python3 data/scripts/check_fragment.py data/catalogue/part-x.json"""
import json
import sys
from collections import Counter

from catalogue import check_entity, city_polygons, plan_text


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    plan, polys = plan_text(), city_polygons()
    problems = []
    ids = Counter(e.get("id") for e in doc.get("entities", []))
    problems += [f"{i}: duplicate id" for i, n in ids.items() if n > 1]
    for e in doc.get("entities", []):
        problems += list(check_entity(e, plan, polys))
    for x in doc.get("excluded", []):
        if not x.get("phrase") or not x.get("reason"):
            problems.append(f"exclusion without phrase or reason: {x}")
    for p in problems:
        print(p)
    print(f"{path}: {len(doc.get('entities', []))} entities, {len(doc.get('excluded', []))} exclusions, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
