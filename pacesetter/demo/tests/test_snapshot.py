"""The demo copied back as rows is the demo the services load."""

import pytest

from pacesetter.demo.loader import load_demo
from pacesetter.demo.snapshot import _tables, demo_world

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {m._meta.label: m._base_manager.count() for m in _tables()}


@pytest.mark.parametrize("turn", [1, 2])
def test_loading_the_demo_again_over_the_copy_adds_nothing(turn):
    # The first turn in a process loads through the services, the second copies rows; the
    # loader finds every object by its code, so any row the copy lacked would be added here.
    demo_world()
    counts = _counts()
    load_demo()
    assert _counts() == counts
