"""Translated words for the domain's enum values, in one table per enum.

Source texts are Norwegian bokmål and marked with ``QT_TRANSLATE_NOOP`` so lupdate finds
them; ``label()`` translates at display time, so a language switch needs no rebuild.
``deadline_title()`` does the same for the titles ``domain.deadlines`` gives its deadlines
(the domain does not import Qt, so its titles are plain bokmål).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

CTX = "Labels"

_LABELS: dict[str, str] = {
    # CaseStatus
    "mottak": QT_TRANSLATE_NOOP("Labels", "Mottak"),
    "undersokelse": QT_TRANSLATE_NOOP("Labels", "Undersøkelse"),
    "tiltak": QT_TRANSLATE_NOOP("Labels", "Tiltak"),
    "omsorg": QT_TRANSLATE_NOOP("Labels", "Omsorg"),
    "ettervern": QT_TRANSLATE_NOOP("Labels", "Ettervern"),
    "henlagt": QT_TRANSLATE_NOOP("Labels", "Henlagt"),
    "avsluttet": QT_TRANSLATE_NOOP("Labels", "Avsluttet"),
    # PersonRole
    "barn": QT_TRANSLATE_NOOP("Labels", "Barn"),
    "forelder": QT_TRANSLATE_NOOP("Labels", "Forelder"),
    "foresatt": QT_TRANSLATE_NOOP("Labels", "Foresatt"),
    "fosterforelder": QT_TRANSLATE_NOOP("Labels", "Fosterforelder"),
    "sosken": QT_TRANSLATE_NOOP("Labels", "Søsken"),
    "annen": QT_TRANSLATE_NOOP("Labels", "Annen"),
    # AddressProtection
    "ingen": QT_TRANSLATE_NOOP("Labels", "Ingen"),
    "fortrolig": QT_TRANSLATE_NOOP("Labels", "Fortrolig adresse"),
    "strengt_fortrolig": QT_TRANSLATE_NOOP("Labels", "Strengt fortrolig adresse"),
    # Channel
    "telefon": QT_TRANSLATE_NOOP("Labels", "Telefon"),
    "brev": QT_TRANSLATE_NOOP("Labels", "Brev"),
    "digital": QT_TRANSLATE_NOOP("Labels", "Digital melding"),
    "oppmote": QT_TRANSLATE_NOOP("Labels", "Oppmøte"),
    # ReporterType
    "privat": QT_TRANSLATE_NOOP("Labels", "Privatperson"),
    "offentlig": QT_TRANSLATE_NOOP("Labels", "Offentlig instans"),
    "barnet": QT_TRANSLATE_NOOP("Labels", "Barnet selv"),
    "foreldre": QT_TRANSLATE_NOOP("Labels", "Foreldrene"),
    "anonym": QT_TRANSLATE_NOOP("Labels", "Anonym"),
    # IntakeOutcome (henlagt and undersokelse above)
    "akutt": QT_TRANSLATE_NOOP("Labels", "Akutt"),
    # ConclusionCode
    "hjelpetiltak": QT_TRANSLATE_NOOP("Labels", "Hjelpetiltak"),
    "begjaering_nemnda": QT_TRANSLATE_NOOP("Labels", "Begjæring til nemnda"),
    "henlagt_vilkar_ikke_oppfylt": QT_TRANSLATE_NOOP("Labels", "Henlagt, vilkår ikke oppfylt"),
    "henlagt_partens_onske": QT_TRANSLATE_NOOP("Labels", "Henlagt etter partens ønske"),
    "henvist_annen_instans": QT_TRANSLATE_NOOP("Labels", "Henvist til annen instans"),
    "flyttet_utlandet": QT_TRANSLATE_NOOP("Labels", "Flyttet til utlandet"),
    "flyttet_ukjent": QT_TRANSLATE_NOOP("Labels", "Flyttet, ukjent adresse"),
    "flyttet_annen_kommune": QT_TRANSLATE_NOOP("Labels", "Flyttet til annen kommune"),
    # MeasureKind (hjelpetiltak and ettervern above)
    "omsorgstiltak": QT_TRANSLATE_NOOP("Labels", "Omsorgstiltak"),
    # NoteType
    "hjemmebesok": QT_TRANSLATE_NOOP("Labels", "Hjemmebesøk"),
    "samtale_med_barnet": QT_TRANSLATE_NOOP("Labels", "Samtale med barnet"),
    "samtale_med_foreldre": QT_TRANSLATE_NOOP("Labels", "Samtale med foreldre"),
    "telefonsamtale": QT_TRANSLATE_NOOP("Labels", "Telefonsamtale"),
    "mote": QT_TRANSLATE_NOOP("Labels", "Møte"),
    "innhenting_av_opplysninger": QT_TRANSLATE_NOOP("Labels", "Innhenting av opplysninger"),
    "oppstartsmote": QT_TRANSLATE_NOOP("Labels", "Oppstartsmøte"),
    "annet": QT_TRANSLATE_NOOP("Labels", "Annet"),
    "addendum": QT_TRANSLATE_NOOP("Labels", "Tilleggsnotat"),
    # Access log actions (storage writes "entity.verb")
    "case.create": QT_TRANSLATE_NOOP("Labels", "Sak opprettet"),
    "case.list": QT_TRANSLATE_NOOP("Labels", "Saksliste lest"),
    "case.read": QT_TRANSLATE_NOOP("Labels", "Sak lest"),
    "case.update": QT_TRANSLATE_NOOP("Labels", "Sak endret"),
    "person.create": QT_TRANSLATE_NOOP("Labels", "Person registrert"),
    "person.update": QT_TRANSLATE_NOOP("Labels", "Person endret"),
    "report.create": QT_TRANSLATE_NOOP("Labels", "Melding registrert"),
    "report.decide": QT_TRANSLATE_NOOP("Labels", "Melding vurdert"),
    "report.letter": QT_TRANSLATE_NOOP("Labels", "Brev til melder registrert"),
    "reporter.read": QT_TRANSLATE_NOOP("Labels", "Melders identitet lest"),
    "investigation.open": QT_TRANSLATE_NOOP("Labels", "Undersøkelse åpnet"),
    "investigation.update": QT_TRANSLATE_NOOP("Labels", "Undersøkelse endret"),
    "investigation.conclude": QT_TRANSLATE_NOOP("Labels", "Undersøkelse konkludert"),
    "measure.create": QT_TRANSLATE_NOOP("Labels", "Tiltak registrert"),
    "measure.update": QT_TRANSLATE_NOOP("Labels", "Tiltak endret"),
    "note.list": QT_TRANSLATE_NOOP("Labels", "Notater listet"),
    "note.read": QT_TRANSLATE_NOOP("Labels", "Notat lest"),
    "note.save_draft": QT_TRANSLATE_NOOP("Labels", "Utkast lagret"),
    "note.sign": QT_TRANSLATE_NOOP("Labels", "Notat signert"),
    "note.delete_draft": QT_TRANSLATE_NOOP("Labels", "Utkast slettet"),
    "addendum.create": QT_TRANSLATE_NOOP("Labels", "Tilleggsnotat skrevet"),
    "report.update": QT_TRANSLATE_NOOP("Labels", "Melding endret"),
    "investigation.plan": QT_TRANSLATE_NOOP("Labels", "Undersøkelsesplan endret"),
    "investigation.participation": QT_TRANSLATE_NOOP("Labels", "Barnets medvirkning registrert"),
    "investigation.extend": QT_TRANSLATE_NOOP("Labels", "Undersøkelse forlenget"),
    "emergency_decision.create": QT_TRANSLATE_NOOP("Labels", "Akuttvedtak registrert"),
    "emergency_decision.update": QT_TRANSLATE_NOOP("Labels", "Akuttvedtak endret"),
    "care_order.create": QT_TRANSLATE_NOOP("Labels", "Omsorgsovertakelse registrert"),
    "care_order.update": QT_TRANSLATE_NOOP("Labels", "Omsorgsovertakelse endret"),
    "placement.create": QT_TRANSLATE_NOOP("Labels", "Plassering registrert"),
    "placement.update": QT_TRANSLATE_NOOP("Labels", "Plassering endret"),
    "address_protection.create": QT_TRANSLATE_NOOP("Labels", "Adressesperre registrert"),
    "address_protection.update": QT_TRANSLATE_NOOP("Labels", "Adressesperre endret"),
    "case.revoked": QT_TRANSLATE_NOOP("Labels", "Tilgang til saken trukket tilbake"),
    "device.enrol": QT_TRANSLATE_NOOP("Labels", "Maskinen koblet til serveren"),
    "sync.pull": QT_TRANSLATE_NOOP("Labels", "Synkronisert fra serveren"),
    "quarantine.retry": QT_TRANSLATE_NOOP("Labels", "Ikke levert: sendt på nytt"),
    "quarantine.resolve": QT_TRANSLATE_NOOP("Labels", "Ikke levert: avsluttet"),
    "break_glass": QT_TRANSLATE_NOOP("Labels", "Nødtilgang brukt"),
    "interpreter_override": QT_TRANSLATE_NOOP("Labels", "Tolk under 18 år godtatt (nødstilfelle)"),
    "search": QT_TRANSLATE_NOOP("Labels", "Søk"),
    "export": QT_TRANSLATE_NOOP("Labels", "Eksportert"),
    "print": QT_TRANSLATE_NOOP("Labels", "Skrevet ut"),
    # DeadlineStatus
    "upcoming": QT_TRANSLATE_NOOP("Labels", "Kommende"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "Snart"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Fristbrudd"),
    "met_on_time": QT_TRANSLATE_NOOP("Labels", "Overholdt"),
    "met_late": QT_TRANSLATE_NOOP("Labels", "Utført for sent"),
    "lapsed": QT_TRANSLATE_NOOP("Labels", "Bortfalt"),
}


DEADLINE_TITLES: frozenset[str] = frozenset(
    {
        # Every title domain/deadlines gives a Deadline (rules.py, and the titles
        # investigation.py builds for A5 extended and each A7 plan item); the domain's
        # bokmål text is the key, and tests/ui/test_translations_complete.py keeps the two
        # in step.
        QT_TRANSLATE_NOOP("DeadlineTitles", "Gjennomgang av melding"),  # A1
        QT_TRANSLATE_NOOP("DeadlineTitles", "Mottaksbekreftelse til melder"),  # A4a
        QT_TRANSLATE_NOOP(  # A4b
            "DeadlineTitles", "Tilbakemelding til offentlig melder: undersøkelse eller ikke"
        ),
        QT_TRANSLATE_NOOP(  # A4c
            "DeadlineTitles", "Tilbakemelding til offentlig melder etter undersøkelsen"
        ),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelse avsluttet"),  # A5
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelse avsluttet (forlenget frist)"),  # A5
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelsesplan"),  # A7
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelsesplan: samtale med barnet"),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelsesplan: samtale med barnet alene"),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelsesplan: samtale med foreldre"),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelsesplan: hjemmebesøk"),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Undersøkelsesplan: innhentede opplysninger"),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Barnets medvirkning dokumentert"),  # A8
        QT_TRANSLATE_NOOP(  # A10
            "DeadlineTitles", "Ny vurdering etter henleggelse (partens ønske)"
        ),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Tiltaksplan for hjelpetiltak"),  # A11
        QT_TRANSLATE_NOOP("DeadlineTitles", "Evaluering av tiltaksplan"),  # A11
        QT_TRANSLATE_NOOP("DeadlineTitles", "Akuttvedtak sendt til nemnda"),  # A13
        QT_TRANSLATE_NOOP(  # A14
            "DeadlineTitles", "Begjæring etter akuttvedtak om omsorgsovertakelse"
        ),
        QT_TRANSLATE_NOOP(  # A15
            "DeadlineTitles", "Begjæring etter akuttvedtak om institusjonsplassering"
        ),
        QT_TRANSLATE_NOOP("DeadlineTitles", "Nemnda avgjør klage på akuttvedtak"),  # A16
        QT_TRANSLATE_NOOP("DeadlineTitles", "Klagefrist på vedtak"),  # A17
        QT_TRANSLATE_NOOP("DeadlineTitles", "Iverksetting av omsorgsovertakelse"),  # A18
        QT_TRANSLATE_NOOP("DeadlineTitles", "Oppfølgingsbesøk i fosterhjem"),  # A21
        QT_TRANSLATE_NOOP("DeadlineTitles", "Tilsynsbesøk i fosterhjem"),  # A22
        QT_TRANSLATE_NOOP("DeadlineTitles", "Fornyelse av vedtak om adressesperre"),  # A23
        QT_TRANSLATE_NOOP("DeadlineTitles", "Barnet fyller 18 år: vurder ettervern"),  # A25
        QT_TRANSLATE_NOOP("DeadlineTitles", "Ettervern avsluttes: 25 år"),  # A25
    }
)
"""Why keyed by the title and not by rule id + part: A5 has two titles with the same rule
and part (ordinary and extended), and the leader's per-rule table has no part at all."""


