"""Structured templates per note type: which free-text sections the editor shows, and how
each is headed. Every type keeps all sections in the note (``domain.notes.SECTIONS``); a
template only chooses, orders and names the ones it shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from domain.notes import NoteType


@dataclass(frozen=True)
class Template:
    """Sections shown for a note type, in order, with their headings."""

    sections: tuple[tuple[str, str], ...]
    child_participation: bool  # ask how the child took part (A8)


def _t(text: str) -> str:
    return QCoreApplication.translate("NoteTemplates", text)


def template_for(note_type: NoteType) -> Template:
    """The template of ``note_type``. "place" is shown in the header, not as a section."""
    views = ("child_views", _t("Hva barnet sa og barnets synspunkter"))
    observations = ("observations", _t("Observasjoner"))
    assessment = ("assessment", _t("Vurdering"))
    follow_up = ("follow_up", _t("Oppfølging / videre arbeid"))
    templates = {
        NoteType.HJEMMEBESOK: Template(
            (observations, views, ("body", _t("Samtale med foreldrene")), assessment, follow_up),
            True,
        ),
        NoteType.SAMTALE_BARN: Template((views, observations, assessment, follow_up), True),
        NoteType.SAMTALE_FORELDRE: Template(
            (("body", _t("Hva foreldrene sa")), observations, assessment, follow_up), False
        ),
        NoteType.TELEFONSAMTALE: Template((("body", _t("Samtalens innhold")), follow_up), False),
        NoteType.MOTE: Template((("body", _t("Referat")), assessment, follow_up), False),
        NoteType.INNHENTING: Template(
            (("body", _t("Innhentede opplysninger (kilde og samtykke)")), assessment, follow_up),
            False,
        ),
        NoteType.OPPSTARTSMOTE: Template(
            (("body", _t("Referat fra oppstartsmøtet")), views, follow_up), True
        ),
        NoteType.ANNET: Template((("body", _t("Notat")), follow_up), False),
    }
    return templates[note_type]


def section_names() -> dict[str, str]:
    """Neutral headings of every section (for exemptions and read-only views)."""
    return {
        "place": _t("Sted"),
        "child_views": _t("Hva barnet sa"),
        "observations": _t("Observasjoner"),
        "assessment": _t("Vurdering"),
        "follow_up": _t("Oppfølging"),
        "body": _t("Notat"),
    }
