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


def template_for(note_type: NoteType) -> Template:
    """The template of ``note_type``. "place" is shown in the header, not as a section."""
    views = (
        "child_views",
        QCoreApplication.translate("NoteTemplates", "Hva barnet sa og barnets synspunkter"),
    )
    observations = ("observations", QCoreApplication.translate("NoteTemplates", "Observasjoner"))
    assessment = ("assessment", QCoreApplication.translate("NoteTemplates", "Vurdering"))
    follow_up = (
        "follow_up",
        QCoreApplication.translate("NoteTemplates", "Oppfølging / videre arbeid"),
    )
    templates = {
        NoteType.HJEMMEBESOK: Template(
            (
                observations,
                views,
                ("body", QCoreApplication.translate("NoteTemplates", "Samtale med foreldrene")),
                assessment,
                follow_up,
            ),
            True,
        ),
        NoteType.SAMTALE_BARN: Template((views, observations, assessment, follow_up), True),
        NoteType.SAMTALE_FORELDRE: Template(
            (
                ("body", QCoreApplication.translate("NoteTemplates", "Hva foreldrene sa")),
                observations,
                assessment,
                follow_up,
            ),
            False,
        ),
        NoteType.TELEFONSAMTALE: Template(
            (("body", QCoreApplication.translate("NoteTemplates", "Samtalens innhold")), follow_up),
            False,
        ),
        NoteType.MOTE: Template(
            (
                ("body", QCoreApplication.translate("NoteTemplates", "Referat")),
                assessment,
                follow_up,
            ),
            False,
        ),
        NoteType.INNHENTING: Template(
            (
                (
                    "body",
                    QCoreApplication.translate(
                        "NoteTemplates", "Innhentede opplysninger (kilde og samtykke)"
                    ),
                ),
                assessment,
                follow_up,
            ),
            False,
        ),
        NoteType.OPPSTARTSMOTE: Template(
            (
                ("body", QCoreApplication.translate("NoteTemplates", "Referat fra oppstartsmøtet")),
                views,
                follow_up,
            ),
            True,
        ),
        NoteType.ANNET: Template(
            (("body", QCoreApplication.translate("NoteTemplates", "Notat")), follow_up), False
        ),
    }
    return templates[note_type]


def section_names() -> dict[str, str]:
    """Neutral headings of every section (for exemptions and read-only views)."""
    return {
        "place": QCoreApplication.translate("NoteTemplates", "Sted"),
        "child_views": QCoreApplication.translate("NoteTemplates", "Hva barnet sa"),
        "observations": QCoreApplication.translate("NoteTemplates", "Observasjoner"),
        "assessment": QCoreApplication.translate("NoteTemplates", "Vurdering"),
        "follow_up": QCoreApplication.translate("NoteTemplates", "Oppfølging"),
        "body": QCoreApplication.translate("NoteTemplates", "Notat"),
    }
