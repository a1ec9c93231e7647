from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from pacesetter.accounts.models import RoleAssignment, User
from pacesetter.orgunits.models import OrgUnit


@transaction.atomic
def user_ensure(
    *,
    username: str,
    password: str,
    orgunit: OrgUnit | None,
    roles: list[str],
    display_name: str = "",
    validate: bool = True,
) -> User:
    """Create or update an account and set exactly ``roles`` over ``orgunit``."""
    user = User.objects.filter(username=username).first() or User(username=username)
    if validate:
        validate_password(password, user)
    user.display_name = display_name
    user.orgunit = orgunit
    user.is_staff = "admin" in roles or "plan_office" in roles
    user.is_superuser = "admin" in roles
    user.set_password(password)
    user.save()
    if orgunit is not None:
        RoleAssignment.objects.filter(user=user).exclude(role__in=roles).delete()
        for role in roles:
            RoleAssignment.objects.get_or_create(user=user, role=role, orgunit=orgunit)
    return user
