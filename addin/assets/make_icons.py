"""Regenerate the add-in icons (python addin/assets/make_icons.py): a teal
rounded square with a white "D", as plain PNGs written with zlib."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEAL, WHITE = (15, 118, 110), (255, 255, 255)


def pixel(x: float, y: float) -> tuple[int, int, int, int]:
    """Colour at (x, y) in a 0..1 square."""
    corner = 0.18
    cx = min(max(x, corner), 1 - corner)
    cy = min(max(y, corner), 1 - corner)
    if (x - cx) ** 2 + (y - cy) ** 2 > corner**2:
        return (0, 0, 0, 0)  # transparent rounded corner
    # the letter D: a vertical bar and a half ring
    in_bar = 0.30 <= x <= 0.40 and 0.25 <= y <= 0.75
    dx, dy = (x - 0.40) / 0.32, (y - 0.5) / 0.25
    ring = dx >= 0 and 0.62 <= dx * dx + dy * dy <= 1.0
    straight = 0.40 <= x <= 0.45 and (0.25 <= y <= 0.33 or 0.67 <= y <= 0.75)
    return (*(WHITE if in_bar or ring or straight else TEAL), 255)


def png(size: int) -> bytes:
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel((i + 0.5) / size, (j + 0.5) / size)) for i in range(size))
        for j in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    for size in (16, 32, 64, 80, 128):
        (HERE / f"icon-{size}.png").write_bytes(png(size))
