"""Arabic normalization for matching, with an offset map back to the original text.

The normalized form is internal (matching, fingerprints); consumers read the original letters.
Every character of the normalized string knows which original character produced it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

# Characters that carry no letter: zero-width joiners/non-joiners, bidi marks and embeddings,
# BOM, soft hyphen, Arabic letter mark, tatweel (kashida is purely typographic), control codes.
_INVISIBLE = frozenset(
    "\u00ad\u061c\u0640\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff"
    # C0/C1 control characters that are not whitespace: scraping debris
    + "".join(
        map(chr, (*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0)))
    )
)
_NEWLINES = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")

# Letters outside the core Arabic alphabet that scraped Arabic text uses for the same sounds:
# Persian/Urdu yeh and kaf, heh variants, alef wasla, and loanword letters (v, p, ch, g).
_LETTERS = MappingProxyType(
    {
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
        "\u06c3": "\u0647",  # TEH MARBUTA GOAL -> HEH (as teh marbuta)
        "\u06d2": "\u064a",  # YEH BARREE -> YEH
        "\u06d3": "\u064a",  # YEH BARREE WITH HAMZA ABOVE -> YEH
        "\u0679": "\u062a",  # TTEH -> TEH
        "\u0688": "\u062f",  # DDAL -> DAL
        "\u0691": "\u0631",  # RREH -> REH
        "\u06ba": "\u0646",  # NOON GHUNNA -> NOON
    }
)

_PUNCTUATION = MappingProxyType(
    {
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
        "\u060d": "/",  # ARABIC DATE SEPARATOR
        "\u066d": "*",  # ARABIC FIVE POINTED STAR
        "\u2039": "'",
        "\u203a": "'",
        "\u201b": "'",
        "\u201f": '"',
        "\u2044": "/",  # FRACTION SLASH
    }
)


# --- one rule per function: each maps a string to a string and is idempotent ---------------------
def strip_invisible(text: str) -> str:
    """Drop zero-width and bidi controls, BOM, soft hyphen and tatweel."""
    return text.translate(_INVISIBLE_TABLE)


# A word split by a dot between tatweels to slip past platform filters ("مقـ.ـتل", "تحـ.ـرير
# الشـ.ـام"): the dot is no punctuation. Abbreviations ("و.م.ع", "أ.ف.ب") carry no tatweel.
_SPLIT_WORD = re.compile(r"[\u0621-\u064a]\u0640*[.\u00b7\u2022*]+\u0640*(?=[\u0621-\u064a])")


def join_split_words(text: str) -> str:
    """A dot inside a word, next to a tatweel, becomes a tatweel (dropped like one); the length
    of the text does not change."""
    if "\u0640" not in text:
        return text
    return _SPLIT_WORD.sub(_dot_to_tatweel, text)


def _dot_to_tatweel(m: re.Match[str]) -> str:
    word = m.group()
    if "\u0640" not in word:
        return word
    return word[0] + "".join("\u0640" if c in ".\u00b7\u2022*" else c for c in word[1:])


def unify_spaces(text: str) -> str:
    """Every line break variant to "\n", every other whitespace (no-break, thin, ...) to " "."""
    return "".join(("\n" if c in _NEWLINES else " ") if c.isspace() else c for c in text)


def unicode_compat(text: str) -> str:
    """Unicode NFKC and Arabic presentation forms to base letters (camel-tools)."""
    return normalize_unicode(text)


def ascii_punctuation(text: str) -> str:
    """Arabic and typographic punctuation (، ؛ ؟ « » “ ” – — …) to ASCII."""
    return text.translate(_PUNCTUATION_TABLE)


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII digits."""
    return text.translate(_DIGIT_TABLE)


def dediacritize(text: str) -> str:
    """Drop Arabic diacritics (camel-tools dediac_ar) and any other combining mark."""
    return "".join(c for c in dediac_ar(text) if unicodedata.category(c) != "Mn")


def unify_letters(text: str) -> str:
    """Alef, alef maksura, teh marbuta (camel-tools) and Persian/Urdu letter variants unified.

    Rarer Arabic-script letters (Pashto, Sindhi, Kurdish, Kashmiri forms) go to the base letter
    camel-tools' arclean map gives them.
    """
    text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
    return text.translate(_LETTER_TABLE)


def fold_case(text: str) -> str:
    """Lowercase; marks that lowercasing emits (U+0130 -> i + dot above) are dropped."""
    return "".join(c for c in text.lower() if unicodedata.category(c) != "Mn")


