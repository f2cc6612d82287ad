"""Search that forgives: case, accents, script variants, transliteration and language.

Each event gets one folded *search key*, built once: its titles in every language, its place's
names of every era, the names of the territories it starts or ends, its actors and summary, and
every other name (gazetteer or :data:`~viewer.core.search_aliases.ALIASES`) of whatever it
mentions, so گیلان and Гилян find the events that only say Gilan. A query word matches a record
when, folded, it occurs in the key, or when its transliteration *skeleton* (vowels unified, h
dropped, q/gh/g/k one sound, doubled letters collapsed; Cyrillic transliterated first) is that
of a word of the key: Mossadeq, Musaddiq and Мосаддык all become ``masadak``. Every word of a
query must match. The app's event list and ``python -m viewer events --search`` both use this.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from events.model import Event
from geodata.model import Names, Place, Territory
from viewer.core.search_aliases import ALIASES
from viewer.core.wording import digits, translate

if TYPE_CHECKING:
    from viewer.core.atlas import Atlas

_FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ٱ": "ا", "ـ": None}
    | {"\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None}  # ZWNJ, ZWJ, marks
    | {digit: str(n) for n, digit in enumerate("۰۱۲۳۴۵۶۷۸۹")}
    | {digit: str(n) for n, digit in enumerate("٠١٢٣٤٥٦٧٨٩")}
)
_POSSESSIVE = re.compile(r"['’ʼ]s\b")
_APOSTROPHES = re.compile(r"['’ʼʿʾ‘`]")
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Text reduced for matching: words of lower-case letters and digits, one space apart.

    Case, accents and harakat go (Tabrīz, TABRIZ); Persian typed on an Arabic keyboard (ي, ك,
    ة), alef and hamza variants, tatweel and the zero-width non-joiner are unified, as are
    Persian digits; Russian ё is е. Apostrophes go inside a word (Ja'far is Jafar) and with a
    possessive 's; other punctuation separates words (Bandar-e Anzali is "bandar e anzali").
    """
    text = _APOSTROPHES.sub("", _POSSESSIVE.sub("", text))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD)
    return _NOT_WORD.sub(" ", bare).strip()


# ---------------------------------------------------------------- transliteration skeleton
_CYRILLIC = str.maketrans(
    dict(zip("абвгдезиклмнопрстуфыэ", "abvgdeziklmnoprstufie", strict=True))
    | {"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya"}
    | {"ъ": None, "ь": None}
)
_SOUNDS = re.compile(r"shch|tch|dj|ch|sh|zh|kh|gh|dh|th|ph|ck|[aeiouyqgcwxjh]")
_SOUND_OF = {
    "shch": "S", "sh": "S", "tch": "C", "ch": "C", "dj": "j", "j": "j", "zh": "z", "dh": "z",
    "kh": "k", "gh": "k", "ck": "k", "q": "k", "g": "k", "c": "k", "x": "ks", "th": "t",
    "ph": "f", "w": "v", "h": "",
}  # fmt: skip
_LATIN_WORD = re.compile(r"[a-z0-9]+")
_DOUBLED = re.compile(r"(.)\1+")


@functools.cache
def skeleton(word: str) -> str:
    """How a folded word sounds, spelling aside: 'masadak' for Mosaddegh, Musaddiq, Мосаддык.

    Vowels become one vowel, h is dropped, the k-sounds (k, q, g, gh, kh, c) become one; sh,
    ch, zh/dh/z, w/v are each one sound; doubled letters collapse. y stays a consonant, so
    Syria is not Sari. Empty for a word in another script (Persian is matched through names
    and aliases).
    """
    latin = word.translate(_CYRILLIC)
    if not _LATIN_WORD.fullmatch(latin):
        return ""

    def sound(match: re.Match[str]) -> str:
        spelling = match[0]
        if spelling in "aeiou":
            return "a"
        return _SOUND_OF.get(spelling, spelling)

    sounds = _SOUNDS.sub(sound, latin)
    return _DOUBLED.sub(r"\1", sounds)


# ---------------------------------------------------------------- the index
SKELETON_PREFIX = 6
"""A query skeleton this long also matches longer words (Mossade… finds Mosaddegh's);
a shorter one only whole words (or with a plural s), so Gilan does not find 'calling'."""


