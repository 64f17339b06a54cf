"""The show-control actions: one registry, the same names over HTTP and WebSocket, run on the GUI thread.

Each action answers with an :class:`Outcome`: done (200), asked and waiting for its confirmation (202), or
refused with the reason (400 malformed, 404 unknown, 409 not possible now). Later features register their
own (a language switch, adopting route advice, pinning a question) with :meth:`ActionRegistry.add`.

What the window makes deliberate stays deliberate here: ending the show takes ``end`` then ``end/confirm``
within four seconds (the End button's two clicks), and after an ended show ``go-live`` only asks, and
``go-live/confirm`` starts the next one (F5 twice).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from console.live.controller import NEW_SHOW_CONFIRM_S, LiveController
from console.live.questions import QuestionDesk

END_CONFIRM_S = 4.0  # as the End show button's second click (ui/clock_bar.py)
MAX_TEXT_CHARS = 2000  # a note or a cue; the body's own cap (64 KB) is the server's


@dataclass(frozen=True)
class ActionRequest:
    name: str  # the action's registered name ("goto", "cue/clear")
    arg: str | None = None  # what follows a parametric name ("3" in goto/3)
    query: Mapping[str, str] = field(default_factory=dict)
    body: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    status: int  # 200 done, 202 waiting (a confirmation, a busy database), 400, 404, 409
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status < 300


class Refused(Exception):
    """An action that cannot run now (409) or was asked wrongly (400), with the reason."""

    def __init__(self, reason: str, status: int = 409) -> None:
        super().__init__(reason)
        self.reason, self.status = reason, status


Handler = Callable[[ActionRequest], Outcome | None]  # None: done


class ActionRegistry:
    def __init__(self) -> None:
        self._exact: dict[str, Handler] = {}
        self._with_arg: dict[str, Handler] = {}

    def add(self, name: str, handler: Handler, *, takes_arg: bool = False) -> None:
        """Register ``name`` (``cue/clear``); with ``takes_arg``, a name and one argument (``goto/3``)."""
        # A name may be both plain and parametric ("language" cycles, "language/fr" chooses), never twice one.
        table = self._with_arg if takes_arg else self._exact
        if name in table:
            raise ValueError(f"action {name!r} registered twice")
        table[name] = handler

    def names(self) -> list[str]:
        return sorted([*self._exact, *(f"{name}/N" for name in self._with_arg)])

    def run(self, path: str, query: Mapping[str, str], body: Mapping[str, Any]) -> Outcome:
        """Run the action ``path`` names (``next``, ``goto/3``); never raises for the caller's mistakes."""
        handler = self._exact.get(path)
        name, arg = path, None
        if handler is None and "/" in path:
            name, arg = path.split("/", 1)
            handler = self._with_arg.get(name)
        if handler is None:
            return Outcome(404, f"no action {path[:80]!r}; actions: {', '.join(self.names())}")
        try:
            outcome = handler(ActionRequest(name=name, arg=arg, query=query, body=body))
        except Refused as refused:
            return Outcome(refused.status, refused.reason)
        return outcome or Outcome(200)


