#!/usr/bin/env python3
"""Writes the placemark icon that KMZ downloads carry (files/dot.png inside the .kmz): a white disc
with a dark ring, 32x32 RGBA, anti-aliased. Google Earth multiplies an icon by the style's
<IconStyle><color>, so white takes the grade colour exactly and the ring stays dark on any basemap.
No image library needed."""
import math, pathlib, struct, zlib

N = 32
CENTRE, OUTER, RING = 15.5, 13.0, 2.2

def coverage(distance, radius):
    return max(0.0, min(1.0, radius - distance + 0.5))

def pixel(x, y):
    d = math.hypot(x - CENTRE, y - CENTRE)
    disc = coverage(d, OUTER)
    inner = coverage(d, OUTER - RING)
    grey = round(255 * inner + 0x33 * (1 - inner)) if disc else 0
    return (grey, grey, grey, round(255 * disc))

raw = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(N)) for y in range(N))

def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0))
       + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
target = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources/org/anju/export/kmz-dot.png'
target.parent.mkdir(parents=True, exist_ok=True)
target.write_bytes(png)
