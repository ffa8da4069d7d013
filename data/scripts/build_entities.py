"""Merge data/catalogue/*.json into data/entities.geojson and data/excluded.json.

Usage: python3 data/scripts/build_entities.py
Records with the same id, or whose name_zh equals another's name_zh or alias, are one entity:
their refs, aliases, sectors, sites and links are united (the first file's record leads).
Fails with a list of problems if the merged catalogue does not validate.
"""
import glob
import json
import os
import sys

from catalogue import ROOT, check_entity, city_polygons, plan_text

PRECISION_RANK = {"site": 0, "district": 1, "city": 2}
TIER_RANK = {"national": 0, "provincial": 1, "city": 2, "none": 3}


def union(*lists):
    out = []
    for lst in lists:
        for x in lst or []:
            if x not in out:
                out.append(x)
    return out


def group(records):
    """Union-find over records linked by id or by name/alias."""
    parent = list(range(len(records)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, r in enumerate(records):
        for key in [("id", r["id"]), ("name", r["name_zh"])] + [("name", a) for a in r.get("aliases", [])]:
            if key in first:
                parent[find(i)] = find(first[key])
            elif key[0] == "id" or key[1] == r["name_zh"]:
                first[key] = i
    for i, r in enumerate(records):  # an alias naming another record's name_zh also links
        for a in r.get("aliases", []):
            if ("name", a) in first:
                parent[find(i)] = find(first[("name", a)])
    groups = {}
    for i in range(len(records)):
        groups.setdefault(find(i), []).append(records[i])
    return list(groups.values())


def merge_sites(sites):
    out = []
    for s in sites:
        same = next((o for o in out if o["name_zh"] == s["name_zh"] and o["city"] == s["city"]), None)
        if same is None:
            out.append(dict(s))
        elif PRECISION_RANK[s["precision"]] < PRECISION_RANK[same["precision"]]:
            same.update(s)
    return out


def merge(group_records, notes):
    lead = group_records[0]
    e = dict(lead)
    names = union(*[[r["name_zh"]] + r.get("aliases", []) for r in group_records])
    e["aliases"] = [n for n in names if n != lead["name_zh"]]
    e["sectors"] = union(*[r["sectors"] for r in group_records])
    if len(e["sectors"]) > 1 and "cross_sector" in e["sectors"]:
        e["sectors"].remove("cross_sector")
    e["refs"] = [{"section": s, "quote": q} for s, q in
                 dict.fromkeys((r["section"], r["quote"]) for g in group_records for r in g["refs"])]
    e["districts"] = union(*[r.get("districts", []) for r in group_records])
    e["related"] = union(*[r.get("related", []) for r in group_records])
    tiers = sorted({r["tier"] for r in group_records}, key=TIER_RANK.get)
    if len(tiers) > 1:
        notes.append(f"{lead['id']}: tiers {tiers} merged; kept {tiers[0]}")
    e["tier"] = tiers[0]
    e["tier_note"] = next((r.get("tier_note") for r in group_records
                           if r["tier"] == e["tier"] and r.get("tier_note")), "")
    # Several authors placing the same single site: keep the most precise placement.
    all_sites = [s for r in group_records for s in r["sites"]]
    if all(len(r["sites"]) == 1 for r in group_records):
        all_sites = [min(all_sites, key=lambda s: PRECISION_RANK[s["precision"]])]
    e["sites"] = merge_sites(all_sites)
    e["cities"] = union(*[r["cities"] for r in group_records], [s["city"] for s in e["sites"]])
    if len({s["city"] for s in e["sites"]}) > 1:
        e["precision"] = "multi_city"
    else:
        e["precision"] = max((s["precision"] for s in e["sites"]), key=PRECISION_RANK.get)
    if len(group_records) > 1:
        notes.append(f"{lead['id']}: merged {[r['id'] for r in group_records]}")
    return e, [r["id"] for r in group_records]


def to_feature(e):
    coords = [[s["lon"], s["lat"]] for s in e["sites"]]
    geometry = {"type": "Point", "coordinates": coords[0]} if len(coords) == 1 else \
        {"type": "MultiPoint", "coordinates": coords}
    props = {k: e.get(k) for k in ("name_zh", "name_en", "aliases", "kind", "sectors", "tier")}
    if e.get("tier_note"):
        props["tier_note"] = e["tier_note"]
    props.update({k: e.get(k, []) for k in ("cities", "districts")})
    props["precision"] = e["precision"]
    props["members"] = [{"name_zh": s["name_zh"], "role": s.get("role", ""), "lon": s["lon"], "lat": s["lat"],
                         "precision": s["precision"], "city": s["city"], "district": s.get("district", "")}
                        for s in e["sites"]]
    props["refs"] = e["refs"]
    props["related"] = e["related"]
    return {"type": "Feature", "id": e["id"], "geometry": geometry, "properties": props}


def main():
    records, excluded = [], []
    for path in sorted(glob.glob(os.path.join(ROOT, "catalogue", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        records += doc.get("entities", [])
        excluded += doc.get("excluded", [])
    notes, entities, id_map = [], [], {}
    for g in group(records):
        e, ids = merge(g, notes)
        entities.append(e)
        id_map.update({i: e["id"] for i in ids})
    problems = []
    for e in entities:
        unknown = [r for r in e["related"] if r not in id_map]
        problems += [f"{e['id']}: related id {r!r} does not exist" for r in unknown]
        e["related"] = [x for x in union([id_map[r] for r in e["related"] if r in id_map]) if x != e["id"]]
    plan, polys = plan_text(), city_polygons()
    for e in entities:
        problems += list(check_entity(e, plan, polys))
    known = {n for e in entities for n in [e["name_zh"], *e["aliases"]]}
    exclusions = {}
    for x in excluded:
        if x["phrase"] not in known:
            exclusions.setdefault(x["phrase"], x)
    for n in notes:
        print("note:", n, file=sys.stderr)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    if problems:
        sys.exit(f"{len(problems)} problems; nothing written")
    entities.sort(key=lambda e: e["id"])
    fc = {"type": "FeatureCollection",
          "name": "福建省“十四五”战略性新兴产业发展专项规划 — entities",
          "features": [to_feature(e) for e in entities]}
    with open(os.path.join(ROOT, "entities.geojson"), "w", encoding="utf-8") as f:
        json.dump(fc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(ROOT, "excluded.json"), "w", encoding="utf-8") as f:
        json.dump(sorted(exclusions.values(), key=lambda x: x["phrase"]), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(entities)} entities from {len(records)} records, {len(exclusions)} exclusions")


if __name__ == "__main__":
    main()
