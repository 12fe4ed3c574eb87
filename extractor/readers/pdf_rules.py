"""Ruling lines of a PDF page read from PDFium's path objects, and the table grids they draw.

The reference engine (pdfplumber over pdfminer) parses every drawing operator of the page in
Python; here the same paths come from PDFium already parsed, and only the few horizontal and
vertical segments are handled in Python. The grid is then found the way pdfplumber's table
finder defines it, so both engines give the same cells:
- each path is cut into subpaths; a segment between two consecutive points (Bézier control
  points left out) is an edge when it is horizontal or vertical; a subpath of a single segment
  is an edge even when slanted (taken as vertical, as pdfminer's lines are);
- edges within SNAP of one another on the same axis are moved to their mean position, and
  edges on one line with gaps up to JOIN are joined; edges shorter than MIN_LENGTH are dropped;
- a crossing of a horizontal and a vertical edge (within CROSS) is a corner; a cell is the
  smallest rectangle of four corners joined by edges, searched from its top-left corner;
- cells that share a corner make one table; a table needs at least two cells.
"""

from __future__ import annotations

import ctypes
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from extractor.readers import pdfium_calls as calls

SNAP = 3.0
JOIN = 3.0
CROSS = 3.0
MIN_LENGTH = 3.0
PRE_LENGTH = 1.0  # edges shorter than this are not even snapped (pdfplumber's prefilter)
MAX_DEPTH = 15  # form objects nested deeper than this are not looked into

Edge = tuple[float, float, float, float]  # x0, top, x1, bottom in top-down page coordinates
Cell = tuple[float, float, float, float]


@dataclass
class Grid:
    cells: list[Cell]

    @property
    def bbox(self) -> Cell:
        return (min(c[0] for c in self.cells), min(c[1] for c in self.cells),
                max(c[2] for c in self.cells), max(c[3] for c in self.cells))


def scan_page(page) -> tuple[set[int], list[tuple[object, tuple]]]:
    """The kinds of the page objects (FPDF_PAGEOBJ_*, also inside form objects), and each path
    object with its matrix to PDF page space. Raw calls: pypdfium2's object wrappers cost more
    than the page's parsing on pages drawn with thousands of rule pieces."""
    kinds: set[int] = set()
    paths: list[tuple[object, tuple]] = []
    raw = page.raw
    get_object, get_type = calls.page_object, calls.object_type
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = get_object(raw, i)
        kind = get_type(obj)
        kinds.add(kind)
        if kind == path or kind == form:  # most objects are text: no call for them
            _scan(obj, kind, identity, kinds, paths, 0)
    return kinds, paths


def _scan(obj, kind: int, outer: tuple, kinds: set[int], paths: list, depth: int) -> None:
    """A path or form object (of type `kind`) inside the matrix `outer`."""
    matrix = pdfium_c.FS_MATRIX()
    if not calls.object_matrix(obj, ctypes.byref(matrix)):
        return
    m = _compose(outer, matrix)
    if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
        paths.append((obj, m))
    elif depth < MAX_DEPTH:
        for i in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
            child = pdfium_c.FPDFFormObj_GetObject(obj, i)  # (typed call: its index is an unsigned long)
            kind = calls.object_type(child)
            kinds.add(kind)
            if kind in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
                _scan(child, kind, m, kinds, paths, depth + 1)


def path_edges(paths: list[tuple[object, tuple]], mb_left: float, mb_top: float) -> tuple[list[Edge], list[Edge]]:
    """The horizontal and the vertical edges drawn by path objects (from scan_page), in top-down
    coordinates from the top left of the media box."""
    h: list[Edge] = []
    v: list[Edge] = []
    flip = (1.0, 0.0, 0.0, -1.0, -mb_left, mb_top)  # PDF space to top-down page space
    for obj, m in paths:
        _path_edges(obj, _then(m, flip), h, v)
    return h, v


def _compose(m: tuple, n: pdfium_c.FS_MATRIX) -> tuple:
    """n (an object's own matrix) followed by m."""
    return _then((n.a, n.b, n.c, n.d, n.e, n.f), m)


def _then(n: tuple, m: tuple) -> tuple:
    """The matrix that applies n, then m (PDF row-vector convention)."""
    na, nb, nc, nd, ne, nf = n
    a, b, c, d, e, f = m
    return (na * a + nb * c, na * b + nb * d, nc * a + nd * c, nc * b + nd * d,
            ne * a + nf * c + e, ne * b + nf * d + f)


def _path_edges(obj, m: tuple, h: list[Edge], v: list[Edge]) -> None:
    for points, closed in _subpaths(obj, m):
        if closed and len(points) == 3 and points[2] == points[0]:
            points = points[:2]  # a single segment closed (h) back onto itself is still one line
        if len(points) == 2:
            (xa, ya), (xb, yb) = points
            edge = (min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))
            (h if ya == yb else v).append(edge)
            continue
        for (xa, ya), (xb, yb) in zip(points, points[1:]):
            if xa == xb:
                v.append((xa, min(ya, yb), xa, max(ya, yb)))
            elif ya == yb:
                h.append((min(xa, xb), ya, max(xa, xb), ya))


