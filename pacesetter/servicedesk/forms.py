from django import forms
from django.utils.translation import gettext_lazy as _

from pacesetter.core.script import data_text
from pacesetter.servicedesk.selectors import categories_open
from pacesetter.supervision.models import Task

FILE_HELP = _("Optional: an image, a PDF or an office document.")


class FilingForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=categories_open(), empty_label=None
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(label=_("What do you need?"), widget=forms.Textarea)
    file = forms.FileField(label=_("Attachment"), required=False, help_text=FILE_HELP)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].label_from_instance = data_text
        # Evaluated per form: a category opened or closed since start-up shows as it is now.
        self.fields["category"].queryset = categories_open()


class EscalateForm(forms.Form):
    deadline = forms.DateField(label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}))
    priority = forms.ChoiceField(
        label=_("Priority"), choices=Task.Priority.choices, initial=Task.Priority.NORMAL
    )
    instruction = forms.CharField(
        label=_("Instruction"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Left empty: resolve the request as the enterprise described it."),
    )
