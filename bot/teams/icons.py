"""The two app icons Teams requires, drawn in code (no image library): 192x192 colour, 32x32 outline.

The motif is two overlapping rings: two parties working together (samenspel).
"""
from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable

ACCENT = (0x1F, 0x6F, 0x8B)
WHITE = (0xFF, 0xFF, 0xFF)

Pixel = tuple[int, int, int, int]


def png(width: int, height: int, pixel: Callable[[int, int], Pixel]) -> bytes:
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 9)) + _chunk(b"IEND", b"")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


class PixelFunction:
    """Two rings, centred left and right of the middle, on a background."""

    def __init__(self, size: int, background: Pixel, ring: Pixel, thickness: float) -> None:
        self.size, self.background, self.ring, self.thickness = size, background, ring, thickness
        self.radius = size * 0.26
        self.centres = ((size * 0.38, size / 2), (size * 0.62, size / 2))

    def __call__(self, x: int, y: int) -> Pixel:
        px, py = x + 0.5, y + 0.5
        for cx, cy in self.centres:
            if abs(math.hypot(px - cx, py - cy) - self.radius) <= self.thickness / 2:
                return self.ring
        return self.background


def color_icon() -> bytes:
    return png(192, 192, PixelFunction(192, (*ACCENT, 255), (*WHITE, 255), thickness=14))


def outline_icon() -> bytes:
    # Teams wants the outline icon white on transparent.
    return png(32, 32, PixelFunction(32, (0, 0, 0, 0), (*WHITE, 255), thickness=2.5))


def dimensions(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header; raises ValueError for anything that is not a PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("geen PNG")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)
