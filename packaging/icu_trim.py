"""Rebuild Qt's ``libicudata.so.NN`` with only the ICU data the app can use (Linux bundle).

The PySide6 wheel links Qt6Core against ICU, and ``libicudata.so.NN`` is one 32 MB symbol,
``icudtNN_dat``: an ICU "common data" archive holding every locale of every language. Qt6Core
calls ICU for four things only (``nm -D libQt6Core.so.6 | grep _NN``): collation (``ucol_*``,
QCollator, the file dialog's sorting), locale-aware case mapping (``u_strToUpper/Lower``),
time-zone ids and names (``ucal_*``), and legacy text encodings (``ucnv_*``, QStringConverter).
Text layout, line and word breaking are Qt's own and never reach ICU's break iterators.

So the rebuilt archive keeps:

- every item that is not a locale bundle: collation base (``coll/ucadata.icu``), time-zone
  rules and metazones, supplemental data, normalisation, all code-page converters, break rules;
- locale bundles, in every tree, for ``root`` and the English, Norwegian (``no``, ``nb``,
  ``nn``) locales and their regional variants: the UI is Norwegian and English only. Any other
  locale falls back to the default locale, then ``root`` (ICU's normal fallback, no error).

and drops the ``brkitr/*.dict`` word dictionaries (Chinese/Japanese, Thai, Lao, Khmer,
Burmese), which only ICU's own break iterators read. The items are copied byte for byte; the
archive is written in ICU's common-data layout (header, sorted table of contents, items at
16-byte boundaries) and linked with binutils (``as`` + ``ld``, already needed for ``strip``)
into a shared library with the same soname and symbol. ``desktop/selftest.py`` checks the
result in the built bundle (Norwegian collation and case mapping, a code page, a zone name).

Run alone: ``python packaging/icu_trim.py <libicudata.so.NN> <out dir>``; prints the sizes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = re.compile(r"^(root|en|no|nb|nn)(_|$)")
"""Locale bundles kept in every tree: root, English and Norwegian (with regional variants)."""
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_([A-Z][a-z]{3}|[A-Z]{2}|\d{3}|[A-Z0-9]{4,})?)*$")
"""What a locale bundle's file stem looks like (``nb``, ``en_001``, ``zh_Hant_TW``...)."""
ALIGN = 16


def is_wanted(name: str) -> bool:
    """Whether the archive item ``name`` (``coll/nb.res``, no package prefix) is kept."""
    tree, _, leaf = name.rpartition("/")
    stem, _, ext = leaf.rpartition(".")
    if tree == "brkitr" and ext == "dict":
        return False
    if ext == "res" and (stem == "root" or LOCALE_NAME.match(stem)):
        return bool(KEEP_LOCALES.match(stem))
    return True


def read_archive(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common-data archive into its header and its ``(name, item)`` list."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common-data archive")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(blob) - toc]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name_end = blob.index(b"\0", toc + name_offset)
        name = blob[toc + name_offset : name_end].decode("ascii")
        items.append((name, blob[toc + data_offset : toc + end]))
    return blob[:header_size], items


def _pad(data: bytearray) -> None:
    data.extend(b"\0" * (-len(data) % ALIGN))


def write_archive(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common-data archive: ``header``, table of contents, names, aligned items."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))  # ICU binary-searches
    toc = bytearray(struct.pack("<I", len(items)) + b"\0" * (8 * len(items)))
    names_at = []
    for name, _ in items:
        names_at.append(len(toc))
        toc.extend(name.encode("ascii") + b"\0")
    _pad(toc)
    body = bytearray()
    for index, (_, item) in enumerate(items):
        struct.pack_into("<II", toc, 4 + 8 * index, names_at[index], len(toc) + len(body))
        body.extend(item)
        _pad(body)
    if len(header) % ALIGN:
        raise ValueError("header size must keep the items aligned")
    return bytes(header) + bytes(toc) + bytes(body)


def _symbol(library: Path) -> tuple[str, str]:
    """The soname and the data symbol (``icudtNN_dat``) of a libicudata."""
    dynamic = subprocess.run(
        ["readelf", "-d", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    symbols = subprocess.run(
        ["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    soname = re.search(r"\(SONAME\).*\[(.+)\]", dynamic)
    symbol = re.search(r"\b(icudt\d+_dat)\b", symbols)
    if not soname or not symbol:
        raise ValueError(f"{library} is not an ICU data library")
    return soname.group(1), symbol.group(1)


def _data_section(library: Path, symbol: str) -> bytes:
    """The archive bytes behind ``symbol`` (the library's only content: its .rodata)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "rodata.bin")
        subprocess.run(
            ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(out)],
            check=True,
        )
        blob = out.read_bytes()
    if blob[2:4] != b"\xda\x27":  # an archive starts with its header size, then this magic
        raise ValueError(f"{symbol} does not start its .rodata section")
    return blob


def link_library(archive: bytes, soname: str, symbol: str, out: Path) -> None:
    """Link ``archive`` as the read-only ``symbol`` of a shared library named ``soname``."""
    for tool in ("as", "ld"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"'{tool}' (binutils) is needed to build the trimmed ICU data")
    with tempfile.TemporaryDirectory() as tmp:
        dat, source, obj = Path(tmp, "icu.dat"), Path(tmp, "icu.s"), Path(tmp, "icu.o")
        dat.write_bytes(archive)
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign {ALIGN}\n{symbol}:\n\t.incbin "{dat}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(out), str(obj)],
            check=True,
        )


def trim(library: Path, out_dir: Path) -> Path:
    """Write the trimmed twin of ``library`` (same file name) into ``out_dir``; return it."""
    soname, symbol = _symbol(library)
    header, items = read_archive(_data_section(library, symbol))
    kept = [(name, data) for name, data in items if is_wanted(name.split("/", 1)[1])]
    archive = write_archive(header, kept)
    if read_archive(archive)[1] != sorted(kept, key=lambda item: item[0].encode("ascii")):
        raise AssertionError("the rewritten ICU archive does not read back")
    out = out_dir / library.name
    link_library(archive, soname, symbol, out)
    return out


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    result = trim(source, target)
    print(f"{source}: {source.stat().st_size:,} bytes -> {result}: {result.stat().st_size:,} bytes")
