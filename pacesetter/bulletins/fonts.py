"""Which installed font draws each part of a bulletin (GB/T 9704 faces, or the nearest we have).

An official document names its faces: 方正小标宋简体 for the title, 仿宋_GB2312 for the body,
黑体 and 楷体_GB2312 for headings, 宋体 for page numbers. Word files simply name them (the
reader's machine has them, ``DOCX_FACES``); the PDF and the charts must embed real files, so
``resolve`` asks fontconfig for the GB face first, then for what Debian ships (Noto CJK), then
for any CJK font, and says what it used instead (``substitutions``) so the document can say so.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass

# The faces named in Word files: the reader's Windows/WPS machine has them.
DOCX_FACES: dict[str, str] = {
    "title": "方正小标宋简体",
    "body": "仿宋_GB2312",
    "heading1": "黑体",
    "heading2": "楷体_GB2312",
    "page_number": "宋体",
}

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"

# Per role: the face GB/T 9704 wants and its usual aliases (any of them is the real face).
GB_FACES: dict[str, tuple[str, ...]] = {
    "title": ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK"),
    "body": ("仿宋_GB2312", "FangSong_GB2312", "FangSong", "仿宋"),
    "heading1": ("黑体", "SimHei"),
    "heading2": ("楷体_GB2312", "KaiTi_GB2312", "KaiTi", "楷体"),
    "page_number": ("宋体", "SimSun"),
    # Charts are read at a glance: a sans face, the one the headings use.
    "chart": ("黑体", "SimHei"),
}
# Then what Debian ships (fonts-noto-cjk): serif for 宋/仿宋/楷/小标宋, sans for 黑体.
DEBIAN_FACES = {
    "title": SERIF,
    "body": SERIF,
    "heading1": SANS,
    "heading2": SERIF,
    "page_number": SERIF,
    "chart": SANS,
}
CANDIDATES: dict[str, tuple[str, ...]] = {
    role: (*faces, DEBIAN_FACES[role]) for role, faces in GB_FACES.items()
}
ROLES = tuple(CANDIDATES)

# Used when no CJK font is installed at all: the document still renders (with tofu for Chinese).
LAST_RESORT = ("DejaVu Sans", "DejaVu Serif")


@dataclass(frozen=True)
class FontChoice:
    role: str
    wanted: str  # the GB face
    used: str  # the family fontconfig found (CSS font-family / matplotlib family)
    path: str  # the font file ("" if fontconfig knows no font at all)
    index: int = 0  # face within a collection (.ttc)

    @property
    def substituted(self) -> bool:
        return self.used not in GB_FACES[self.role]


@dataclass(frozen=True)
class _Face:
    family: str
    path: str
    index: int
    regular: bool


def resolve(role: str) -> FontChoice:
    """The font drawing ``role`` on this machine (cached for the process)."""
    return _resolve(role)


def substitutions() -> list[FontChoice]:
    """Roles drawn in another face than GB/T 9704 wants, in ``ROLES`` order."""
    return [choice for role in ROLES if (choice := resolve(role)).substituted]


def any_cjk_missing() -> bool:
    """True when no CJK font is installed: Chinese text would show as boxes."""
    return not _cjk_faces()


@functools.cache
def _resolve(role: str) -> FontChoice:
    candidates = CANDIDATES[role]
    wanted = candidates[0]
    cjk = _cjk_faces()
    for name in candidates:
        face = _pick(cjk, name)
        if face:
            return FontChoice(role, wanted, name, face.path, face.index)
    if cjk:  # some other CJK font: prefer a Simplified Chinese one
        key = sorted(cjk, key=lambda f: (not f.endswith(" sc"), f))[0]
        face = _pick(cjk, key)
        assert face
        return FontChoice(role, wanted, face.family, face.path, face.index)
    every = _faces("")
    for name in LAST_RESORT:
        face = _pick(every, name)
        if face:
            return FontChoice(role, wanted, name, face.path, face.index)
    return FontChoice(role, wanted, "sans-serif", "")


def _pick(faces: dict[str, list[_Face]], family: str) -> _Face | None:
    found = faces.get(family.casefold(), [])
    return next((f for f in found if f.regular), found[0] if found else None)


@functools.cache
def _cjk_faces() -> dict[str, list[_Face]]:
    return _faces(":lang=zh")


def _faces(pattern: str) -> dict[str, list[_Face]]:
    """Installed faces by (case-folded) family name, every alias of a face listed."""
    if not shutil.which("fc-list"):
        return {}
    fmt = "%{family}\t%{style}\t%{file}\t%{index}\n"
    try:
        out = subprocess.run(
            ["fc-list", "--format", fmt, *([pattern] if pattern else [])],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    faces: dict[str, list[_Face]] = {}
    for line in sorted(out.splitlines()):
        parts = line.split("\t")
        if len(parts) != 4 or not parts[2]:
            continue
        families, styles, path, index = parts
        regular = any(s in ("Regular", "Book", "Normal", "常规") for s in styles.split(","))
        for family in families.split(","):
            key = family.strip().casefold()
            if key:
                face = _Face(family.strip(), path, int(index or 0), regular)
                faces.setdefault(key, []).append(face)
    return faces