def _subpaths(obj, m: tuple) -> list[tuple[list[tuple[float, float]], bool]]:
    """The end points of each subpath of a path object, in top-down page coordinates, and whether
    the subpath was closed (PDFium adds the closing segment back to its start as a point)."""
    a, b, c, d, e, f = m
    x, y = ctypes.c_float(), ctypes.c_float()
    x_p, y_p = ctypes.byref(x), ctypes.byref(y)
    get_segment, get_type, get_point = calls.path_segment, calls.segment_type, calls.segment_point
    bezier_to, move_to = pdfium_c.FPDF_SEGMENT_BEZIERTO, pdfium_c.FPDF_SEGMENT_MOVETO
    out: list[tuple[list[tuple[float, float]], bool]] = []
    bezier = 0
    for i in range(calls.path_segment_count(obj)):
        seg = get_segment(obj, i)
        kind = get_type(seg)
        if kind == bezier_to:
            bezier += 1
            if bezier % 3:
                continue  # a control point: only the end point of a curve counts
        else:
            bezier = 0
        get_point(seg, x_p, y_p)
        px, py = x.value, y.value
        pt = (a * px + c * py + e, b * px + d * py + f)
        if kind == move_to or not out:
            out.append(([pt], False))
        else:
            out[-1][0].append(pt)
            if calls.segment_close(seg):
                out[-1] = (out[-1][0], True)
    return [(p, closed) for p, closed in out if len(p) > 1]


def find_grids(h: list[Edge], v: list[Edge]) -> list[Grid]:
    """The tables that the edges draw, top to bottom, each as its cells."""
    h = _merge([e for e in h if e[2] - e[0] >= PRE_LENGTH], horizontal=True)
    v = _merge([e for e in v if e[3] - e[1] >= PRE_LENGTH], horizontal=False)
    corners = _corners(h, v)
    return _tables(_cells(corners))


def _merge(edges: list[Edge], horizontal: bool) -> list[Edge]:
    """Snap edges to the mean position of their cluster, then join those on one line."""
    pos = 1 if horizontal else 0  # the coordinate that says which line an edge lies on
    values = sorted(set(e[pos] for e in edges))
    cluster: dict[float, int] = {}
    n = -1
    for i, val in enumerate(values):
        if i == 0 or val > values[i - 1] + SNAP:
            n += 1
        cluster[val] = n
    members: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        members[cluster[e[pos]]].append(e)
    lines: dict[float, list[Edge]] = defaultdict(list)
    for group in members.values():
        mean = sum(e[pos] for e in group) / len(group)
        for e in group:
            if horizontal:
                lines[mean].append((e[0], mean, e[2], mean))
            else:
                lines[mean].append((mean, e[1], e[2] + mean - e[0], e[3]))  # a slanted one keeps its slant
    lo, hi = (0, 2) if horizontal else (1, 3)
    out: list[Edge] = []
    for key in sorted(lines):
        joined: list[Edge] = []
        for e in sorted(lines[key], key=lambda e: e[lo]):
            if joined and e[lo] <= joined[-1][hi] + JOIN:
                if e[hi] > joined[-1][hi]:
                    last = list(joined[-1])
                    last[hi] = e[hi]
                    joined[-1] = tuple(last)
            else:
                joined.append(e)
        out += [e for e in joined if e[hi] - e[lo] >= MIN_LENGTH]
    return out


def _corners(h: list[Edge], v: list[Edge]) -> dict[tuple[float, float], tuple[set[Edge], set[Edge]]]:
    """Each crossing point, with the vertical and the horizontal edges through it."""
    corners: dict[tuple[float, float], tuple[set[Edge], set[Edge]]] = {}
    hs = sorted(h, key=lambda e: (e[1], e[0]))
    ys = [e[1] for e in hs]
    for ve in sorted(v, key=lambda e: (e[0], e[1])):
        x, top, bottom = ve[0], ve[1], ve[3]
        for k in range(bisect_left(ys, top - CROSS), len(hs)):  # rules above the edge's top cannot cross it
            he = hs[k]
            y = he[1]
            if y > bottom + CROSS:
                break
            if top <= y + CROSS and he[0] - CROSS <= x <= he[2] + CROSS:
                vs, hs_ = corners.setdefault((x, y), (set(), set()))
                vs.add(ve)
                hs_.add(he)
    return corners


def _cells(corners) -> list[Cell]:
    """From each corner, the smallest cell it is the top-left corner of: the nearest corner below
    joined to it, then the nearest corner to the right joined to it, whose opposite corner
    exists and is joined to both."""
    points = sorted(corners)
    below: dict[float, list[tuple[float, float]]] = defaultdict(list)
    right: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for p in points:
        below[p[0]].append(p)
        right[p[1]].append(p)
    # sorted points give each column top to bottom; each row needs its own order left to right
    for row in right.values():
        row.sort()

    def joined(p, q, axis: int) -> bool:
        return not corners[p][axis].isdisjoint(corners[q][axis])

    cells: list[Cell] = []
    for pt in points:
        found = None
        for b in below[pt[0]]:
            if b[1] <= pt[1] or not joined(pt, b, 0):
                continue
            for r in right[pt[1]]:
                if r[0] <= pt[0] or not joined(pt, r, 1):
                    continue
                corner = (r[0], b[1])
                if corner in corners and joined(corner, r, 0) and joined(corner, b, 1):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _tables(cells: list[Cell]) -> list[Grid]:
    """Cells grouped into tables by shared corners, each table grown pass by pass over the
    remaining cells in order, top to bottom; single cells are no table."""
    remaining = list(cells)
    tables: list[list[Cell]] = []
    while remaining:
        group = [remaining.pop(0)]
        seen = set(_corners_of(group[0]))
        grew = True
        while grew:
            grew = False
            rest = []
            for c in remaining:
                corners = _corners_of(c)
                if any(k in seen for k in corners):
                    seen.update(corners)
                    group.append(c)
                    grew = True
                else:
                    rest.append(c)
            remaining = rest
        tables.append(group)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [Grid(t) for t in tables if len(t) > 1]


def _corners_of(c: Cell) -> tuple:
    x0, top, x1, bottom = c
    return (x0, top), (x0, bottom), (x1, top), (x1, bottom)
