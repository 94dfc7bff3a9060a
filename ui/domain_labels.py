"""Norwegian labels for the domain's codes as choices in the forms' combo boxes.

Where a choice reads as the value is shown elsewhere (note types, channels), the words come
from ``ui.labels``, the one table of shown values. The others are worded for choosing: the
intake decision as what the caseworker does ("Henlegg meldingen"), the reporter types with
what they imply ("Offentlig instans (meldeplikt)"), and the codes only a form asks for (plan
items, participation, conclusion, kind of akuttvedtak). Each table is built inside a
function so the strings are translated at call time (after the translator is installed) and
``pyside6-lupdate`` still finds every literal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from domain.investigations import ConclusionCode, ParticipationCode, PlanItem
from domain.measures import EmergencyKind
from domain.notes import NoteType
from domain.reports import Channel, IntakeOutcome, ReporterType
from ui.labels import label


def channel_labels() -> dict[Channel, str]:
    """How a melding came in: the same words as the case view's (``ui.labels``)."""
    return {channel: label(channel) for channel in Channel}


def reporter_type_labels() -> dict[ReporterType, str]:
    """Who reported (B4, B9)."""
    return {
        ReporterType.PRIVATE: QCoreApplication.translate("Labels", "Privatperson"),
        ReporterType.PUBLIC_BODY: QCoreApplication.translate(
            "Labels", "Offentlig instans (meldeplikt)"
        ),
        ReporterType.CHILD: QCoreApplication.translate("Labels", "Barnet selv"),
        ReporterType.PARENTS: QCoreApplication.translate("Labels", "Foreldre"),
        ReporterType.ANONYMOUS: QCoreApplication.translate("Labels", "Anonym"),
    }


def outcome_labels() -> dict[IntakeOutcome, str]:
    """The intake decision (A1)."""
    return {
        IntakeOutcome.HENLAGT: QCoreApplication.translate("Labels", "Henlegg meldingen"),
        IntakeOutcome.UNDERSOKELSE: QCoreApplication.translate("Labels", "Åpne undersøkelse"),
        IntakeOutcome.AKUTT: QCoreApplication.translate("Labels", "Akuttvedtak"),
    }


def emergency_labels() -> dict[EmergencyKind, str]:
    """What an akuttvedtak decides (A13–A15)."""
    return {
        EmergencyKind.OMSORG: QCoreApplication.translate("Labels", "Akutt omsorgsovertakelse"),
        EmergencyKind.INSTITUSJON_ATFERD: QCoreApplication.translate(
            "Labels", "Akutt plassering i institusjon (atferd)"
        ),
        EmergencyKind.HJELPETILTAK: QCoreApplication.translate("Labels", "Akutt hjelpetiltak"),
    }


def plan_item_labels() -> dict[PlanItem, str]:
    """The undersøkelsesplan checklist (A7)."""
    return {
        PlanItem.SAMTALE_MED_BARNET: QCoreApplication.translate("Labels", "Samtale med barnet"),
        PlanItem.SAMTALE_MED_BARNET_ALENE: QCoreApplication.translate(
            "Labels", "Samtale med barnet alene"
        ),
        PlanItem.SAMTALE_MED_FORELDRE: QCoreApplication.translate("Labels", "Samtale med foreldre"),
        PlanItem.HJEMMEBESOK: QCoreApplication.translate("Labels", "Hjemmebesøk"),
        PlanItem.INNHENTING: QCoreApplication.translate(
            "Labels", "Innhenting av opplysninger (kilde, samtykke)"
        ),
    }


def participation_labels() -> dict[ParticipationCode, str]:
    """How the child took part (A8)."""
    return {
        ParticipationCode.SAMTALE: QCoreApplication.translate("Labels", "Samtale"),
        ParticipationCode.REPRESENTANT: QCoreApplication.translate(
            "Labels", "Gjennom representant"
        ),
        ParticipationCode.OBSERVASJON: QCoreApplication.translate("Labels", "Observasjon"),
        ParticipationCode.ANDRE_UTTRYKK: QCoreApplication.translate("Labels", "Andre uttrykk"),
        ParticipationCode.IKKE_FATT_ANLEDNING: QCoreApplication.translate(
            "Labels", "Har ikke fått anledning"
        ),
        ParticipationCode.ONSKET_IKKE: QCoreApplication.translate(
            "Labels", "Ønsket ikke å medvirke"
        ),
    }


def conclusion_labels() -> dict[ConclusionCode, str]:
    """The conclusion of an undersøkelse (A9)."""
    return {
        ConclusionCode.HJELPETILTAK: QCoreApplication.translate("Labels", "Vedtak om hjelpetiltak"),
        ConclusionCode.BEGJAERING_NEMNDA: QCoreApplication.translate(
            "Labels", "Begjæring til nemnda"
        ),
        ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT: QCoreApplication.translate(
            "Labels", "Henlagt – vilkår ikke oppfylt"
        ),
        ConclusionCode.HENLAGT_PARTENS_ONSKE: QCoreApplication.translate(
            "Labels", "Henlagt etter partens ønske"
        ),
        ConclusionCode.HENVIST_ANNEN_INSTANS: QCoreApplication.translate(
            "Labels", "Henvist til annen instans"
        ),
        ConclusionCode.FLYTTET_UTLANDET: QCoreApplication.translate(
            "Labels", "Henlagt – barnet har flyttet til utlandet"
        ),
        ConclusionCode.FLYTTET_UKJENT: QCoreApplication.translate(
            "Labels", "Henlagt – barnet har flyttet, ukjent adresse"
        ),
        ConclusionCode.FLYTTET_ANNEN_KOMMUNE: QCoreApplication.translate(
            "Labels", "Henlagt – barnet har flyttet til annen kommune"
        ),
    }


def note_type_labels() -> dict[NoteType, str]:
    """Journal note templates: the same words as the journal's type column (``ui.labels``)."""
    return {note_type: label(note_type) for note_type in NoteType}


def fill_combo(combo: QComboBox, labels: Mapping[Any, str]) -> None:
    """Put ``labels`` (enum → text) into ``combo`` with the enum's value as item data."""
    for code, text in labels.items():
        combo.addItem(text, code.value)


def select_data(combo: QComboBox, value: str) -> None:
    """Select the item whose data is ``value`` (no change when absent)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