class SearchIndex:
    """Every event's search key and the vocabulary of its words, built once.

    A spelling the catalogue uses is taken as written (Sari finds Sari, not Syria, which sounds
    the same); only a spelling it never uses is matched by sound.
    """

    def __init__(
        self,
        events: Iterable[Event],
        places: Mapping[str, Place],
        territories: Iterable[Territory] = (),
    ) -> None:
        self._places = places
        self._territories = {t.id: t for t in territories}
        mentions = _MentionFinder(_name_groups(places.values()))
        self._keys: dict[str, str] = {}
        self._written: dict[str, str] = {}  # folded word -> as the catalogue writes it
        sounds: dict[str, set[str]] = {}
        for event in events:
            raw = self._raw_text(event)
            raw += "\n" + "\n".join(mentions.other_names(_fold_by_word(raw)))
            for word in set(_WORD.findall(raw)):
                self._written.setdefault(_fold_word(word), word)
            key = f" {_fold_by_word(raw)} "
            self._keys[event.id] = key
            for word in set(key.split()):
                if sound := skeleton(word):
                    sounds.setdefault(sound, set()).add(event.id)
        self._sound_ids = {sound: frozenset(ids) for sound, ids in sounds.items()}
        self._sounds = sorted(self._sound_ids)

    @classmethod
    def for_atlas(cls, atlas: Atlas) -> SearchIndex:
        return cls(atlas.events, atlas.places, atlas.history)

    def _raw_text(self, event: Event) -> str:
        """Everything a reader may search for, unfolded: names, actors, summary, date."""
        parts: list[str] = [*_all_names(event.title), *event.actors, event.summary]
        parts += [event.date.label(), event.date.iso()]
        if place := self._places.get(event.place or ""):
            parts += _all_names(place.names)
            for period in place.historical_names:
                parts += _all_names(period.names)
        if event.point:
            parts.append(event.point.name)
        for territory_id in (*event.starts, *event.ends):
            if territory := self._territories.get(territory_id):
                parts += _all_names(territory.names)
        return "\n".join(parts)

    # ------------------------------------------------------------------ queries
    def key(self, event_id: str) -> str:
        """The folded search key of an event, space-padded: what its searches look in."""
        return self._keys[event_id]

    def matching(self, query: str) -> frozenset[str]:
        """Ids of the events that every word of *query* matches (all of them for no words)."""
        found = frozenset(self._keys)
        for word in fold(query).split():
            found &= self._matching_word(word)
            if not found:
                break
        return found

    def _matching_word(self, word: str) -> frozenset[str]:
        start = " " + word  # a word's start: "ran" is not Iran, but "mosadd" is Mosaddegh
        exact = frozenset(event_id for event_id, key in self._keys.items() if start in key)
        sound = skeleton(word)
        if word in self._written or not sound:
            return exact
        return exact | self._sounding_like(sound)

    def _sounding_like(self, sound: str) -> frozenset[str]:
        if len(sound) < SKELETON_PREFIX:
            empty: frozenset[str] = frozenset()
            return self._sound_ids.get(sound, empty) | self._sound_ids.get(sound + "s", empty)
        found: set[str] = set()
        for candidate in self._sounds[bisect.bisect_left(self._sounds, sound) :]:
            if not candidate.startswith(sound):
                break
            found |= self._sound_ids[candidate]
        return frozenset(found)

    def suggestions(self, query: str, limit: int = 5) -> list[str]:
        """Spellings the catalogue uses that are close to the words of *query* that match
        nothing: what "no results" offers instead."""
        vocabulary = [word for word in self._written if len(word) > 2]
        close: list[str] = []
        for word in fold(query).split():
            if self._matching_word(word):
                continue
            matches = difflib.get_close_matches(word, vocabulary, n=3 * limit, cutoff=0.7)
            spellings = [self._written[match] for match in matches]
            spellings.sort(key=lambda spelling: spelling.islower())  # names first: Baku, not bay
            close += [spelling for spelling in spellings if spelling not in close]
        return close[:limit]


def no_results_message(query: str, suggestions: list[str], total: int, language: str = "en") -> str:
    """What a search that found nothing says, in the app and on the command line, in the
    reader's language."""
    found = translate("Search", "No event of the %n matches “{query}”.", language, total)
    message = found.format(query=query.strip())
    if suggestions:
        comma = "، " if language == "fa" else ", "
        guess = translate("Search", "Did you mean {words}?", language)
        message += " " + guess.format(words=comma.join(suggestions))
    return digits(message, language)


@functools.cache
def _fold_word(word: str) -> str:
    return fold(word)


def _fold_by_word(text: str) -> str:
    """:func:`fold`, a word at a time: the catalogue repeats its words, and each is folded
    once (the index builds in a fifth of the time)."""
    return " ".join(filter(None, map(_fold_word, text.split())))


# ---------------------------------------------------------------- names of the same thing
def _all_names(names: Names) -> list[str]:
    return list(names.as_dict().values())


def _name_groups(places: Iterable[Place]) -> list[tuple[str, ...]]:
    """Names that mean one thing: each place's names of every era, then the alias lists."""
    groups = []
    for place in places:
        names = [*_all_names(place.names)]
        for period in place.historical_names:
            names += _all_names(period.names)
        groups.append(tuple(names))
    return [*groups, *ALIASES]


class _MentionFinder:
    """Finds which names a folded key mentions, and gives every name of their groups.

    One regular expression over every folded name (longest first); a Cyrillic name may carry
    a case ending (Гиляне), other names must end where a word ends.
    """

    def __init__(self, groups: Iterable[tuple[str, ...]]) -> None:
        self._groups_of: dict[str, list[tuple[str, ...]]] = {}
        for group in groups:
            for name in {fold(n) for n in group} - {""}:
                self._groups_of.setdefault(name, []).append(group)
        patterns = [
            re.escape(name) + ("" if _is_cyrillic(name) else r"(?!\w)")
            for name in sorted(self._groups_of, key=len, reverse=True)
        ]
        self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + ")")

    def other_names(self, key: str) -> list[str]:
        """Every name, as written, of every group *key* mentions (its own included)."""
        found: dict[str, None] = {}
        for match in self._pattern.finditer(key):
            for group in self._groups_of[match[0]]:
                found.update(dict.fromkeys(group))
        return list(found)


def _is_cyrillic(name: str) -> bool:
    return any("а" <= c <= "я" for c in name)
