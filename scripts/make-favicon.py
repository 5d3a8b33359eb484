#!/usr/bin/env python3
"""Writes web/favicon.ico: the house of web/favicon.svg as a 32x32 32-bit icon (no image library needed)."""
import struct, pathlib

N = 32
BLUE, WHITE, GOLD, CLEAR = (0x1f, 0x4e, 0x79, 255), (255, 255, 255, 255), (0xe6, 0xa8, 0x17, 255), (0, 0, 0, 0)

def inside_roof(x, y):   # triangle apex (16,5), base y=15 from x=4 to 28
    return 5 <= y <= 15 and abs(x - 16) <= (y - 5) * 1.2

def pixel(x, y):
    corner = min(x, N - 1 - x) + min(y, N - 1 - y)
    if corner < 3 and (min(x, N - 1 - x) < 2 and min(y, N - 1 - y) < 2):
        return CLEAR
    if inside_roof(x + .5, y + .5):
        return GOLD if (y - 5) < 3 or abs(x + .5 - 16) > (y - 5) * 1.2 - 2.5 else WHITE
    if 7.5 <= x + .5 <= 24.5 and 15 <= y + .5 <= 27:
        return BLUE if (14.5 <= x + .5 <= 17.5 and y + .5 >= 20) else WHITE
    return BLUE

rows = b''.join(bytes((b, g, r, a)) for y in reversed(range(N)) for x in range(N) for (r, g, b, a) in [pixel(x, y)])
mask = bytes(N * N // 8)
bmp = struct.pack('<IiiHHIIiiII', 40, N, 2 * N, 1, 32, 0, len(rows) + len(mask), 0, 0, 0, 0) + rows + mask
ico = struct.pack('<HHH', 0, 1, 1) + struct.pack('<BBBBHHII', N, N, 0, 0, 1, 32, len(bmp), 22) + bmp
pathlib.Path(__file__).resolve().parent.parent.joinpath('web', 'favicon.ico').write_bytes(ico)