class ShowActions:
    """The live show's actions on a :class:`LiveController` (the same calls the clicker's keys make)."""

    def __init__(self, controller: LiveController) -> None:
        self.controller = controller
        self._end_asked_at: float | None = None

    def register(self, registry: ActionRegistry) -> None:
        for name, handler in (
            ("go-live", self.go_live),
            ("go-live/confirm", self.go_live_confirm),
            ("next", self.next),
            ("previous", self.previous),
            ("mark", self.mark),
            ("note", self.note),
            ("cue", self.cue),
            ("cue/clear", self.cue_clear),
            ("end", self.end),
            ("end/confirm", self.end_confirm),
            ("language", self.language),
            ("advice/adopt", self.adopt_advice),
        ):
            registry.add(name, handler)
        registry.add("goto", self.goto, takes_arg=True)
        registry.add("language", self.language, takes_arg=True)

    # -- going live and ending ------------------------------------------------------------------------
    def go_live(self, _request: ActionRequest) -> Outcome | None:
        c = self.controller
        self._refuse_if_blocked()
        if c.on_air:
            raise Refused("the show is already on air")
        if c.ended and c.resumable is None:
            if not c.new_show_asked:
                c.go_live()  # the first F5: asks, as in the window (never the second, over the API)
            return Outcome(
                202, f"the last show has ended: send go-live/confirm within {NEW_SHOW_CONFIRM_S:g} s"
            )
        return self._written(c.go_live(), "could not go live")

    def go_live_confirm(self, _request: ActionRequest) -> Outcome | None:
        c = self.controller
        self._refuse_if_blocked()
        if c.on_air:
            raise Refused("the show is already on air")
        if not (c.ended and c.new_show_asked):
            raise Refused(
                f"nothing to confirm: send go-live, then go-live/confirm within {NEW_SHOW_CONFIRM_S:g} s"
            )
        return self._written(c.go_live(), "could not go live")

    def end(self, _request: ActionRequest) -> Outcome:
        if not self.controller.on_air:
            raise Refused("no show is on air")
        self._end_asked_at = self.controller.clock()
        return Outcome(202, f"send end/confirm within {END_CONFIRM_S:g} s to end the show")

    def end_confirm(self, _request: ActionRequest) -> Outcome | None:
        asked, self._end_asked_at = self._end_asked_at, None
        if not self.controller.on_air:
            raise Refused("no show is on air")
        if asked is None or not 0 <= self.controller.clock() - asked <= END_CONFIRM_S:
            raise Refused(f"nothing to confirm: send end first, then end/confirm within {END_CONFIRM_S:g} s")
        return self._written(self.controller.end_show(), "could not end the show")

    # -- moving ------------------------------------------------------------------------------------------
    def next(self, request: ActionRequest) -> Outcome | None:
        current = self._current(request)
        if current == len(self.controller.tour.stops):
            raise Refused(f"already at the last stop ({current})")
        return self._written(self.controller.next_stop(), "could not move")

    def previous(self, request: ActionRequest) -> Outcome | None:
        current = self._current(request)
        if current == 1:
            raise Refused("already at the first stop")
        return self._written(self.controller.previous_stop(), "could not move")

    def goto(self, request: ActionRequest) -> Outcome | None:
        number = _whole_number(request.arg or "", "goto/N: N")
        current = self._current(request)
        count = len(self.controller.tour.stops)
        if not 1 <= number <= count:
            raise Refused(f"no stop {number}: the tour has stops 1 to {count}")
        if number == current:
            return None  # already there: a retried request is not an error
        return self._written(self.controller.go_to(number - 1), "could not move")

    def _current(self, request: ActionRequest) -> int:
        """The current stop (1-based) of a show on air; with ``?from=N``, refused unless it is N."""
        c = self.controller
        self._refuse_if_blocked()
        session = c.session
        if not c.on_air or session is None or session.current_index is None:
            raise Refused("no show is on air: go-live first")
        if c.is_waiting:
            raise Refused("the database is busy: earlier presses are still waiting to be written")
        current = session.current_index + 1
        expected = request.query.get("from")
        if expected is not None and _whole_number(expected, "from") != current:
            raise Refused(f"the current stop is {current}, not {expected}: nothing moved")
        return current

    # -- the talking points' language ----------------------------------------------------------------------
    def language(self, request: ActionRequest) -> Outcome | None:
        """``language`` cycles as L does; ``language/fr`` switches to that content language of the tour."""
        c = self.controller
        self._refuse_if_blocked()
        languages = c.tour.content_languages
        if len(languages) < 2:
            raise Refused(f"the tour has its talking points in one language only ({c.language})")
        if c.is_waiting:
            raise Refused("the database is busy: earlier presses are still waiting to be written")
        steps = 1
        if request.arg is not None:
            if request.arg not in languages:
                raise Refused(f"the tour has no {request.arg[:20]!r} talking points: {', '.join(languages)}")
            now = languages.index(c.language) if c.language in languages else 0
            steps = (languages.index(request.arg) - now) % len(languages)
        for _ in range(steps):  # as many L presses (a press, not a setter: recorded as the window records it)
            if not c.cycle_language():
                return self._written(False, "the language switch was not recorded")
        return None

    # -- notes and the cue -------------------------------------------------------------------------------
    def mark(self, _request: ActionRequest) -> Outcome | None:
        self._need_session()
        return self._written(self.controller.mark() is not None, "the mark was not saved")

    def note(self, request: ActionRequest) -> Outcome | None:
        text = _text(request.body)
        self._need_session()
        return self._written(self.controller.add_note(text) is not None, "the note was not saved")

    def cue(self, request: ActionRequest) -> None:
        self.controller.set_cue(_text(request.body))

    def cue_clear(self, _request: ActionRequest) -> None:
        self.controller.clear_cue()

    # -- shared --------------------------------------------------------------------------------------------
    def _refuse_if_blocked(self) -> None:
        if self.controller.refusal is not None:
            raise Refused(self.controller.refusal)

    def _need_session(self) -> None:
        if self.controller.session is None:
            raise Refused("notes belong to a show: go-live first")

    # -- the time rescue -------------------------------------------------------------------------------------
    def adopt_advice(self, _request: ActionRequest) -> Outcome | None:
        """As A in the window: adopt the advice shown, or revert it when the same advice is shown."""
        c = self.controller
        self._refuse_if_blocked()
        if not c.on_air:
            raise Refused("no show is on air")
        if c.is_waiting:
            raise Refused("the database is busy: earlier presses are still waiting to be written")
        return self._written(c.adopt_advice(), "no advice to adopt and none adopted: the show is on time")

    def _written(self, done: bool, failure: str) -> Outcome | None:
        """The controller's answer: written (200), queued behind a busy database (202), or not (409)."""
        if done:
            return None
        if self.controller.is_waiting:
            return Outcome(202, "the database is busy: written as soon as it is free")
        raise Refused(failure)


