"""Words for where a face is, so a person can find it: "gezicht 3 van 5, linksboven (x=120, y=40, 64×64 px)"."""

from __future__ import annotations

from screener.findings import Box

_COLUMNS = ("links", "midden", "rechts")
_ROWS = ("boven", "midden", "onder")


def region(box: Box, size: tuple[int, int]) -> str:
    """'linksboven', 'midden', 'rechtsonder', ... for the centre of `box` in a photo of `size`."""
    cx = (box.x + box.width / 2) / max(1, size[0])
    cy = (box.y + box.height / 2) / max(1, size[1])
    column = _COLUMNS[min(2, int(cx * 3))]
    row = _ROWS[min(2, int(cy * 3))]
    if column == row == "midden":
        return "midden"
    if row == "midden":
        return f"{column}, halverwege"
    if column == "midden":
        return f"midden{row}"
    return f"{column}{row}"


def describe_face(index: int, count: int, box: Box, size: tuple[int, int]) -> str:
    """index is 0-based; faces are counted top row first, left to right."""
    return (f"gezicht {index + 1} van {count}, {region(box, size)} "
            f"(x={box.x}, y={box.y}, {box.width}×{box.height} px)")
