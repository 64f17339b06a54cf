"""Searching the notes of every session: what a query means and what a hit shows, without SQL.

A query is plain words: each must appear in the note (in any case, accents counting), in any order; text in
double quotes is one phrase. Nothing else is syntax: ``*``, ``-``, ``AND``, ``NEAR(`` are searched for as they
are. The store (``console/store/notes_search.py``) finds the notes; this module splits the query and marks
where each word is in a note's text, so the command line and the window highlight the same characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUERY_CHARS = 200
"""A query longer than this is cut here: no note is found by a paragraph, and a 10,000-character query would
cost 10,000 trigram lookups for nothing."""

MAX_TERMS = 16
"""Words searched for at once; those after the 16th are dropped (each is one more condition on every note)."""

SHORTEST_INDEXED = 3
"""The index holds three-character pieces (trigrams): a shorter word is looked for by scanning instead."""

_TERMS = re.compile(r'"([^"]*)"|(\S+)')
_SPACES = re.compile(r"\s+")

Span = tuple[int, int]  # [start, end) in a text


def search_terms(query: str) -> tuple[str, ...]:
    """The words and phrases of ``query``: control characters become spaces, repeats are dropped."""
    cleaned = "".join(char if char.isprintable() else " " for char in query[:MAX_QUERY_CHARS])
    terms: list[str] = []
    seen: set[str] = set()
    for match in _TERMS.finditer(cleaned):
        term = _SPACES.sub(" ", match.group(1) if match.group(1) is not None else match.group(2)).strip()
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
    return tuple(terms[:MAX_TERMS])


def highlights(text: str, terms: tuple[str, ...]) -> tuple[Span, ...]:
    """Where ``terms`` occur in ``text`` (case ignored), overlapping and touching spans joined, in order."""
    found = sorted(
        (match.start(), match.end())
        for term in terms
        for match in re.finditer(re.escape(term), text, re.IGNORECASE)
        if match.end() > match.start()
    )
    joined: list[Span] = []
    for start, end in found:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return tuple(joined)


@dataclass(frozen=True)
class Snippet:
    """A one-line excerpt of a note around its first match, with the matches' spans in the excerpt."""

    text: str
    spans: tuple[Span, ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The excerpt with each match between ``before`` and ``after`` (the command line's ``[word]``)."""
        pieces, position = [], 0
        for start, end in self.spans:
            pieces += [self.text[position:start], before, self.text[start:end], after]
            position = end
        pieces.append(self.text[position:])
        return "".join(pieces)


def snippet(text: str, spans: tuple[Span, ...], width: int = 120) -> Snippet:
    """At most ``width`` characters of ``text`` on one line, starting a little before the first match, with
    ``…`` where it was cut. Line breaks and control characters show as spaces (same length: the spans fit)."""
    flat = "".join(char if char.isprintable() else " " for char in text)
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 4, len(flat) - width))
    end = min(len(flat), start + width)
    head = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    shift = len(head) - start
    inside = tuple((max(a, start) + shift, min(b, end) + shift) for a, b in spans if a < end and b > start)
    return Snippet(head + flat[start:end] + tail, inside)


@dataclass(frozen=True)
class NoteHit:
    """One note found: where it was written (session, stop, show time) and where the words are in it."""

    note_id: int
    session_id: int
    session_kind: str  # "live" or "rehearsal"
    session_at: float  # the go-live, else when the session was made (epoch seconds)
    tour_title: str
    stop_index: int | None
    stop_title: str | None
    show_s: float | None
    at: float
    text: str
    spans: tuple[Span, ...]

    @property
    def stop_number(self) -> int | None:
        """The stop as the guide counts it (1-based)."""
        return None if self.stop_index is None else self.stop_index + 1

    def snippet(self, width: int = 120) -> Snippet:
        return snippet(self.text, self.spans, width)


@dataclass(frozen=True)
class NoteSearchResult:
    """The hits of one query, newest session first (a note's order in its show within it)."""

    terms: tuple[str, ...]
    hits: tuple[NoteHit, ...]
    more: bool  # more notes matched than the limit let through
