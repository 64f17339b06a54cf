"""Which chat messages ask something, and folding the same question asked again into one with a count.

The rules are deliberately simple and listed in the README, so a producer can predict them: a message is a
question when it ends with ``?`` or ``？`` (or has one before trailing emoji), starts with a configured prefix
(``Q:``, ``问:``), starts with a question word of the show's languages (how, pourquoi, est-ce que...), has a
Chinese question word anywhere (Chinese has no spaces to find a "start" by) or ends with 吗/呢. Greetings that
happen to ask ("how are you?", "ça va ?", "你好吗"), messages with a link (spam) and messages without a single
letter (emoji, "????") are never questions. Tuned on tests/chat_corpus.txt, which was written first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from console.show.chat import ChatMessage

QuestionState = Literal["new", "picked", "answered", "dismissed"]
STATES: tuple[QuestionState, ...] = ("new", "picked", "answered", "dismissed")

DEFAULT_PREFIXES = ("q:", "question:", "问:", "问：", "q :")
# Words a question starts with, in the show's languages (compared case-folded, first word only).
DEFAULT_WORDS = (
    # English: question words, then the auxiliaries a yes/no question starts with
    "who", "whom", "whose", "what", "when", "where", "why", "how", "which",
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have",
    # French
    "qui", "quoi", "quel", "quelle", "quels", "quelles", "pourquoi", "comment", "combien", "où", "quand",
    "lequel", "laquelle", "est-ce", "peut-on", "peut-il", "peut-elle", "y a-t-il",
)  # fmt: skip
# Chinese question words, found anywhere in the message; 吗/呢 only at its end.
DEFAULT_ZH_WORDS = (
    "什么",
    "为什么",
    "怎么",
    "怎样",
    "哪",
    "谁",
    "多少",
    "几时",
    "是否",
    "為什麼",
    "甚麼",
    "什麼",
)
DEFAULT_ENDINGS = ("吗", "呢", "嗎", "么")
# Said to greet, not to ask: never a question, even with a question mark.
GREETINGS = (
    "how are you", "how r u", "how's everyone", "hows everyone", "how is everyone", "what's up", "whats up",
    "sup", "hello", "hi", "hey", "ça va", "ca va", "comment ça va", "comment ca va", "comment allez-vous",
    "你好吗", "大家好吗", "你们好吗", "吃了吗",
)  # fmt: skip
# Not asking despite a Chinese question word: "nothing much", "not very".
ZH_NOT_ASKING = ("没什么", "不怎么", "没多少", "什么都")
_LINK = re.compile(r"https?://|www\.|\.(com|net|org|gg|tv|ly)\b", re.IGNORECASE)
_TRAILING = re.compile(r"[\s\W_]+$")  # emoji, punctuation and spaces after the last word
_FR_INVERSION = re.compile(r"^\w+-(t-)?(il|elle|on|ils|elles|vous|tu|je)\b", re.IGNORECASE)
FOLD_WINDOW_S = 300.0  # the same question asked again within five minutes is the same question
MAX_KEPT = 200  # questions the board holds in memory (the database keeps them all)


@dataclass(frozen=True)
class QuestionRules:
    prefixes: tuple[str, ...] = DEFAULT_PREFIXES
    words: tuple[str, ...] = DEFAULT_WORDS
    zh_words: tuple[str, ...] = DEFAULT_ZH_WORDS
    endings: tuple[str, ...] = DEFAULT_ENDINGS

    def asks(self, text: str) -> bool:
        """Whether ``text`` (an already bounded chat line) asks a question."""
        folded = text.casefold().strip()
        if not any(unicodedata.category(c).startswith("L") for c in folded) or _LINK.search(folded):
            return False
        bare = _TRAILING.sub("", folded)  # "how are you??? 😀" -> "how are you"
        if bare in GREETINGS or any(bare == g or bare.startswith(g + " ") for g in GREETINGS[-4:]):
            return False
        if any(folded.startswith(prefix) for prefix in self.prefixes):
            return True
        if _asks_by_mark(folded):
            return True
        words = folded.split()
        first = words[0].strip(",.!:;\"'«»“”") if words else ""
        if first in self.words or any(" " in w and folded.startswith(w + " ") for w in self.words):
            return len(words) >= 2 or first not in ("is", "are", "do", "can", "will", "have", "has")
        if _FR_INVERSION.match(folded) and "peut-être" not in first:
            return True
        if any(word in folded for word in self.zh_words) and not any(n in folded for n in ZH_NOT_ASKING):
            return True
        return any(bare.endswith(ending) for ending in self.endings)


def _asks_by_mark(folded: str) -> bool:
    """A question mark after the last letters (emoji or spaces may follow): "c'est du marbre ? 🤔"."""
    tail = folded[-8:]
    return ("?" in tail or "？" in tail) and bool(re.search(r"\w", folded.rstrip("?？ ")))


def fold_key(text: str) -> str:
    """What two askings of one question share: case, spacing, punctuation and emoji aside."""
    kept = (c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum() or c.isspace())
    return " ".join("".join(kept).split())


@dataclass(frozen=True)
class Question:
    """A question on the board: the first asking's words and author, how often it was asked."""

    id: int  # the board's number (a question read back from the store keeps its row id)
    message: ChatMessage
    key: str
    count: int = 1
    last_at: float = 0.0
    stop_index: int | None = None  # the stop on air when it was first asked (0-based)
    state: QuestionState = "new"
    answered_at: float | None = None


