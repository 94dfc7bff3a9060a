"""Norwegian labels for the domain's codes, shown in combo boxes and lists.

Each table is built inside a function so the strings are translated at call time (after the
translator is installed) and ``pyside6-lupdate`` still finds every literal.
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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel_labels() -> dict[Channel, str]:
    """How a melding came in."""
    return {
        Channel.PHONE: _t("Telefon"),
        Channel.LETTER: _t("Brev"),
        Channel.DIGITAL: _t("Digital melding"),
        Channel.IN_PERSON: _t("Oppmøte"),
    }


def reporter_type_labels() -> dict[ReporterType, str]:
    """Who reported (B4, B9)."""
    return {
        ReporterType.PRIVATE: _t("Privatperson"),
        ReporterType.PUBLIC_BODY: _t("Offentlig instans (meldeplikt)"),
        ReporterType.CHILD: _t("Barnet selv"),
        ReporterType.PARENTS: _t("Foreldre"),
        ReporterType.ANONYMOUS: _t("Anonym"),
    }


def outcome_labels() -> dict[IntakeOutcome, str]:
    """The intake decision (A1)."""
    return {
        IntakeOutcome.HENLAGT: _t("Henlegg meldingen"),
        IntakeOutcome.UNDERSOKELSE: _t("Åpne undersøkelse"),
        IntakeOutcome.AKUTT: _t("Akuttvedtak"),
    }


def emergency_labels() -> dict[EmergencyKind, str]:
    """What an akuttvedtak decides (A13–A15)."""
    return {
        EmergencyKind.OMSORG: _t("Akutt omsorgsovertakelse"),
        EmergencyKind.INSTITUSJON_ATFERD: _t("Akutt plassering i institusjon (atferd)"),
        EmergencyKind.HJELPETILTAK: _t("Akutt hjelpetiltak"),
    }


def plan_item_labels() -> dict[PlanItem, str]:
    """The undersøkelsesplan checklist (A7)."""
    return {
        PlanItem.SAMTALE_MED_BARNET: _t("Samtale med barnet"),
        PlanItem.SAMTALE_MED_BARNET_ALENE: _t("Samtale med barnet alene"),
        PlanItem.SAMTALE_MED_FORELDRE: _t("Samtale med foreldre"),
        PlanItem.HJEMMEBESOK: _t("Hjemmebesøk"),
        PlanItem.INNHENTING: _t("Innhenting av opplysninger (kilde, samtykke)"),
    }


def participation_labels() -> dict[ParticipationCode, str]:
    """How the child took part (A8)."""
    return {
        ParticipationCode.SAMTALE: _t("Samtale"),
        ParticipationCode.REPRESENTANT: _t("Gjennom representant"),
        ParticipationCode.OBSERVASJON: _t("Observasjon"),
        ParticipationCode.ANDRE_UTTRYKK: _t("Andre uttrykk"),
        ParticipationCode.IKKE_FATT_ANLEDNING: _t("Har ikke fått anledning"),
        ParticipationCode.ONSKET_IKKE: _t("Ønsket ikke å medvirke"),
    }


def conclusion_labels() -> dict[ConclusionCode, str]:
    """The conclusion of an undersøkelse (A9)."""
    return {
        ConclusionCode.HJELPETILTAK: _t("Vedtak om hjelpetiltak"),
        ConclusionCode.BEGJAERING_NEMNDA: _t("Begjæring til nemnda"),
        ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT: _t("Henlagt – vilkår ikke oppfylt"),
        ConclusionCode.HENLAGT_PARTENS_ONSKE: _t("Henlagt etter partens ønske"),
        ConclusionCode.HENVIST_ANNEN_INSTANS: _t("Henvist til annen instans"),
        ConclusionCode.FLYTTET_UTLANDET: _t("Henlagt – barnet har flyttet til utlandet"),
        ConclusionCode.FLYTTET_UKJENT: _t("Henlagt – barnet har flyttet, ukjent adresse"),
        ConclusionCode.FLYTTET_ANNEN_KOMMUNE: _t("Henlagt – barnet har flyttet til annen kommune"),
    }


def note_type_labels() -> dict[NoteType, str]:
    """Journal note templates."""
    return {
        NoteType.HJEMMEBESOK: _t("Hjemmebesøk"),
        NoteType.SAMTALE_BARN: _t("Samtale med barnet"),
        NoteType.SAMTALE_FORELDRE: _t("Samtale med foreldre"),
        NoteType.TELEFONSAMTALE: _t("Telefonsamtale"),
        NoteType.MOTE: _t("Møte"),
        NoteType.INNHENTING: _t("Innhenting av opplysninger"),
        NoteType.OPPSTARTSMOTE: _t("Oppstartsmøte"),
        NoteType.ANNET: _t("Annet"),
    }


def fill_combo(combo: QComboBox, labels: Mapping[Any, str]) -> None:
    """Put ``labels`` (enum → text) into ``combo`` with the enum's value as item data."""
    for code, text in labels.items():
        combo.addItem(text, code.value)


def select_data(combo: QComboBox, value: str) -> None:
    """Select the item whose data is ``value`` (no change when absent)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