_INVISIBLE_TABLE = MappingProxyType(dict.fromkeys(map(ord, _INVISIBLE)))
_PUNCTUATION_TABLE = MappingProxyType({ord(k): v for k, v in _PUNCTUATION.items()})
_DIGIT_TABLE = MappingProxyType(
    {**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}}
)


def _letter_table() -> dict[int, str]:
    """Explicit letter variants, plus arclean's base letter for the other Arabic-script letters.

    arclean's choice is taken only when it is one core Arabic letter (U+0621-U+064A); the
    explicit table wins where both speak (arclean deletes Kurdish AE, this keeps it as heh).
    """
    arclean = CharMapper.builtin_mapper("arclean")
    table = {}
    for code in (*range(0x0620, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900)):
        char = chr(code)
        if char in _LETTERS or unicodedata.category(char) != "Lo":
            continue
        base = arclean(char)
        if len(base) == 1 and "\u0621" <= base <= "\u064a" and base != char:
            table[code] = normalize_alef_maksura_ar(base).translate({0x0649: "\u064a"})
    table.update({ord(k): v for k, v in _LETTERS.items()})
    table[0x0674] = ""  # HIGH HAMZA, left over when NFKC splits U+0675-U+0678
    return table


_LETTER_TABLE = MappingProxyType(_letter_table())
# Applied in this order to each character after NFKC (unicode_compat) has expanded it.
_CHAR_RULES = (
    strip_invisible,
    unify_spaces,
    ascii_punctuation,
    ascii_digits,
    dediacritize,
    unify_letters,
    fold_case,
)


@lru_cache(maxsize=1 << 18)  # room for every distinct character of even garbage input
def _map_char(char: str) -> str:
    """The normalized replacement of one original character (possibly empty or several chars)."""
    if char in _INVISIBLE:
        return ""
    if char.isspace():
        return "\n" if char in _NEWLINES else " "
    # NFKC may expand one character into several (ligatures, presentation forms): every
    # resulting character goes through the remaining rules on its own.
    return "".join(_map_simple(c) for c in unicode_compat(char))


def _map_simple(char: str) -> str:
    for rule in _CHAR_RULES:
        char = rule(char)
    return char


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized string plus, for each of its characters, the original span it came from.

    A letter's span also covers the marks written on it (diacritics, tatweel, invisible controls
    up to the next letter), so a mapped match never cuts a word between a letter and its vowel;
    a collapsed whitespace run spans from its first to its last whitespace character.
    """

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

    Rules, in order (one function each above): a word split by a dot between tatweels
    joined ("مقـ.ـتل"), zero-width/bidi/control characters and tatweel
    removed, whitespace unified, Unicode NFKC and presentation forms (camel-tools
    normalize_unicode), Arabic and typographic punctuation to ASCII, Arabic-Indic and Persian
    digits to ASCII, diacritics removed (dediac_ar), alef/alef-maksura/teh-marbuta unified
    (camel-tools) and Persian/Urdu/other Arabic-script letter variants to Arabic (explicit table,
    then arclean), Latin lowercased; then every run of whitespace becomes one space (or one
    newline when the run holds a line break) and the ends are trimmed.
    """
    text = join_split_words(text)
    chars = set(text)
    mapping = {c: _map_char(c) for c in chars}
    expanded = {c: m for c, m in mapping.items() if len(m) > 1}
    drop_mark, expand_mark = _free_marks(chars)
    # `translated` holds every one-to-one mapping; `shape` has the same length and says what
    # each position is: a dropped character (drop_mark), an expansion (expand_mark),
    # whitespace, or a kept character.
    translated = _translate(text, {ord(c): m for c, m in mapping.items() if len(m) == 1 and m != c})
    marks = {ord(c): drop_mark for c, m in mapping.items() if not m}
    marks.update({ord(c): expand_mark for c in expanded})
    shape = _translate(translated, marks)

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    # Stretches of words that map one-to-one (single spaces inside, dropped marks allowed after
    # a kept character) are handled in bulk; only the gaps between them go character by character.
    for m in _plain_run(drop_mark, expand_mark).finditer(shape):
        s, e = m.span()
        if s > pos:
            _gap(shape, translated, pos, s, offset, drop_mark, expanded, pieces, starts, ends)
        pos = e
        if drop_mark not in m.group():
            pieces.append(translated[s:e])
            starts.extend(range(offset + s, offset + e))
            ends.extend(range(offset + s + 1, offset + e + 1))
            continue
        # A kept character's span runs up to the next kept one, so the marks written on a
        # letter (diacritics, tatweel after it) belong to its span.
        index = [i for i, c in enumerate(m.group(), s) if c != drop_mark]
        pieces.append("".join([translated[i] for i in index]))
        starts.extend([offset + i for i in index])
        ends.extend([offset + i for i in index[1:]])
        ends.append(offset + e)
    if pos < len(shape):
        _gap(shape, translated, pos, len(shape), offset, drop_mark, expanded, pieces, starts, ends)
    joined = "".join(pieces)
    if joined and joined[-1] in " \n":
        joined = joined[:-1]
        del starts[-1], ends[-1]
    if joined and joined[0] in " \n":
        joined = joined[1:]
        del starts[0], ends[0]
    return NormalizedText(joined, tuple(starts), tuple(ends), len(text))