def _whole_number(text: str, what: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 9:
        raise Refused(f"{what} must be a whole number, not {text[:20]!r}", status=400)
    return int(text)


def _text(body: Mapping[str, Any]) -> str:
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Refused('the body must be {"text": "..."} with some text', status=400)
    if len(text) > MAX_TEXT_CHARS:
        raise Refused(f"the text is longer than {MAX_TEXT_CHARS} characters", status=400)
    if any(ord(character) < 32 and character not in "\t\n" for character in text):
        raise Refused("the text holds control characters", status=400)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the JSON)
        raise Refused("the text is not valid Unicode (a lone surrogate)", status=400) from None
    return text


class QuestionActions:
    """The audience questions from the producer view or a Stream Deck: ``question/pin/N`` and
    ``question/dismiss/N`` (N as the pane and the state list them), ``question/unpin``, ``question/answer``
    (the guide's Q: answered, or taken back within 4 s)."""

    def __init__(self, desk: QuestionDesk) -> None:
        self.desk = desk

    def register(self, registry: ActionRegistry) -> None:
        registry.add("question/unpin", lambda _request: self._done(self.desk.unpin(), "nothing is pinned"))
        registry.add("question/answer", lambda _request: self._done(self.desk.answer(), "nothing to answer"))
        registry.add("question", self.by_number, takes_arg=True)

    def by_number(self, request: ActionRequest) -> Outcome | None:
        verb, _, number = (request.arg or "").partition("/")
        if verb not in ("pin", "dismiss"):
            raise Refused("question/pin/N, question/dismiss/N, question/unpin or question/answer", 404)
        question_id = _whole_number(number, f"question/{verb}/N: N")
        moved = self.desk.pin(question_id) if verb == "pin" else self.desk.dismiss(question_id)
        return self._done(moved, f"no question {question_id} on the board")

    @staticmethod
    def _done(done: bool, reason: str) -> Outcome | None:
        if not done:
            raise Refused(reason)
        return None
