from django import forms
from django.utils.translation import gettext_lazy as _


class PublishingForm(forms.Form):
    published = forms.BooleanField(label=_("Publish this plan's public page"), required=False)
    targets = forms.BooleanField(label=_("Targets"), required=False)
    status = forms.BooleanField(label=_("Status: completion against time elapsed"), required=False)
    rankings = forms.BooleanField(label=_("Unit rankings"), required=False)
    bulletins = forms.BooleanField(label=_("Published bulletins"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