# Marks for dropped and expanded positions in `shape`: characters that never occur in news
# text, and of those two the text does not contain are picked per call.
_MARK_CODES = (range(0xFDD0, 0xFDF0), range(0xF0000, 0x110000))


def _free_marks(chars: set[str]) -> tuple[str, str]:
    """Two mark characters absent from the text (noncharacters, then supplementary private use)."""
    free = (
        mark for codes in _MARK_CODES for mark in map(chr, codes) if mark not in chars
    )  # a text holds at most a million distinct characters: two are always free
    return next(free), next(free)


@lru_cache(maxsize=64)
def _plain_run(drop_mark: str, expand_mark: str) -> re.Pattern[str]:
    """Runs of kept words joined by single spaces, a word possibly ending in dropped marks."""
    word = f"[^ \\n{drop_mark}{expand_mark}][^ \\n{expand_mark}]*"
    return re.compile(f"{word}(?: {word})*")


_MAX_REPLACE_CALLS = 24


def _translate(text: str, table: dict[int, str]) -> str:
    """str.translate for a one-to-one table; a few str.replace scans are faster for few keys."""
    if len(table) > _MAX_REPLACE_CALLS:
        return text.translate(table)
    for key, value in table.items():
        text = text.replace(chr(key), value)
    return text


def _gap(
    shape: str,
    text: str,
    lo: int,
    hi: int,
    offset: int,
    drop_mark: str,
    expanded: dict[str, str],
    pieces: list[str],
    starts: list[int],
    ends: list[int],
) -> None:
    """Normalize text[lo:hi] (whitespace, dropped and expanded characters) into the outputs.

    A whitespace run becomes one character spanning from its first to its last whitespace
    character; dropped characters inside the run do not break it.
    """
    ws_start = -1
    ws_end = -1
    newline = False
    # Whether the last output character is a letter a dropped mark attaches to (a run before a
    # gap always ends on one).
    attach = bool(starts)
    for i in range(lo, hi):
        c = shape[i]
        if c == " " or c == "\n":
            if ws_start < 0:
                ws_start = i
                newline = False
            ws_end = i + 1
            newline = newline or c == "\n"
        elif c == drop_mark:
            if ws_start < 0 and attach:
                ends[-1] = offset + i + 1
        else:
            # An expansion: its characters take the original character's span; spaces inside
            # it (phrase ligatures such as U+FDFA) join the whitespace runs around them.
            for out in expanded.get(text[i], text[i]):
                if out == " " or out == "\n":
                    if ws_start < 0:
                        ws_start = i
                        newline = False
                    ws_end = i + 1
                    newline = newline or out == "\n"
                    continue
                if ws_start >= 0:
                    pieces.append("\n" if newline else " ")
                    starts.append(offset + ws_start)
                    ends.append(offset + ws_end)
                    ws_start = -1
                pieces.append(out)
                starts.append(offset + i)
                ends.append(offset + i + 1)
                attach = True
    if ws_start >= 0:
        pieces.append("\n" if newline else " ")
        starts.append(offset + ws_start)
        ends.append(offset + ws_end)


def _normalize_reference(text: str, offset: int = 0) -> NormalizedText:
    """Character-by-character normalize(): the definition the fast path must agree with."""
    text = join_split_words(text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev_space = True  # drop leading whitespace
    for i, ch in enumerate(text):
        mapped = _map_char(ch)
        if not mapped and chars and not prev_space:
            ends[-1] = offset + i + 1  # a dropped mark belongs to the letter before it
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
    """The normalized form only: what gazetteer and taxonomy terms are compared as.

    Equal to `normalize(text).text`, computed without the offset map.
    """
    text = join_split_words(text)
    table = {ord(c): m for c in set(text) if (m := _map_char(c)) != c}
    mapped = text.translate(table) if table else text
    return _WS_RUN.sub(_collapse, mapped).strip(" \n")


_WS_RUN = re.compile(r"[ \n]{2,}")


def _collapse(m: re.Match[str]) -> str:
    return "\n" if "\n" in m.group() else " "
