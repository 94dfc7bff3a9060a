"""Every error the user can meet, as one clear Norwegian message that says what to do.

The one place errors become words (STYLE.md rule 5): lower layers raise a ``FeltError``
with a ``kind``; ``message_for()`` looks the kind up here. Errors the environment causes
without our error tree (a full or read-only disk seen as ``OSError``) are mapped to the
same kinds; anything else is a bug and gets a calm generic message (the details go to the
log as a type name only, never as text that might hold personal data).
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from domain.errors import ErrorKind

CTX = "Messages"

MESSAGES: dict[ErrorKind, str] = {
    ErrorKind.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages", "Feil passordfrase. Sjekk at Caps Lock er av, og prøv igjen."
    ),
    ErrorKind.WEAK_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages",
        "Passordfrasen er for svak. Bruk minst 12 tegn eller fire ord, bland bokstaver med "
        "tall, mellomrom eller tegn, og unngå vanlige passord.",
    ),
    ErrorKind.VAULT_TOO_NEW: QT_TRANSLATE_NOOP(
        "Messages",
        "Hvelvet er laget av en nyere versjon av Feltjournal. Oppdater Feltjournal før du "
        "åpner det. Ingenting i hvelvet er endret.",
    ),
    ErrorKind.VAULT_CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "Hvelvet er skadet eller endret utenfor Feltjournal og kan ikke åpnes. Ikke slett "
        "noe: kontakt brukerstøtte i kommunen, som kan gjenopprette fra serveren.",
    ),
    ErrorKind.VAULT_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "Hvelvet er låst. Lås opp med passordfrasen din for å fortsette."
    ),
    ErrorKind.VAULT_EXISTS: QT_TRANSLATE_NOOP(
        "Messages",
        "Det finnes allerede et hvelv i denne mappen. Lås det opp i stedet, eller velg en "
        "annen mappe med --data-dir.",
    ),
    ErrorKind.VAULT_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Fant ikke hvelvet i datamappen. Sjekk at mappen er riktig (--data-dir) og at "
        "disken er koblet til.",
    ),
    ErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "Disken er full, så endringen ble ikke lagret. Frigjør plass og prøv igjen; det som "
        "alt var lagret, er trygt.",
    ),
    ErrorKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "Datamappen er skrivebeskyttet, så ingenting kan lagres. Velg en mappe du kan skrive "
        "til (--data-dir), eller kontakt brukerstøtte.",
    ),
    ErrorKind.INVALID_IDENTITY_NUMBER: QT_TRANSLATE_NOOP(
        "Messages",
        "Fødselsnummeret er ikke gyldig. Sjekk sifrene (11 siffer, D-nummer eller DUF-nummer).",
    ),
    ErrorKind.INTERPRETER_UNDER_18: QT_TRANSLATE_NOOP(
        "Messages",
        "Tolken er under 18 år. Bruk en kvalifisert voksen tolk, eller skriv en begrunnelse "
        "for nødsituasjonen.",
    ),
    ErrorKind.INTERPRETER_IS_CHILD: QT_TRANSLATE_NOOP(
        "Messages", "Barnet i saken kan ikke være tolk. Velg en kvalifisert tolk."
    ),
    ErrorKind.SIGNED_NOTE_IMMUTABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "Notatet er signert og kan ikke endres. Skriv et tilleggsnotat for å rette eller "
        "utfylle det.",
    ),
    ErrorKind.MISSING_FIELD: QT_TRANSLATE_NOOP(
        "Messages", "Et påkrevd felt er tomt. Fyll ut feltet som er markert, og prøv igjen."
    ),
    ErrorKind.INVALID_LEGAL_BASIS: QT_TRANSLATE_NOOP(
        "Messages",
        "Hjemmelen gjelder ikke på vedtaksdatoen. Bruk barnevernsloven 1992 før 1.1.2023 og "
        "loven av 2021 fra og med 1.1.2023.",
    ),
    ErrorKind.ANONYMOUS_WITH_IDENTITY: QT_TRANSLATE_NOOP(
        "Messages",
        "En anonym melder kan ikke ha navn eller kontaktopplysninger. Fjern dem, eller velg "
        "en annen meldertype.",
    ),
    ErrorKind.MELDEPLIKT_NOT_ANONYMOUS: QT_TRANSLATE_NOOP(
        "Messages",
        "Offentlige instanser har meldeplikt og kan ikke være anonyme. Fyll ut hvem som meldte.",
    ),
    ErrorKind.CLOSURE_NEEDS_REASON: QT_TRANSLATE_NOOP(
        "Messages", "Henleggelse krever en skriftlig begrunnelse. Skriv begrunnelsen og prøv igjen."
    ),
    ErrorKind.CONCLUSION_BLOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "Undersøkelsen kan ikke konkluderes ennå: fullfør eller begrunn punktene i "
        "undersøkelsesplanen og dokumenter barnets medvirkning.",
    ),
    ErrorKind.EXTENSION_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "Forlengelsen må besluttes med begrunnelse før tremånedersfristen er ute, og kan "
        "ikke gå ut over seks måneder.",
    ),
    ErrorKind.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "Fant ikke det du ba om. Det kan være flyttet eller slettet; oppdater listen."
    ),
    ErrorKind.ACCESS_DENIED: QT_TRANSLATE_NOOP(
        "Messages",
        "Du har ikke tilgang til dette. Be lederen din om tilgang hvis du trenger det i arbeidet.",
    ),
    ErrorKind.DELETE_FORBIDDEN: QT_TRANSLATE_NOOP(
        "Messages",
        "Meldinger og signerte notater slettes aldri. Skriv heller et tilleggsnotat.",
    ),
}

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Noe uventet gikk galt. Det som var lagret, er trygt. Prøv igjen; kommer feilen tilbake, "
    "start Feltjournal på nytt og kontakt brukerstøtte.",
)

_OS_KINDS = {
    errno.ENOSPC: ErrorKind.DISK_FULL,
    errno.EDQUOT: ErrorKind.DISK_FULL,
    errno.EROFS: ErrorKind.READ_ONLY,
    errno.EACCES: ErrorKind.READ_ONLY,
    errno.EPERM: ErrorKind.READ_ONLY,
}


class Messages(QObject):
    """Counted phrases of the context "Messages" (a class: see ``ui.labels.Labels``)."""

    def wait(self, seconds: int) -> str:
        """ "Vent 4 sekunder før neste forsøk." """
        return self.tr("Vent %n sekunder før neste forsøk.", "", seconds)


def kind_of(error: BaseException) -> ErrorKind | None:
    """The error's kind: its own ``kind``, or one read from an ``OSError``; ``None`` for bugs."""
    kind = getattr(error, "kind", None)
    if isinstance(kind, ErrorKind):
        return kind
    if isinstance(error, OSError) and error.errno in _OS_KINDS:
        return _OS_KINDS[error.errno]
    return None


def message_for(error: BaseException) -> str:
    """One translated Norwegian message for ``error`` that tells the user what to do."""
    kind = kind_of(error)
    if kind is None:
        return QCoreApplication.translate(CTX, UNEXPECTED)
    text = QCoreApplication.translate(CTX, MESSAGES[kind])
    if kind is ErrorKind.WRONG_PASSPHRASE:
        delay = int(round(float(getattr(error, "delay_s", 0) or 0)))
        if delay > 0:
            text = f"{text} {Messages().wait(delay)}"
    return text
