from django.db.models import Model


def upsert(model: type[Model], *, lookup: dict, values: dict) -> Model:
    """Create, or update only the fields that differ: re-running a load writes no history noise."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values)
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    if changed:
        for key, value in changed.items():
            setattr(obj, key, value)
        obj.save()
    return obj
