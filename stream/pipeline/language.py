"""Language detection from script statistics: Arabic, English, or other.

Letters are counted by script; Arabic script written with Persian/Urdu letters is "other", and
Latin script is English only when English function words outweigh those of other Latin languages.
"""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_LETTERS = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u0750-\u077f\u08a0-\u08ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_LATIN_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_LETTER = re.compile(r"[^\W\d_]")
# Letters Persian and Urdu use where Arabic uses others (yeh, kaf, heh forms, pe, che, gaf, zhe,
# retroflexes) versus letters Arabic writes that Persian rarely does (yeh, teh marbuta, kaf).
_PERSIAN_URDU = re.compile(
    "[\u06cc\u06a9\u067e\u0686\u0698\u06af\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]"
)
_ARABIC_ONLY = re.compile("[\u064a\u0629\u0643\u0649]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ENGLISH = _words(
    "the of and to in is was for on that with as by at from it its this be are were has have"
    " had said says will would not but an or which who after over their they he she his her"
    " been also than more about into"
)
# Frequent function words of other Latin-script languages (French, Spanish, Portuguese, Italian,
# German, Dutch, Turkish, Indonesian) that are not English words.
_OTHER_LATIN = _words(
    "le la les des du et est une dans pour pas qui sur avec au aux ce cette sont el los las"
    " del y que por con para una es se lo su al da do dos das em os um uma não il di che per"
    " della sono der die das und ist nicht ein eine mit den dem zu von auf sich het een van en"
    " niet op voor ve bir bu için ile da de yang dan di itu dengan untuk tidak ini"
)
_ARABIC_WORD = re.compile("[\u0621-\u064a\u066e-\u06d3\u06d5]+")
# Persian/Urdu yeh and kaf folded to Arabic ones so both languages' words compare alike.
_FOLD_YEH_KAF = str.maketrans({"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643"})
_ARABIC_FUNCTION = _words("في من على علي الى إلى ان أن إن التي الذي الذين عن مع هذا هذه كان قد لم")
_PERSIAN_URDU_FUNCTION = _words(
    (
        "است این را می های برای شد شده آن یک که این نیز بود "  # Persian
        "ہے ہیں میں کے نے سے اور کو"  # Urdu
    ).translate(_FOLD_YEH_KAF)
)
_SAMPLE_CHARS = 20_000
_MIN_ARABIC_SHARE = 0.4  # Arabic words are shorter in letters than Latin ones


def detect_language(text: str) -> str:
    """Return "ar", "en" or "other" for `text`; "other" when it has no letters.

    Statistics come from the first _SAMPLE_CHARS characters: plenty for a script count, and
    the cost stays flat for 1 MB articles.
    """
    text = text[:_SAMPLE_CHARS]
    letters = _count(_LETTER, text)
    if letters == 0:
        return "other"
    arabic = _count(_ARABIC, text)
    latin = _count(_LATIN, text)
    if arabic >= latin and arabic >= _MIN_ARABIC_SHARE * letters:
        return "ar" if _is_arabic_not_persian(text) else "other"
    if latin >= 0.5 * letters:
        return "en" if _is_english(text, latin) else "other"
    return "other"


def _count(pattern: re.Pattern[str], text: str) -> int:
    return pattern.subn("", text)[1]


def _is_arabic_not_persian(text: str) -> bool:
    """Arabic rather than Persian or Urdu: function words decide, letter statistics break ties.

    Letters alone mislead on Arabic typed with a Persian keyboard (ی and ک throughout, as some
    outlets do); function words do not: في/من/على/التي are Arabic, است/این/را/می Persian,
    ہے/میں/کے Urdu.
    """
    persian = _count(_PERSIAN_URDU, text)
    if persian == 0:
        return True
    words = _ARABIC_WORD.findall(text.translate(_FOLD_YEH_KAF))
    arabic_votes = sum(w in _ARABIC_FUNCTION for w in words)
    other_votes = sum(w in _PERSIAN_URDU_FUNCTION for w in words)
    if arabic_votes != other_votes:
        return arabic_votes > other_votes
    return persian <= _count(_ARABIC_ONLY, text)


def _is_english(text: str, latin_letters: int) -> bool:
    words = [w.lower().strip("'") for w in _LATIN_WORD.findall(text)]
    english = sum(w in _ENGLISH for w in words)
    other = sum(w in _OTHER_LATIN for w in words)
    if other > english:
        return False
    if english:
        return True
    # No function words either way (a headline, a name list): accent-free short text reads as
    # English; heavily accented text does not.
    accented = _count(_LATIN_ACCENTED, text)
    return len(words) < 12 and accented * 20 < latin_letters
