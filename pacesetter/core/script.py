"""Simplified → traditional conversion of stored text, with one converter per process."""

from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("s2t")


@lru_cache(maxsize=4096)
def to_traditional(text: str) -> str:
    return _converter().convert(text)
