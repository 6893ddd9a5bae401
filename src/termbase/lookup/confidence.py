"""When the top candidate is safe to auto-accept (``match``): the rules, in one place.

A top hit is a match only when nothing else is as strong and its tier can be trusted: a typo
inside a long name, a family name with agreeing initials, a phonological key no other entry
has, or a glossary form or rendering no other entry shares. Name parts, shared words,
similarity candidates and anything found through a transliteration from another script never
match. Open-dictionary data (terms whose verification is ``dictionary``) matches only on its
exact native-script form, and never makes a reviewed entry's hit ambiguous.
"""

from __future__ import annotations

import unicodedata

from termbase.lookup.keys import Key, Via
from termbase.lookup.ranking import Offer, Tier
from termbase.lookup.typos import safe_typo
from termbase.model import Entry
from termbase.readings import readings
from termbase.romanize import engine
from termbase.scripts import scripts_of

#: Tiers whose top hit is never accepted. One word of a name (partial) is not, even when one
#: person in the glossary has it: "Beria" is probably Lavrentii Beria, but "Tanaka", "Zhang" or
#: "Joseph" name millions, and nothing here tells the two apart. Nor are shared words, nor
#: similarity candidates.
NEVER = frozenset({Tier.PARTIAL, Tier.WORDS, Tier.SIMILAR})


#: Scripts of a native form: an exact hit on one is the only dictionary evidence accepted.
NATIVE_SCRIPTS = frozenset({"Hani", "Hira", "Kana"})


def is_ambiguous(top: Offer, others: list[Offer], query: str) -> bool:
    """Whether ``top`` may not be auto-accepted, given every other entry offered."""
    if top.rewritten or top.tier in NEVER or top.other_number:
        return True
    if top.dictionary and not exact_native_form(top, query):
        return True
    if not top.dictionary:  # dictionary data never contests a reviewed entry's hit
        others = [other for other in others if not other.dictionary]
    if top.tier is Tier.FUZZY:
        return _fuzzy_ambiguous(top, others)
    if top.tier is Tier.PHONETIC and (sound_alike(top, query) or acronym(query)):
        return True
    return any(_rivals(top, other) for other in others)


def exact_native_form(offer: Offer, query: str) -> bool:
    """Whether ``offer`` met a glossary form in Han or kana letter for letter (not a reading,
    a rendering or a fold): the one hit on dictionary data that is accepted (野坂参三, not
    "Nosaka Sanzo", which a dictionary's own romanization or our renderings may spell)."""
    scripts = scripts_of(query)
    return (
        offer.tier is Tier.EXACT
        and offer.hit.via == Via.FORM
        and not offer.generated
        and bool(scripts)
        and set(scripts) <= NATIVE_SCRIPTS
    )


def _fuzzy_ambiguous(top: Offer, others: list[Offer]) -> bool:
    if top.near is None or top.key is None:
        return True
    typo = safe_typo(top.near[0], top.key.text, top.near[1])
    return not typo or any(other.score >= top.score for other in others)


def _rivals(top: Offer, other: Offer) -> bool:
    """Whether ``other`` is as strong as ``top`` by the rule of ``top``'s tier."""
    if top.tier in (Tier.INITIALS, Tier.PHONETIC):
        return other.tier <= top.tier
    # A curated glossary form outranks generated renderings: "Shanxi" is the English name of
    # 山西 even though toneless pinyin of 陕西 (officially "Shaanxi") is spelt the same.
    if not top.generated:
        return other.tier <= Tier.FOLD and not other.generated
    return other.tier <= Tier.FOLD


def sound_alike(offer: Offer, query: str) -> bool:
    """A Chinese key hit where every system the query's spelling fits spells the entry
    otherwise: "waijiao" can only be pinyin, and pinyin writes 外僑 "waiqiao". The keys merge
    aspiration pairs (j/q, d/t, b/p) for spellings that drop the Wade–Giles apostrophe; a
    spelling that shows it is another word, not another spelling."""
    if not offer.spelt_in or not _chinese(offer.key):
        return False
    fits = engine("zh").plausible_systems(query)
    return bool(fits) and set(fits) <= set(offer.spelt_in)


def acronym(query: str) -> bool:
    """An abbreviation in capitals (RGVIA, GARF): its letters are not a transcription to read by
    sound, so only its form as written (exact, fold) may be accepted: RGVIA is not RGVA."""
    letters = query.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def other_tones(entry: Entry, query: str) -> bool:
    """Pinyin written with tone marks that no reading of the entry has: "Shǎnxī" is 陕西
    (Shaanxi), not 山西 Shānxī, though both fold to "shanxi"."""
    if query.isascii():  # no marks: nothing to disagree with (and most queries stop here)
        return False
    heard = [_tones(r.text) for r in readings(entry) if r.lang == "zh"]
    if not heard or _tones(query) in heard:
        return False
    return "pinyin" in engine("zh").plausible_systems(query)


def _tones(text: str) -> str:
    """Letters and tone marks, without case, spaces or apostrophes."""
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalpha())


def _chinese(key: Key | None) -> bool:
    return key is not None and key.namespace == "zh"
