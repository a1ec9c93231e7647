from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from pacesetter.core import measures, policy
from pacesetter.core.periods import FIRST_YEAR, LAST_YEAR
from pacesetter.core.script import data_text
from pacesetter.core.uploads import max_upload_bytes
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport.models import Candidate
from pacesetter.planimport.selectors import lead_unit_choices
from pacesetter.planimport.services import EDITABLE


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: OrgUnit) -> str:
        return data_text(obj.label)


class UploadForm(forms.Form):
    owner = UnitChoiceField(label=_("Owning unit"), queryset=OrgUnit.objects.none())
    year = forms.IntegerField(label=_("Plan year"), min_value=FIRST_YEAR, max_value=LAST_YEAR)
    name = forms.CharField(
        label=_("Plan name"),
        max_length=200,
        required=False,
        help_text=_("Empty: the document's title, else the file's name. It can be changed later."),
    )
    document = forms.FileField(
        label=_("Document"),
        required=False,
        help_text=_("Text, HTML, Word (.docx) or PDF with a text layer."),
    )
    text = forms.CharField(
        label=_("Or paste the text"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        units = policy.scope(user, policy.MANAGE, OrgUnit.objects.order_by("path"), unit_field="")
        self.fields["owner"].queryset = units
        self.fields["year"].initial = timezone.localdate().year
        if user.orgunit_id and units.filter(pk=user.orgunit_id).exists():
            self.fields["owner"].initial = user.orgunit_id

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document is not None and document.size > max_upload_bytes():
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB.")
                % {"limit": max_upload_bytes() // 1024 // 1024}
            )
        return document

    def clean(self):
        data = super().clean()
        document, text = data.get("document"), (data.get("text") or "").strip()
        if bool(document) == bool(text):
            raise forms.ValidationError(_("Upload a file or paste the text (one of the two)."))
        # Without a name the import proposes the document's title (drafting.draft_from_text).
        return data


class CandidateForm(forms.ModelForm):
    """The fields of one candidate the plan office may change; which ones depends on its kind."""

    unit = forms.ChoiceField(
        label=capfirst(_("unit of measure")),
        required=False,
        choices=[("", "—"), *measures.choices()],
    )

    class Meta:
        model = Candidate
        fields = [
            "name",
            "comparator",
            "is_growth",
            "value",
            "value_max",
            "unit",
            "year",
            "lead_unit",
        ]
        field_classes = {"lead_unit": UnitChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        candidate = self.instance
        for name in list(self.fields):
            if name not in EDITABLE[candidate.kind]:
                del self.fields[name]
        if "lead_unit" in self.fields:
            self.fields["lead_unit"].queryset = lead_unit_choices(owner=candidate.draft.plan.owner)
        if candidate.kind == Candidate.Kind.TARGET:
            self.fields["value"].required = self.fields["comparator"].required = True
        if "year" in self.fields:
            self.fields["year"].required = True
        for name in ("value", "value_max"):  # 36, not 36.0000
            number = getattr(candidate, name)
            if name in self.fields and number is not None:
                self.initial[name] = format(number.normalize(), "f")
        for name, field in self.fields.items():
            # One page holds many candidates; ids must stay unique and guessable for tests.
            field.widget.attrs.setdefault("id", f"c{candidate.pk}-{name}")


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(label=_("Merge into"), queryset=Candidate.objects.none())

    def __init__(self, *args, candidate: Candidate, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = (
            candidate.draft.candidates.filter(kind=candidate.kind)
            .exclude(pk=candidate.pk)
            .exclude(status=Candidate.Status.MERGED)
            .order_by("number")
        )
        self.fields["into"].label_from_instance = str
        self.fields["into"].widget.attrs["id"] = f"c{candidate.pk}-into"


class LeadUnitForm(forms.Form):
    unit = UnitChoiceField(label=_("Lead unit"), queryset=OrgUnit.objects.none())

    def __init__(self, *args, owner: OrgUnit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = lead_unit_choices(owner=owner)


class PlanNameForm(forms.Form):
    name = forms.CharField(label=_("Plan name"), max_length=200)
