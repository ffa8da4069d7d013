#!/usr/bin/env python3
"""Import cycles between modules. For every module, its child modules must not import
each other round a cycle (a file importing a sibling that imports it back, or
`state` ↔ `markup` at the top). Paths re-exported by a `mod.rs` count as imports of the
child that defines them. Test modules are left out. Usage: check-imports.py CRATE_SRC..."""
import re
import sys
from pathlib import Path

USE = re.compile(r"\b(?:pub(?:\([a-z]+\))?\s+)?use\s+([^;]+);", re.S)
PATH = re.compile(r"\b(crate|super)((?:::[A-Za-z_][A-Za-z0-9_]*)+)")
TEST_MOD = re.compile(r"#\[cfg\(test\)\]\s*(?:#\[path[^\]]*\]\s*)?mod\s+tests\s*(?:;|\{)")


def module_of(src: Path, f: Path):
    parts = list(f.relative_to(src).with_suffix("").parts)
    return tuple(parts[:-1] if parts[-1] in ("mod", "lib", "main") else parts)


def expand(tree: str):
    """`a::{b, c::{d}}` -> ["a::b", "a::c::d"]."""
    tree = re.sub(r"\s+", "", re.sub(r"\s+as\s+\w+", "", tree))
    i = tree.find("{")
    if i < 0:
        return [tree]
    head, body = tree[:i], tree[i + 1 : tree.rfind("}")]
    depth, cur, items = 0, "", []
    for ch in body:
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
            continue
        depth += (ch == "{") - (ch == "}")
        cur += ch
    items.append(cur)
    return [head + p for it in items if it for p in expand(it)]


def resolve(path: str, here: tuple):
    seg = [s for s in path.split("::") if s]
    if not seg:
        return None
    if seg[0] == "crate":
        return tuple(seg[1:])
    if seg[0] in ("super", "self"):
        base = list(here)
        while seg and seg[0] in ("super", "self"):
            if seg[0] == "super":
                base = base[:-1]
            seg = seg[1:]
        return tuple(base + seg)
    return None


def body(f: Path):
    text = re.sub(r"//[^\n]*", "", f.read_text())
    m = TEST_MOD.search(text)
    return text[: m.start()] if m else text


def paths_in(text: str):
    out = []
    for m in USE.finditer(text):
        out += expand(m.group(1))
    out += [m.group(1) + m.group(2) for m in PATH.finditer(text)]
    return out


def check(src: Path):
    files = [f for f in src.rglob("*.rs") if not (f.name == "tests.rs" or f.name.endswith("_tests.rs"))]
    mods = {f: module_of(src, f) for f in files}
    known = set(mods.values())
    # name re-exported by module M -> the child module that defines it
    reexports = {}
    for f, m in mods.items():
        for p in paths_in(body(f)) if f.name in ("mod.rs", "lib.rs") else []:
            r = resolve(p, m)
            if r and len(r) >= len(m) + 2 and r[: len(m)] == m and r[: len(m) + 1] in known:
                reexports.setdefault(m, {})[r[-1]] = r[: len(m) + 1]
    edges = {}
    for f, m in mods.items():
        for p in paths_in(body(f)):
            r = resolve(p, m)
            if not r:
                continue
            target = next((r[:n] for n in range(len(r), -1, -1) if r[:n] in known), None)
            if target is None:
                continue
            rest = r[len(target):]
            while rest and rest[0] in reexports.get(target, {}):
                target, rest = reexports[target][rest[0]], ()
            # the edge between the two children of the deepest common ancestor
            n = 0
            while n < min(len(m), len(target)) and m[n] == target[n]:
                n += 1
            if n == len(m) or n == len(target):
                continue  # a module and its own ancestor or descendant
            a, b = m[: n + 1], target[: n + 1]
            edges.setdefault(a, {}).setdefault(b, f)
    return edges


def cycles(edges):
    found, state = [], {}
    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in edges.get(node, {}):
            if state.get(nxt) == 1:
                found.append(stack[stack.index(nxt):] + [nxt])
            elif not state.get(nxt):
                visit(nxt, stack)
        stack.pop()
        state[node] = 2
    for n in list(edges):
        if not state.get(n):
            visit(n, [])
    return found


def main():
    bad = 0
    for src in map(Path, sys.argv[1:]):
        edges = check(src)
        for c in cycles(edges):
            bad += 1
            names = " -> ".join("::".join(x) for x in c)
            why = ", ".join(str(edges[x][y].relative_to(src)) for x, y in zip(c, c[1:]))
            print(f"{src}: import cycle {names} (in {why})")
    if bad:
        sys.exit(1)
    print("no import cycles")


if __name__ == "__main__":
    main()
