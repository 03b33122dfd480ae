#!/usr/bin/env python3
"""One-off converter: Natural Earth 1:110m countries (world-atlas@2.0.2, countries-110m.json, TopoJSON, public domain)
to one line per country: ISO 3166-1 alpha-2 code, a space, an SVG path in an equirectangular projection
(viewBox 0 0 1000 500, longitude -180..180, latitude 90..-90) rounded to 1 decimal. Run once:
  cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
  python3 tools/world_map.py /tmp/package/countries-110m.json /usr/share/iso-codes/json/iso_3166-1.json \
      > src/main/resources/org/healthequity/exchange/member/world-110m.txt
Shapes without an ISO number (Kosovo, northern Cyprus, Somaliland) are left out."""
import json, sys

topo = json.load(open(sys.argv[1]))
alpha2 = {c['numeric']: c['alpha_2'] for c in json.load(open(sys.argv[2]))['3166-1']}
sx, sy = topo['transform']['scale']
tx, ty = topo['transform']['translate']
arcs = []
for arc in topo['arcs']:
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        lon, lat = x * sx + tx, y * sy + ty
        points.append((round((lon + 180) * 1000 / 360, 1), round((90 - lat) * 500 / 180, 1)))
    arcs.append(points)

def ring(indexes):
    points = []
    for i in indexes:
        part = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(part if not points else part[1:])
    out, last = [], None
    for p in points:
        if p != last:
            out.append(p)
        last = p
    return out

def fmt(v):
    s = ('%.1f' % v).rstrip('0').rstrip('.')
    return s if s != '-0' else '0'

def path(polygons):
    d = []
    for polygon in polygons:
        for r in polygon:
            pts = ring(r)
            if len(pts) < 3:
                continue
            d.append('M' + 'L'.join(fmt(x) + ',' + fmt(y) for x, y in pts) + 'Z')
    return ''.join(d)

lines = {}
for g in topo['objects']['countries']['geometries']:
    code = alpha2.get(str(g.get('id', '')).zfill(3)) if g.get('id') else None
    if not code or g['type'] not in ('Polygon', 'MultiPolygon'):
        continue
    polygons = [g['arcs']] if g['type'] == 'Polygon' else g['arcs']
    lines[code] = lines.get(code, '') + path(polygons)
for code in sorted(lines):
    print(code, lines[code])
