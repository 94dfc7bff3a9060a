"""Letters and innsyn exports rendered to PDF with ``QTextDocument`` + ``QPdfWriter`` (QtGui only).

Why it is built this way:

- **Nothing sensitive lands outside the vault except what the user explicitly exports**
  (DESIGN.md §3): the PDF is painted into memory (``QBuffer``) and written once, straight to
  the path the caller chose; no temporary file, ever. The file is created owner-only (0600
  where the platform honours it), and a write that fails half-way removes what it wrote.
- **The export is the user's act and must be logged (B2)**: this module has no vault, so the
  desktop code that calls ``export_innsyn_pdf`` / ``export_letter_pdf`` must also call
  ``vault.access_log.record("export", case_id=…, entity_id=…, detail="innsyn-pdf")`` on the
  DB worker (``TaskRunner.run``), after the file is written.
- **PDF metadata hold no personal data**: the title is the document type ("Partsinnsyn",
  "Vedtak", …), never a name, a case number or an identity number; the author is left empty.
- **Qt needs a QGuiApplication for fonts.** Inside the app one exists and is used. Without
  one (scripts, the server-side CLI, tests), ``ensure_gui_application`` creates a
  ``QGuiApplication`` only if no application instance exists at all; call it from the main
  thread (on a machine without a display, set ``QT_QPA_PLATFORM=offscreen``). A plain
  ``QCoreApplication`` cannot lay out text, so that case is an error.
  ``QTextDocument`` and ``QPdfWriter`` are reentrant: once the application exists, rendering
  may run on a worker thread.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from domain.innsyn import InnsynExport
from domain.letters import Letter, closing, norwegian_date

CREATOR = "Feltjournal"
_MARGIN_MM = 22.0
_STYLE = """
h1 { font-size: 15pt; margin-top: 20px; margin-bottom: 8px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 8px; }
.sender { font-weight: bold; margin-bottom: 24px; }
.meta { color: #333333; margin-top: 16px; }
.closing { margin-top: 16px; }
"""

_app: QGuiApplication | None = None  # kept alive when this module had to create it


def ensure_gui_application() -> None:
    """Make sure a QGuiApplication exists; create one only if no application exists at all."""
    global _app
    existing = QCoreApplication.instance()
    if existing is None:
        _app = QGuiApplication(sys.argv[:1] or ["feltjournal"])
    elif not isinstance(existing, QGuiApplication):
        raise RuntimeError("PDF rendering needs a QGuiApplication, not a QCoreApplication")


def _esc(text: str) -> str:
    """HTML-escaped text with line breaks kept: every value is text, never markup."""
    return html.escape(text).replace("\n", "<br/>")


def _p(text: str, css_class: str = "") -> str:
    attr = f' class="{css_class}"' if css_class else ""
    return f"<p{attr}>{_esc(text)}</p>"


def letter_html(letter: Letter) -> str:
    """The letter as the HTML subset ``QTextDocument`` understands; ``meta`` is not printed."""
    recipient = letter.recipient
    block = [recipient.name, recipient.organisation, *recipient.address_lines]
    parts = [_p(letter.sender, "sender")]
    parts.append(_p("\n".join(line for line in block if line)))
    dated = norwegian_date(letter.dated)
    parts.append(_p("\n".join(x for x in (dated, letter.reference) if x), "meta"))
    parts.append(f"<h1>{_esc(letter.title)}</h1>")
    for section in letter.sections:
        if section.heading:
            parts.append(f"<h2>{_esc(section.heading)}</h2>")
        parts += [_p(paragraph) for paragraph in section.paragraphs]
    parts.append(_p(closing(letter.sender), "closing"))
    return "".join(parts)


def innsyn_html(export: InnsynExport) -> str:
    """The party's copy as HTML: title, case, date, intro, then each section and entry."""
    parts = [f"<h1>{_esc(export.title)}</h1>"]
    parts.append(_p(f"Sak {export.case_number}\nUtskrift {norwegian_date(export.produced_on)}"))
    parts += [_p(line) for line in export.intro]
    for section in export.sections:
        parts.append(f"<h2>{_esc(section.title)}</h2>")
        if not section.entries:
            parts.append(_p("Ingen."))
        for entry in section.entries:
            parts.append(f"<h3>{_esc(entry.heading)}</h3>")
            parts += [_p(line) for line in entry.lines]
    return "".join(parts)


def _render(body_html: str, title: str) -> bytes:
    """Paint the HTML onto A4 pages in memory and return the PDF bytes."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    document.setDefaultFont(QFont(QGuiApplication.font().family(), 11))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(f"<html><body>{body_html}</body></html>")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    margins = QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
    writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    document.print_(writer)  # ends its painter, which writes the PDF trailer
    buffer.close()
    return bytes(buffer.data().data())


def letter_pdf_bytes(letter: Letter) -> bytes:
    """The letter as PDF bytes (metadata title: the letter type only)."""
    return _render(letter_html(letter), letter.letter_type.value)


def innsyn_pdf_bytes(export: InnsynExport) -> bytes:
    """The party's copy as PDF bytes (metadata title: "Partsinnsyn" only)."""
    return _render(innsyn_html(export), export.title)


def _write_private(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` (owner-only); remove the partial file if writing fails."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except OSError:
        path.unlink(missing_ok=True)
        raise


def export_letter_pdf(letter: Letter, path: Path | str) -> None:
    """Render ``letter`` to a PDF at ``path``. The caller records the export in the access log."""
    _write_private(letter_pdf_bytes(letter), Path(path))


def export_innsyn_pdf(export: InnsynExport, path: Path | str) -> None:
    """Render the party's copy to a PDF at ``path``.

    The caller (desktop code) must log it: ``access_log.record("export", case_id=…)`` (B2).
    """
    _write_private(innsyn_pdf_bytes(export), Path(path))
