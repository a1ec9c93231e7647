"""Which objects take attachments and who may see or add them, declared by the owning apps.

An app calls ``register`` from its ``AppConfig.ready()``; this app never imports the apps
above it, and a model nobody registered takes no files and shows none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model

from pacesetter.core.policy import Actor

Check = Callable[[Actor, Model], bool]


@dataclass(frozen=True)
class Rules:
    model: type[Model]
    can_view: Check
    can_attach: Check


_rules: dict[str, Rules] = {}


def kind_of(model_or_obj: type[Model] | Model) -> str:
    """``"app_label.model"``: how a form or a URL names an owner's model."""
    return model_or_obj._meta.label_lower


def register(model: type[Model], *, can_view: Check, can_attach: Check) -> None:
    _rules[kind_of(model)] = Rules(model, can_view, can_attach)


def model_for(kind: str) -> type[Model] | None:
    """The registered model named ``kind``, or None for anything else."""
    rules = _rules.get(kind)
    return rules.model if rules else None


def can_view(actor: Actor, obj: Model | None) -> bool:
    """May ``actor`` see ``obj`` and so its files? False for unregistered or missing owners."""
    if obj is None or (rules := _rules.get(kind_of(obj))) is None:
        return False
    return rules.can_view(actor, obj)


def can_attach(actor: Actor, obj: Model | None) -> bool:
    if obj is None or (rules := _rules.get(kind_of(obj))) is None:
        return False
    return rules.can_view(actor, obj) and rules.can_attach(actor, obj)