@dataclass
class QuestionBoard:
    """The questions of one show, newest first, at most :data:`MAX_KEPT`; plain Python, no Qt.

    ``take`` is called for every chat message: non-questions are only counted (unless ``keep_all``), a
    question asked again within :data:`FOLD_WINDOW_S` adds to the first one's count.
    """

    rules: QuestionRules = field(default_factory=QuestionRules)
    keep_all: bool = False
    limit: int = MAX_KEPT
    chat_seen: int = 0
    questions_seen: int = 0
    _items: deque[Question] = field(default_factory=deque)
    _next_id: int = 1

    def take(self, message: ChatMessage, stop_index: int | None = None) -> tuple[Question, bool] | None:
        """The question ``message`` made or added to (and whether it is new), or None when it asks nothing."""
        self.chat_seen += 1
        if not (self.keep_all or self.rules.asks(message.text)):
            return None
        key = fold_key(message.text)
        for index, known in enumerate(self._items):
            if message.at - known.last_at > FOLD_WINDOW_S:
                break  # newest first: everything further is older still
            if known.key == key and key:
                folded = replace(known, count=known.count + 1, last_at=max(known.last_at, message.at))
                self._items[index] = folded
                return folded, False
        self.questions_seen += 1
        question = Question(self._next_id, message, key, last_at=message.at, stop_index=stop_index)
        self._next_id += 1
        self._items.appendleft(question)
        self._trim()
        return question, True

    def _trim(self) -> None:
        """Drop the oldest beyond the limit, never the picked one (it is on the guide's screen)."""
        while len(self._items) > self.limit:
            for index in range(len(self._items) - 1, -1, -1):
                if self._items[index].state != "picked":
                    del self._items[index]
                    break
            else:
                return

    def __iter__(self) -> Iterator[Question]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def get(self, question_id: int) -> Question | None:
        return next((q for q in self._items if q.id == question_id), None)

    @property
    def picked(self) -> Question | None:
        return next((q for q in self._items if q.state == "picked"), None)

    def set_state(self, question_id: int, state: QuestionState, at: float) -> list[Question]:
        """Move one question to ``state``; picking one puts the previously picked back to new. Returns
        every question that changed (for the store), empty when ``question_id`` is not on the board."""
        changed: list[Question] = []
        if self.get(question_id) is None:
            return changed
        if state == "picked":
            previous = self.picked
            if previous is not None and previous.id != question_id:
                changed.append(self._put(replace(previous, state="new")))
        answered_at = at if state == "answered" else None
        current = self.get(question_id)
        assert current is not None
        changed.append(self._put(replace(current, state=state, answered_at=answered_at)))
        return changed

    def restore(self, questions: Iterable[Question]) -> None:
        """Questions read back from the store (a resumed show), oldest first."""
        for question in questions:
            self._items.appendleft(question)
            self._next_id = max(self._next_id, question.id + 1)
        self._trim()

    def _put(self, question: Question, old_id: int | None = None) -> Question:
        wanted = question.id if old_id is None else old_id
        for index, known in enumerate(self._items):
            if known.id == wanted:
                self._items[index] = question
                break
        return question


ANONYMOUS = "viewer {n}"  # what --anonymize puts for an asker's name, numbered in the order they first asked


def anonymized(questions: Iterable[Question]) -> list[Question]:
    """``questions`` oldest first with each asker's name replaced by "viewer N": one number per asker, the
    same in every export of the session, so a shared report still shows who asked twice."""
    names: dict[str, str] = {}
    out = []
    for question in sorted(questions, key=lambda q: (q.message.at, q.id)):
        author = names.setdefault(question.message.author, ANONYMOUS.format(n=len(names) + 1))
        out.append(replace(question, message=replace(question.message, author=author)))
    return out
