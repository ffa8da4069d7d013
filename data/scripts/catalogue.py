"""Shared validation of catalogue source records (used by check_fragment.py and build_entities.py).

The Rust loader (server/src/catalogue) repeats these checks at start-up on the built file;
these exist so authors get the same answers before building.
"""
import json
import math
import os
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
KINDS = {"cluster", "park", "base", "zone", "platform", "project", "science_city", "town", "other"}
SECTORS = {"next_gen_it", "high_end_equipment", "new_materials", "new_energy", "biomedicine",
           "energy_saving_env", "marine", "future_industries", "cross_sector"}
TIERS = {"national", "provincial", "city", "none"}
PRECISIONS = {"site", "district", "city", "multi_city"}
CITIES = ["福州市", "厦门市", "漳州市", "泉州市", "三明市", "莆田市", "南平市", "龙岩市", "宁德市", "平潭综合实验区"]
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TOLERANCE_KM = 3.0  # islands and coastline are coarse in the 1/1024° source


def normalise(text):
    """The plan with page markers and all whitespace removed: what quotes are matched against."""
    return re.sub(r"\s+", "", re.sub(r"—\s*\d+\s*—", "", text))


def plan_text():
    with open(os.path.join(ROOT, "plan", "plan.txt"), encoding="utf-8") as f:
        return normalise(f.read())


def city_polygons():
    with open(os.path.join(ROOT, "basemap", "fujian.geojson"), encoding="utf-8") as f:
        feats = json.load(f)["features"]
    return {f["properties"]["name_zh"]: f["geometry"]["coordinates"]
            for f in feats if f["properties"]["kind"] in ("city", "pingtan")}


def _in_ring(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _seg_km(x, y, a, b):
    kx = 111.32 * math.cos(math.radians(y))
    ax, ay, bx, by = (a[0] - x) * kx, (a[1] - y) * 110.57, (b[0] - x) * kx, (b[1] - y) * 110.57
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy or 1e-12)))
    return math.hypot(ax + t * dx, ay + t * dy)


def distance_outside_km(x, y, multipolygon):
    """0 when inside, else the distance to the nearest boundary in km."""
    for poly in multipolygon:
        if _in_ring(x, y, poly[0]) and not any(_in_ring(x, y, h) for h in poly[1:]):
            return 0.0
    return min(_seg_km(x, y, a, b) for poly in multipolygon for r in poly for a, b in zip(r, r[1:]))


def check_entity(e, plan, polys):
    """Yield human-readable problems with one entity record."""
    eid = e.get("id", "?")
    for key in ("id", "name_zh", "name_en", "kind", "sectors", "tier", "cities", "precision", "sites", "refs"):
        if key not in e:
            yield f"{eid}: missing '{key}'"
    if not ID_RE.match(str(e.get("id", ""))):
        yield f"{eid}: id must be a lowercase ascii id (a-z, 0-9, single dashes)"
    if e.get("kind") not in KINDS:
        yield f"{eid}: unknown kind {e.get('kind')!r}"
    if e.get("tier") not in TIERS:
        yield f"{eid}: unknown tier {e.get('tier')!r}"
    if e.get("precision") not in PRECISIONS:
        yield f"{eid}: unknown precision {e.get('precision')!r}"
    if not e.get("sectors"):
        yield f"{eid}: no sectors"
    for s in e.get("sectors", []):
        if s not in SECTORS:
            yield f"{eid}: unknown sector {s!r}"
    for c in e.get("cities", []):
        if c not in CITIES:
            yield f"{eid}: unknown city {c!r}"
    if not e.get("refs"):
        yield f"{eid}: no refs"
    for r in e.get("refs", []):
        q = r.get("quote", "")
        if not r.get("section"):
            yield f"{eid}: ref without section"
        if not q or len(q) > 80:
            yield f"{eid}: quote empty or over 80 characters: {q!r}"
        elif normalise(q) not in plan:
            yield f"{eid}: quote not in the plan: {q!r}"
    if not e.get("sites"):
        yield f"{eid}: no sites"
    site_cities = set()
    for s in e.get("sites", []):
        lon, lat = s.get("lon"), s.get("lat")
        if not isinstance(lon, (int, float)) or not isinstance(lat, (int, float)):
            yield f"{eid}: site {s.get('name_zh')!r} without numeric lon/lat"
            continue
        if not (115 <= lon <= 121 and 23 <= lat <= 29):
            yield f"{eid}: site {s.get('name_zh')!r} at ({lon}, {lat}) is outside Fujian (lon/lat swapped?)"
            continue
        if s.get("precision") not in PRECISIONS - {"multi_city"}:
            yield f"{eid}: site {s.get('name_zh')!r} has bad precision {s.get('precision')!r}"
        city = s.get("city")
        site_cities.add(city)
        if city not in polys:
            yield f"{eid}: site {s.get('name_zh')!r} has unknown city {city!r}"
            continue
        d = distance_outside_km(lon, lat, polys[city])
        if d > TOLERANCE_KM:
            yield f"{eid}: site {s.get('name_zh')!r} ({lon}, {lat}) is {d:.1f} km outside {city}"
    if site_cities - set(e.get("cities", [])):
        yield f"{eid}: site cities {sorted(site_cities - set(e.get('cities', [])))} not in 'cities'"
    if len(site_cities) > 1 and e.get("precision") != "multi_city":
        yield f"{eid}: sites in {len(site_cities)} cities but precision is not multi_city"
