"""OWSLib (PyPI `owslib`, installed by .ci/setup) as a client of our OGC API - Features.

Usage: owslib_client.py BASE_URL FEATURE_COUNT. Exits non-zero, saying why, if any step fails.
"""
import sys

from owslib.ogcapi.features import Features


def main(url: str, count: int) -> None:
    w = Features(url)  # asks for the landing page as BASE_URL/
    api = w.api()  # follows the landing page's service-desc link
    assert api["openapi"].startswith("3.0"), api.get("openapi")
    assert "/collections/entities/items" in api["paths"], sorted(api["paths"])
    assert api["components"]["parameters"], "parameters are described"
    classes = w.conformance()["conformsTo"]
    assert any(c.endswith("/conf/oas30") for c in classes), classes
    assert [c["id"] for c in w.collections()["collections"]] == ["entities"]
    assert w.collection("entities")["itemType"] == "feature"
    queryables = w.collection_queryables("entities")
    assert {"sector", "tier", "kind", "city", "q", "chain", "section", "industry"} <= set(queryables["properties"]), queryables
    first = w.collection_items("entities", limit=10)
    assert first["numberMatched"] == count, (first["numberMatched"], count)
    assert len(first["features"]) == 10
    marine = w.collection_items("entities", sector="marine", limit=1000)
    assert 0 < marine["numberReturned"] < count
    assert all("marine" in f["properties"]["sectors"] for f in marine["features"])
    one = w.collection_item("entities", first["features"][0]["id"])
    assert one["id"] == first["features"][0]["id"]
    print(f"owslib read {count} features, {len(api['paths'])} API paths")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
