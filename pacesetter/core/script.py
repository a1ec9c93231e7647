"""Simplified → traditional conversion of stored text and of the 繁體 catalog, with one
converter per process.

OpenCC's Taiwan-standard chain (``s2tw``) converts by phrase and uses the usual forms (為 not
爲, 審核 not 審覈, 只 not 隻, 群 not 羣); ``phrases_s2t.txt`` adds the government workflow
words it gets wrong (簽批 not 籤批), ahead of OpenCC's own phrases. The vocabulary stays the
mainland's (no 資料 for 数据): ``s2twp`` would rewrite words, not only script.
"""

from __future__ import annotations

import json
import tempfile
from functools import lru_cache
from pathlib import Path

PHRASES = Path(__file__).with_name("phrases_s2t.txt")


def _config() -> str:
    """OpenCC's s2tw configuration with our phrases first, written where OpenCC can read it
    (its dictionaries are named by absolute path, ours as a text dictionary)."""
    import opencc

    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    config = json.loads((share / "s2tw.json").read_text(encoding="utf-8"))

    def absolute(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "ocd2":
                node["file"] = str(share / node["file"])
            for value in node.values():
                absolute(value)
        elif isinstance(node, list):
            for value in node:
                absolute(value)

    absolute(config)
    folder = Path(tempfile.mkdtemp(prefix="pacesetter-opencc-"))
    lines = PHRASES.read_text(encoding="utf-8").splitlines()
    (folder / "phrases.txt").write_text(
        "".join(f"{line}\n" for line in lines if line and not line.startswith("#")),
        encoding="utf-8",
    )
    ours = {"type": "text", "file": str(folder / "phrases.txt")}
    config["segmentation"]["dict"]["dicts"].insert(0, ours)
    config["conversion_chain"][0]["dict"]["dicts"].insert(0, ours)
    path = folder / "s2tw-pacesetter.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return str(path)


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC(_config())


@lru_cache(maxsize=4096)
def to_traditional(text: str) -> str:
    return _converter().convert(text)


def data_text(value: object) -> str:
    """Stored text (names of plans, units, indicators …) in the reader's script: traditional
    for 繁體中文 readers. Templates use the ``data_text`` filter; forms' choices this."""
    from django.utils.translation import get_language

    text = "" if value is None else str(value)
    return to_traditional(text) if get_language() == "zh-hant" else text
