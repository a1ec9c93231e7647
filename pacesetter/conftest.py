import pytest


@pytest.fixture
def demo(db):
    from pacesetter.demo.loader import load_demo

    return load_demo()
