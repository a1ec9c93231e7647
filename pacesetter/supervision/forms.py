"""The forms of the task pages: the instruction (批示) and the steps of a task."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pacesetter.core import policy
from pacesetter.core.periods import InvalidPeriod, parse_month
from pacesetter.core.policy import Actor
from pacesetter.core.script import data_text
from pacesetter.orgunits.models import OrgUnit
from pacesetter.supervision.models import Extension, Task
from pacesetter.supervision.services import OPEN_STATES, STEPS, acting_unit


def open_steps(user: Actor, task: Task) -> list[str]:
    """The steps ``user`` may take on ``task`` now: the only step forms a page offers. The
    rule is the service's own (state and policy), so a shown button is one that works."""
    return [
        name
        for name, rule in STEPS.items()
        if task.state in rule.sources and acting_unit(user, rule.action, task, rule.lead_only)
    ]


def may_extend(user: Actor, task: Task, pending: Extension | None) -> bool:
    """The lead unit may ask for more time while it works on the task and none is pending."""
    return (
        pending is None
        and task.state in OPEN_STATES - {Task.State.REPORTED}
        and policy.can(user, policy.ANSWER, task.lead_unit)
    )


class DateInput(forms.DateInput):
    input_type = "date"


class TaskForm(forms.Form):
    """What a leader or the plan office writes; the subject comes from the page it was opened on."""

    title = forms.CharField(label=_("Title"), max_length=200)
    instruction = forms.CharField(label=_("Instruction"), widget=forms.Textarea(attrs={"rows": 4}))
    source = forms.ChoiceField(label=_("Source"))
    lead_unit = forms.ModelChoiceField(label=_("Lead unit"), queryset=OrgUnit.objects.none())
    co_units = forms.ModelMultipleChoiceField(
        label=_("Co-units"), queryset=OrgUnit.objects.none(), required=False
    )
    deadline = forms.DateField(label=_("Deadline"), widget=DateInput)
    priority = forms.ChoiceField(
        label=_("Priority"), choices=Task.Priority.choices, initial=Task.Priority.NORMAL
    )
    evidence_required = forms.BooleanField(
        label=_("Evidence needed to close (attach a file when reporting done)"), required=False
    )

    def __init__(self, *args, units, sources, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = units
        self.fields["co_units"].queryset = units
        for name in ("lead_unit", "co_units"):
            self.fields[name].label_from_instance = data_text
        self.fields["source"].choices = [(s, Task.Source(s).label) for s in sources]
        if len(sources) == 1:
            self.fields["source"].initial = sources[0]
            self.fields["source"].widget = forms.HiddenInput()


class StepForm(forms.Form):
    """One step of a task; ``version`` is the task's version when the page was drawn."""

    text = forms.CharField(required=False)
    version = forms.IntegerField(min_value=1)
    period = forms.CharField(required=False)

    def clean_period(self) -> str:
        text = self.cleaned_data["period"]
        if not text:
            return ""
        try:
            return str(parse_month(text))
        except InvalidPeriod:
            raise forms.ValidationError(_("Not a month.")) from None


class ExtensionForm(forms.Form):
    deadline = forms.DateField(label=_("New deadline"), widget=DateInput)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(min_value=1)


class DecisionForm(forms.Form):
    grant = forms.TypedChoiceField(
        choices=[("1", _("Grant")), ("0", _("Refuse"))], coerce=lambda v: v == "1"
    )
    note = forms.CharField(required=False)
