from pacesetter.orgunits.models import OrgUnit


def orgunit_ensure(
    *, code: str, name: str, kind: str, parent: OrgUnit | None = None, short_name: str = ""
) -> OrgUnit:
    """Create the unit under ``parent`` unless a unit with ``code`` exists; keeps names current."""
    existing = OrgUnit.objects.filter(code=code).first()
    if existing:
        if (existing.name, existing.kind, existing.short_name) != (name, kind, short_name):
            existing.name, existing.kind, existing.short_name = name, kind, short_name
            existing.save()
        return existing
    fields = {"code": code, "name": name, "kind": kind, "short_name": short_name}
    if parent is None:
        return OrgUnit.objects.add_root(fields)
    return OrgUnit.objects.add_child(parent, fields)
