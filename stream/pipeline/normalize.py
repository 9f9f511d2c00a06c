"""Arabic normalization for matching, with an offset map back to the original text.

The normalized form is internal (matching, fingerprints); consumers read the original letters.
Every character of the normalized string knows which original character produced it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

# Characters that carry no letter: zero-width joiners/non-joiners, bidi marks and embeddings,
# BOM, soft hyphen, Arabic letter mark, tatweel (kashida is purely typographic).
_INVISIBLE = frozenset(
    "\u00ad\u061c\u0640\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff"
)
_NEWLINES = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")

# Letters outside the core Arabic alphabet that scraped Arabic text uses for the same sounds:
# Persian/Urdu yeh and kaf, heh variants, alef wasla, and loanword letters (v, p, ch, g).
_LETTERS = {
    "\u06cc": "\u064a",  # FARSI YEH -> YEH
    "\u06d0": "\u064a",  # YEH WITH TAIL? (Pashto E) -> YEH
    "\u06cd": "\u064a",  # YEH WITH TAIL -> YEH
    "\u0649": "\u064a",  # ALEF MAKSURA -> YEH (after camel's alef maksura rule, explicit here)
    "\u06a9": "\u0643",  # KEHEH -> KAF
    "\u06aa": "\u0643",  # SWASH KAF -> KAF
    "\u06af": "\u0643",  # GAF -> KAF
    "\u06c1": "\u0647",  # HEH GOAL -> HEH
    "\u06be": "\u0647",  # HEH DOACHASHMEE -> HEH
    "\u06d5": "\u0647",  # AE -> HEH
    "\u06c0": "\u0647",  # HEH WITH YEH ABOVE -> HEH
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH (camel's rule, explicit for the table)
    "\u0671": "\u0627",  # ALEF WASLA -> ALEF
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0675": "\u0627",
    "\u06a4": "\u0641",  # VEH -> FEH
    "\u06a5": "\u0641",
    "\u067e": "\u0628",  # PEH -> BEH
    "\u0686": "\u062c",  # TCHEH -> JEEM
    "\u0698": "\u0632",  # JEH -> ZAIN
}

_PUNCTUATION = {
    "\u060c": ",",  # ARABIC COMMA
    "\u066b": ".",  # ARABIC DECIMAL SEPARATOR
    "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR
    "\u061b": ";",  # ARABIC SEMICOLON
    "\u061f": "?",  # ARABIC QUESTION MARK
    "\u066a": "%",  # ARABIC PERCENT SIGN
    "\u06d4": ".",  # ARABIC FULL STOP
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u2032": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
}

_WS_RUN = re.compile(r"[ \n]{2,}")


@lru_cache(maxsize=8192)
def _map_char(char: str) -> str:
    """The normalized replacement of one original character (possibly empty or several chars)."""
    if char in _INVISIBLE:
        return ""
    if char in _NEWLINES:
        return "\n"
    if char.isspace():
        return " "
    expanded = normalize_unicode(char)
    if expanded != char:
        # NFKC expanded or replaced it (presentation forms, ligatures, fullwidth forms):
        # normalize each resulting character the same way.
        return "".join(_map_simple(c) for c in expanded)
    return _map_simple(char)


def _map_simple(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    if char.isspace():
        return "\n" if char in _NEWLINES else " "
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    if "\u0660" <= char <= "\u0669":
        return chr(ord(char) - 0x0660 + 0x30)
    if "\u06f0" <= char <= "\u06f9":
        return chr(ord(char) - 0x06F0 + 0x30)
    if not dediac_ar(char):
        return ""
    if unicodedata.category(char) == "Mn":
        # Other combining marks (Quranic annotation signs, Latin accents after NFKC): drop.
        return ""
    char = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(char)))
    char = _LETTERS.get(char, char)
    # Lowercasing can emit combining marks (U+0130 -> i + dot above); drop them to stay idempotent.
    return "".join(c for c in char.lower() if unicodedata.category(c) != "Mn")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized string plus, for each of its characters, the original span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty [start, end) span of the normalized text to the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalized text of {len(self.text)}")
        return self.starts[start], self.ends[end - 1]


def normalize(text: str, offset: int = 0) -> NormalizedText:
    """Normalize `text` for matching; offsets in the result are into `text` shifted by `offset`.

    Rules: Unicode NFKC and presentation forms (camel-tools normalize_unicode), diacritics removed
    (dediac_ar), alef/alef-maksura/teh-marbuta unified (camel-tools), Persian and Urdu letter
    variants to Arabic, tatweel and zero-width/bidi controls removed, Arabic-Indic and Persian
    digits to ASCII, Arabic and typographic punctuation to ASCII, Latin lowercased, every run of
    whitespace to one space (or one newline when the run holds a line break).
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev_space = True  # drop leading whitespace
    for i, ch in enumerate(text):
        mapped = _map_char(ch)
        for m in mapped:
            if m == " " or m == "\n":
                if prev_space:
                    if m == "\n" and chars and chars[-1] == " ":
                        chars[-1] = "\n"
                    if chars:
                        ends[-1] = offset + i + 1
                    continue
                prev_space = True
            else:
                prev_space = False
            chars.append(m)
            starts.append(offset + i)
            ends.append(offset + i + 1)
    if chars and chars[-1] in " \n":
        chars.pop()
        starts.pop()
        ends.pop()
    return NormalizedText("".join(chars), tuple(starts), tuple(ends), len(text))


def normalize_str(text: str) -> str:
    """The normalized form only: what gazetteer and taxonomy terms are compared as."""
    return normalize(text).text
