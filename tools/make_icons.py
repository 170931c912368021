"""Draw MSF Desk's application icon and write every file the builds need.

    python tools/make_icons.py

The icon: a round table (the forum) with its seats on two sides, three and three, in two
colours (government and non-government members in parity), white on a blue tile.
Writes, under resources/icons/:
  hicolor/NxN/apps/msf-desk.png   for N in 16 24 32 48 64 128 256 512 (Linux's icon theme
                                  layout; Qt's window icon is built from the same files)
  msf-desk.ico                    Windows (16-256)
  msf-desk.icns                   macOS
Needs Pillow only. Commit the files it writes.
"""
from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SUPERSAMPLE = 8

TILE_TOP, TILE_BOTTOM = (35, 96, 150), (22, 62, 104)
TABLE = (255, 255, 255)
SIDE_A, SIDE_B = (126, 214, 196), (247, 190, 80)


def draw(size: int) -> Image.Image:
    """The icon at `size` pixels, drawn large and scaled down (smooth edges at every size)."""
    big = size * SUPERSAMPLE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    # The tile: a rounded square with a top-to-bottom gradient, a small margin around it.
    margin = round(big * (0.03 if size >= 32 else 0.0))
    radius = round(big * 0.2)
    gradient = Image.new("RGBA", (big, big))
    g = ImageDraw.Draw(gradient)
    for y in range(big):
        t = y / max(big - 1, 1)
        g.line([(0, y), (big, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(TILE_TOP, TILE_BOTTOM)) + (255,))
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).rounded_rectangle([margin, margin, big - 1 - margin, big - 1 - margin], radius, fill=255)
    img.paste(gradient, (0, 0), mask)

    d = ImageDraw.Draw(img)
    c = big / 2
    # Small sizes get fewer, larger seats and a thicker table so the picture survives.
    small = size <= 24
    table_r = big * (0.2 if small else 0.19)
    ring = big * (0.075 if small else 0.05)
    seats_per_side = 2 if small else 3
    seat_r = big * (0.085 if small else 0.062)
    orbit = big * (0.34 if small else 0.33)
    d.ellipse([c - table_r, c - table_r, c + table_r, c + table_r], outline=TABLE, width=round(ring))
    spread = math.radians(100 if small else 110)
    for side, colour in ((math.pi, SIDE_A), (0.0, SIDE_B)):
        for i in range(seats_per_side):
            angle = side - spread / 2 + spread * (i + 0.5) / seats_per_side
            x, y = c + orbit * math.cos(angle), c + orbit * math.sin(angle)
            d.ellipse([x - seat_r, y - seat_r, x + seat_r, y + seat_r], fill=colour)
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    images = {size: draw(size) for size in SIZES}
    for size, img in images.items():
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "msf-desk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        img.save(target, optimize=True)
    ico_sizes = [s for s in SIZES if s <= 256]
    images[256].save(ICONS / "msf-desk.ico", sizes=[(s, s) for s in ico_sizes],
                     append_images=[images[s] for s in ico_sizes if s != 256])
    draw(1024).save(ICONS / "msf-desk.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    print(f"Wrote {len(SIZES)} PNGs, msf-desk.ico and msf-desk.icns under {ICONS}")


if __name__ == "__main__":
    main()
