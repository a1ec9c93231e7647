from typing import Any, TypeVar

from django.db.models import Model

_M = TypeVar("_M", bound=Model)


def upsert(model: type[_M], *, lookup: dict[str, Any], values: dict[str, Any]) -> _M:
    """Create, or update only the fields that differ: re-running a load writes no history noise."""
    # _default_manager is `objects` on every model here, and typed for any model.
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        return model._default_manager.create(**lookup, **values)
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    if changed:
        for key, value in changed.items():
            setattr(obj, key, value)
        obj.save()
    return obj
