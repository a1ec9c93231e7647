"""The sign-in forms: Django's, with a name too long to be anyone's refused before it is tried."""

from __future__ import annotations

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm


class _NameWithinBounds:
    """A user name longer than any account's is a wrong sign-in like any other. It is refused
    before authentication, so the failed-attempt log (django-axes, 255 characters) never has
    to store it: on PostgreSQL that insert would fail and the sign-in answer a 500."""

    def clean(self):
        username = self.cleaned_data.get("username")
        if username is not None and len(username) > self.fields["username"].max_length:
            raise self.get_invalid_login_error()
        return super().clean()


class SignInForm(_NameWithinBounds, AuthenticationForm):
    pass


class AdminSignInForm(_NameWithinBounds, AdminAuthenticationForm):
    pass