def label(value: object) -> str:
    """The translated word for an enum value (or its raw value when there is none)."""
    key = str(getattr(value, "value", value) or "")
    source = _LABELS.get(key)
    if source is None:
        return key
    return QCoreApplication.translate(CTX, source)


def deadline_title(title: str) -> str:
    """A deadline's title from ``domain.deadlines`` in the user's language.

    A title outside ``DEADLINE_TITLES`` (a plan item the table does not know yet) is shown
    as the domain wrote it.
    """
    if title in DEADLINE_TITLES:
        return QCoreApplication.translate("DeadlineTitles", title)
    return title


def yes_no(value: bool | None) -> str:
    """Ja / Nei / blank for an unanswered question (e.g. "akutt?")."""
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("Labels", "Ja")
    return QCoreApplication.translate("Labels", "Nei")


def day(value: date | datetime | None) -> str:
    """A date the Norwegian way (dd.mm.yyyy); blank for none."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


class Labels(QObject):
    """Counted words of the context "Labels".

    Why a class: pyside6-lupdate marks a text as plural only in ``self.tr(text, "", n)``
    inside a class, never in ``QCoreApplication.translate(context, text, "", n)``, and the
    class name is the context at run time too. Not to be subclassed (that changes the context).
    """

    def years(self, count: int) -> str:
        """ "7 år" / "1 year" / "7 years"."""
        return self.tr("%n år", "", count)


def age(years: int | None) -> str:
    """ "7 år"; blank when the birth date is unknown."""
    if years is None:
        return ""
    return Labels().years(years)
