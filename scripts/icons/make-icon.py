#!/usr/bin/env python3
"""Writes resources/icons/icon.png: PR Desk's plain app icon (an indigo tile with a white news
page), drawn pixel by pixel so it is reproducible with nothing but Python's standard library."""
import pathlib
import struct
import zlib

W = H = 512
INDIGO, HEADLINE, LINE, WHITE, CLEAR = (0x36, 0x4F, 0xC7, 255), (0x3B, 0x4C, 0xCA, 255), (0x91, 0xA7, 0xFF, 255), (255, 255, 255, 255), (0, 0, 0, 0)


def pixel(x: int, y: int) -> tuple:
    radius = 64
    cx, cy = min(max(x, radius), W - 1 - radius), min(max(y, radius), H - 1 - radius)
    if (x - cx) ** 2 + (y - cy) ** 2 > radius * radius:
        return CLEAR
    if 128 <= x < 384 and 96 <= y < 416:
        if 160 <= x < 352 and any(top <= y < top + 18 for top in (140, 190, 240, 290, 340)):
            return HEADLINE if y < 160 else LINE
        return WHITE
    return INDIGO


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(W)) for y in range(H))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
out = pathlib.Path(__file__).resolve().parents[2] / "resources" / "icons" / "icon.png"
out.write_bytes(png)
print(f"wrote {out}")
