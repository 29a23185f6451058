"""Forms of the fact-checker's desk. They only parse input: every change goes through claims.services."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from claims.desk.queries import reviewers
from claims.models import Rating, Speaker, SpeakerAlias
from claims.selectors import speaker_alias_holder
from claims.text import speaker_key


class ReviewerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        full = obj.get_full_name()
        return f"{full} ({obj.get_username()})" if full else obj.get_username()


class RatingChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Rating) -> str:
        if (get_language() or "").startswith("ar") and obj.name_ar:
            return f"{obj.name_ar} ({obj.value})"
        return f"{obj.name} ({obj.value})"


class AssignForm(forms.Form):
    """Choose the reviewer a claim (or several) goes to."""

    reviewer = ReviewerChoiceField(queryset=None, label=_("Reviewer"), empty_label=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = reviewers()


class VerdictDraftForm(forms.Form):
    """A verdict draft. The explanation and evidence rules are the service's (verdict_draft), so that
    the same clear message is shown wherever a draft comes from."""

    rating = RatingChoiceField(queryset=Rating.objects.all(), label=_("Rating"), empty_label=None)
    explanation = forms.CharField(
        label=_("Explanation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "cols": 70, "dir": "auto"}),
        help_text=_("Required: what the evidence shows, in a few sentences."),
    )
    evidence = forms.CharField(
        label=_("Evidence links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 70, "dir": "ltr"}),
        help_text=_("One http(s) link per line."),
    )

    def clean_evidence(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["evidence"].splitlines() if line.strip()]


class ContradictionReviewForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("confirmed", _("Confirm")), ("rejected", _("Reject"))], label=_("Decision")
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60, "dir": "auto"}),
    )


class SpeakerMergeForm(forms.Form):
    """Merge another speaker (by id) into the one whose dossier is open."""

    merge = forms.ModelChoiceField(
        queryset=Speaker.objects.all(),
        label=_("Speaker to merge into this one (id)"),
        widget=forms.TextInput(attrs={"size": 8, "inputmode": "numeric"}),
        error_messages={"invalid_choice": _("No speaker with that id.")},
    )


class SpeakerMergeChoiceForm(forms.Form):
    """For the two-speaker merge action: which one is kept."""

    keep = forms.ModelChoiceField(queryset=Speaker.objects.all(), widget=forms.RadioSelect, label=_("Keep"))

    def __init__(self, *args, speakers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = Speaker.objects.filter(pk__in=[s.pk for s in speakers])


class SpeakerAliasForm(forms.ModelForm):
    """An alias typed in the admin: its key (``claims.text.speaker_key``) is made here, as the pipeline
    makes it, and an alias that another speaker already holds is refused with that speaker's name
    (the database's uniqueness would otherwise end the request in an error page)."""

    class Meta:
        model = SpeakerAlias
        fields = ("speaker", "alias")

    def clean(self):
        cleaned = super().clean()
        alias = (cleaned.get("alias") or "").strip()
        key = speaker_key(alias)
        self.instance.normalized = key
        if alias and not key:
            self.add_error("alias", _("This alias has no letters to match names with."))
            return cleaned
        holder = speaker_alias_holder(key=key, exclude_id=self.instance.pk)
        if holder is not None and holder.speaker_id != getattr(cleaned.get("speaker"), "pk", None):
            self.add_error(
                "alias",
                _("“%(alias)s” is already an alias of %(speaker)s: merge the two speakers instead.")
                % {"alias": alias, "speaker": holder.speaker.name},
            )
        elif holder is not None:
            self.add_error("alias", _("This speaker already has this alias."))
        return cleaned


class SpeakerAliasFormSet(forms.BaseInlineFormSet):
    """The alias rows of one speaker's page: two rows with the same key are refused (each row is
    checked against the database alone, so two new rows «أبو فيصل» and «ابو فيصل» would both pass)."""

    def clean(self):
        super().clean()
        seen: set[str] = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                continue
            key = form.instance.normalized
            if key and key in seen:
                form.add_error("alias", _("Another row already holds this alias (the same letters)."))
            seen.add(key)
