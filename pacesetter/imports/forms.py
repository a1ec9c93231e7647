"""The three forms of the data page: entry template, upload, export.

The template and the upload name no plan: a unit reports once a month across every plan, and
the file's codes are catalogue measure codes. Only an export is of one plan."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.core.script import data_text
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.reporting.selectors import entry_units


def _period(text: str, *, month_only: bool) -> Period:
    try:
        return parse_month(text) if month_only else Period.parse(text)
    except InvalidPeriod:
        raise forms.ValidationError(
            _("Use a month like 202311.")
            if month_only
            else _("Use a month (202310), a quarter (2023Q3) or a year (2023).")
        ) from None


def plan_months(plans) -> list[Period]:
    years = [year for plan in plans for year in (plan.first_year, plan.last_year)]
    if not years:
        return []
    return [
        Period.month(year, month)
        for year in range(min(years), max(years) + 1)
        for month in range(1, 13)
    ]


class _Form(forms.Form):
    id_prefix = "data"  # the page holds three forms: keep their element ids apart

    def __init__(self, *args, user, **kwargs):
        kwargs.setdefault("auto_id", f"{self.id_prefix}-%s")
        super().__init__(*args, **kwargs)


class TemplateForm(_Form):
    """A unit's one monthly report across plans: no plan to choose."""

    id_prefix = "template"
    unit = forms.ModelChoiceField(
        queryset=None, label=_("Reporting unit"), to_field_name="code", empty_label=None
    )
    period = forms.ChoiceField(label=_("Month"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["unit"].queryset = entry_units(user=user)
        self.fields["unit"].label_from_instance = data_text
        self.fields["period"].choices = [
            (str(p), f"{p.year}-{p.number:02d}") for p in plan_months(plan_list_visible(user=user))
        ]

    def clean_period(self) -> Period:
        return _period(self.cleaned_data["period"], month_only=True)


class UploadForm(_Form):
    id_prefix = "upload"
    file = forms.FileField(
        label=_("File (.xlsx or .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )


class ExportForm(_Form):
    """A plan's figures: its measures, in the units under the plan's owner."""

    id_prefix = "export"
    plan = forms.ModelChoiceField(
        queryset=None, label=_("Plan"), to_field_name="code", empty_label=None
    )
    period = forms.CharField(
        label=_("Period"),
        max_length=7,
        help_text=_("A month (202310), a quarter (2023Q3) or a year (2023)."),
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=[("xlsx", "Excel (.xlsx)"), ("csv", "CSV")]
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["plan"].queryset = plan_list_visible(user=user)
        self.fields["plan"].label_from_instance = data_text

    def clean_period(self) -> Period:
        return _period(self.cleaned_data["period"], month_only=False)
