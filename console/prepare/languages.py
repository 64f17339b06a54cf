"""What Prepare changes when the producer edits a tour's content languages or translates its own text.

Plain functions over the domain's :class:`Tour`, so the undo commands hold whole before/after values and an
undo puts back exactly what was there (a language's translations included).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from console.show.tour import MAX_CONTENT_LANGUAGES, Stop, StopText, Tour, TourText, language_tag


@dataclass(frozen=True)
class LanguageState:
    """Everything a change of the tour's content languages touches: kept whole for undo."""

    language: str
    languages: tuple[str, ...]
    translations: tuple[tuple[str, TourText], ...]
    stop_translations: tuple[tuple[tuple[str, StopText], ...], ...]

    @classmethod
    def of(cls, tour: Tour) -> LanguageState:
        return cls(
            tour.language,
            tour.languages,
            tour.translations,
            tuple(stop.translations for stop in tour.stops),
        )


class CodesProblem(NamedTuple):
    """Why a list of codes is refused: ``kind`` (``bad``, ``twice``, ``main``, ``many``) and the code."""

    kind: str
    code: str


def parse_codes(text: str, main: str) -> tuple[tuple[str, ...], CodesProblem | None]:
    """``"fr, zh-Hans"`` (commas or spaces) as translation codes, or the first reason to refuse it."""
    codes: list[str] = []
    for word in text.replace(",", " ").replace("、", " ").replace("，", " ").split():
        code = language_tag(word)
        if code is None:
            return (), CodesProblem("bad", word)
        if code.casefold() == main.casefold():
            return (), CodesProblem("main", code)
        if code.casefold() in (known.casefold() for known in codes):
            return (), CodesProblem("twice", code)
        codes.append(code)
    if len(codes) + 1 > MAX_CONTENT_LANGUAGES:
        return (), CodesProblem("many", str(MAX_CONTENT_LANGUAGES - 1))
    return tuple(codes), None


def with_languages(tour: Tour, main: str, translated: tuple[str, ...]) -> LanguageState:
    """The tour's languages as ``main`` then ``translated``; a language no longer listed loses its
    translations (the tour's own and every stop's) in the same change, so an export never carries a language
    the tour does not declare. Undo brings them back."""
    kept = set(translated)
    languages = (main, *translated) if translated else ()
    return LanguageState(
        main,
        languages,
        tuple((code, text) for code, text in tour.translations if code in kept),
        tuple(tuple((code, text) for code, text in stop.translations if code in kept) for stop in tour.stops),
    )


def dropped_translations(tour: Tour, translated: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """The languages about to go that hold a translation somewhere, and how many stops lose one."""
    held = {code for code, _ in tour.translations}
    held |= {code for stop in tour.stops for code, _ in stop.translations}
    gone = held - set(translated)
    losing = sum(any(code in gone for code, _ in stop.translations) for stop in tour.stops)
    return tuple(code for code in tour.content_languages if code in gone), losing


def with_tour_text(tour: Tour, language: str, **values: str) -> tuple[tuple[str, TourText], ...]:
    """The tour's own translations, ``language``'s title or introduction replaced (empty: not translated)."""
    old = tour.translation(language) or TourText()
    new = TourText(**{"title": old.title, "introduction": old.introduction, **values})
    kept = tuple((code, text) for code, text in tour.translations if code != language)
    if new.is_empty():
        return kept
    order = tour.content_languages
    pairs = (*kept, (language, new))
    return tuple(sorted(pairs, key=lambda pair: order.index(pair[0]) if pair[0] in order else len(order)))


def missing_fields(stop: Stop, language: str) -> tuple[str, ...]:
    """The stop's fields counted in the completeness (title, talking points) still to translate."""
    _, missing = stop.in_language(language)
    return tuple(name for name in ("title", "talking_points") if name in missing)


class CompletenessCount:
    """:meth:`Tour.completeness`, recounting only the stops that changed since the last count.

    It is redone at every keystroke; on a tour of a thousand stops, counting them all afresh takes some 40 ms.
    An edit replaces one stop and keeps every other stop object, so a stop that ``is`` the one counted last
    time at its place keeps its count."""

    def __init__(self) -> None:
        self._languages: tuple[str, ...] = ()
        self._stops: tuple[Stop, ...] = ()
        self._missing: list[tuple[bool, ...]] = []  # per stop, per language: still to translate

    def count(self, tour: Tour) -> dict[str, tuple[int, int]]:
        languages = tour.content_languages[1:]
        if languages != self._languages:
            self._languages, self._stops, self._missing = languages, (), []
        before, known = self._stops, self._missing
        self._missing = [
            known[position]
            if position < len(before) and before[position] is stop
            else tuple(bool(missing_fields(stop, language)) for language in languages)
            for position, stop in enumerate(tour.stops)
        ]
        self._stops = tour.stops
        total = len(tour.stops)
        return {
            language: (total - sum(missing[index] for missing in self._missing), total)
            for index, language in enumerate(languages)
        }
