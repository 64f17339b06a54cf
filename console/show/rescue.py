"""Time rescue: when the show runs long, which stops to shorten or skip to end on time.

A pure function of the plan, where the show stands (the current stop, the time spent there, the stops done)
and now. The advice is the smallest change that ends on time, in this order (the README repeats it):

1. the fewest skipped stops (only ``optional: yes`` ones, and only when shortening is not enough);
2. then the least planned content skipped;
3. then the cut shared among the kept stops in proportion to what each can give (planned − ``min:``).

Never below a minimum, never a skip of a stop that is not optional, every ``latest:`` respected (a stop
with a latest start that comes before the end makes its own, earlier deadline: the stops before it give
more). When nothing suffices, the best plan (everything at its minimum, every optional stop skipped) says
by how much it still runs over. With earlier shows of the tour, a stop's hold (its audience at departure
÷ at arrival, :mod:`console.show.report`) tilts the sharing: stops the audience left give more, stops that
held it give less, and between equal skips the one that held least goes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from console.messages import QT_TRANSLATE_NOOP, Message
from console.show.durations import format_clock
from console.show.session import Session
from console.show.tour import Tour

SEARCH_STEPS = 20_000
"""The work one search for the skips may do, all sizes together: a step per node visited, and a step per
stop for each skip set checked against the deadlines. The advice is worked out on the GUI thread on air, so
this bounds it (tens of milliseconds) whatever the tour: 60 optional stops of one length once searched for
minutes, every node pruned before it counted. Past it, the best set found so far is taken, else the fewest
of the largest savers that fit. Real tours have a handful of optional stops and never get near."""


@dataclass(frozen=True)
class StopTarget:
    """One stop not yet finished: its plan and the advised time there (the whole stay, for the current)."""

    index: int  # 0-based, in the tour
    title: str
    planned_s: int
    target_s: int
    skip: bool = False
    current: bool = False

    @property
    def changed(self) -> bool:
        return self.skip or self.target_s < self.planned_s


@dataclass(frozen=True)
class Advice:
    """``fits``: the advised plan ends on time (and meets every ``latest:``); else ``over_s`` is how much the
    best plan still runs over. ``late_s``: how much the plan as it stands runs over (0: on time, and then
    ``spare_s`` is the time left over and ``spare_to`` the stop it could go to)."""

    fits: bool
    over_s: int
    late_s: int
    spare_s: int
    spare_to: int | None
    stops: tuple[StopTarget, ...]
    by_history: bool = False

    @property
    def changes(self) -> tuple[StopTarget, ...]:
        return tuple(stop for stop in self.stops if stop.changed)

    def targets(self) -> dict[int, tuple[int, bool]]:
        """``{index: (target_s, skip)}`` of the changed stops: what an adoption records."""
        return {stop.index: (stop.target_s, stop.skip) for stop in self.changes}

    def as_json(self) -> dict[str, object]:
        """The ``tour advise --json`` shape; ``index`` 1-based as the guide numbers the stops."""
        return {
            "fits": self.fits,
            "over_s": self.over_s,
            "late_s": self.late_s,
            "spare_s": self.spare_s,
            "by_history": self.by_history,
            "stops": [
                {
                    "index": stop.index + 1,
                    "title": stop.title,
                    "planned_s": stop.planned_s,
                    "target_s": stop.target_s,
                    "skip": stop.skip,
                }
                for stop in self.stops
            ],
        }

    def line(self) -> Message | None:
        """The one line the clock bar shows, or None when there is nothing to say."""
        return advice_line(self)


@dataclass(frozen=True)
class _Item:
    index: int
    base: int  # what the stop still takes at plan
    give: int  # what it can give, down to its minimum
    optional: bool
    latest: int | None
    weight: float  # the share of a cut it takes per second it can give (history's tilt)
    hold: float  # 1.0 without history


def advise(
    tour: Tour,
    *,
    current: int | None,
    elapsed_s: float,
    spent_here_s: float = 0.0,
    finished: frozenset[int] = frozenset(),
    holds: Mapping[int, float] | None = None,
) -> Advice:
    """The advice ``elapsed_s`` into the show, at stop ``current`` (0-based; None: before the first) after
    ``spent_here_s`` there; ``finished``: the stops already visited and left (they are not planned again).
    ``holds``: per stop index, its hold in earlier shows (missing: unknown)."""
    holds = holds or {}
    items: list[_Item] = []
    rows: list[tuple[int, int]] = []  # (index, planned) of the stops not yet finished, in route order
    for index, stop in enumerate(tour.stops):
        is_current = index == current
        if index in finished and not is_current:
            continue
        if current is not None and index < current:
            continue  # passed over: the clock plans it no more either
        hold = holds.get(index)
        pressure = 1.0 if hold is None else min(4.0, max(0.25, 1.0 + 3.0 * (1.0 - hold)))
        if is_current:
            spent = max(0, math.ceil(spent_here_s - 1e-9))
            base = max(0, stop.duration_s - spent)
            give = max(0, stop.duration_s - max(stop.shortest_s, spent))
            item = _Item(index, base, give, False, None, give * pressure, hold or 1.0)
        else:
            give = stop.duration_s - stop.shortest_s
            item = _Item(
                index, stop.duration_s, give, stop.optional, stop.latest_s, give * pressure, hold or 1.0
            )
        items.append(item)
        rows.append((index, stop.duration_s))
    start = math.ceil(elapsed_s - 1e-9)
    slot = tour.slot_s

    plan_need = max(_needs(items, frozenset(), start, slot).values(), default=0)
    skipped = frozenset[int]() if _fits(items, frozenset(), start, slot) else _best_skips(items, start, slot)
    fits = skipped is not None
    if skipped is None:
        skipped = frozenset(item.index for item in items if item.optional)
    cuts = _cuts(items, skipped, start, slot, fits)
    over = 0 if fits else _shortfall(items, skipped, start, slot)
    by_history = any(index in holds for index in skipped) or any(
        cut and item.index in holds for item, cut in zip(items, cuts, strict=True)
    )
    stops = []
    for (index, planned), item, cut in zip(rows, items, cuts, strict=True):
        is_current = index == current
        spent = max(0, math.ceil(spent_here_s - 1e-9)) if is_current else 0
        stay = spent + item.base - cut
        stops.append(
            StopTarget(
                index=index,
                title=tour.stops[index].title,
                planned_s=planned,
                target_s=0 if index in skipped else stay,
                skip=index in skipped,
                current=is_current,
            )
        )
    late = max(0, plan_need)
    spare = 0
    spare_to = None
    if slot is not None and late == 0 and items:
        spare = max(0, slot - start - sum(item.base for item in items))
        if spare:
            spare_to = _spare_to(items, holds)
    return Advice(
        fits=fits,
        over_s=over,
        late_s=late,
        spare_s=spare,
        spare_to=spare_to,
        stops=tuple(stops),
        by_history=by_history and late > 0,
    )


def advise_session(session: Session, now: float, holds: Mapping[int, float] | None = None) -> Advice | None:
    """The advice for a show on air at wall time ``now``; None before go-live or after the end."""
    if session.went_live_at is None or session.ended_at is not None:
        return None
    current = session.current_index
    spent = 0.0
    finished = set()
    for visit in session.visits():
        if visit.left is None:
            spent += now - visit.arrived
        elif visit.stop_index == current:
            spent += visit.left - visit.arrived
        else:
            finished.add(visit.stop_index)
    return advise(
        session.tour,
        current=current,
        elapsed_s=now - session.went_live_at,
        spent_here_s=spent,
        finished=frozenset(finished),
        holds=holds,
    )


def stop_holds(reports: Sequence[Sequence[tuple[str, float | None]]], tour: Tour) -> dict[int, float]:
    """Per stop of ``tour``, the mean hold of earlier shows; ``reports``: per show, each stop's (title, hold),
    matched to the tour by title (a stop reordered or renamed since is matched, or left out)."""
    found: dict[str, list[float]] = {}
    for stops in reports:
        for title, hold in stops:
            if hold is not None and math.isfinite(hold):
                found.setdefault(title, []).append(hold)
    holds = {}
    for index, stop in enumerate(tour.stops):
        values = found.get(stop.title)
        if values:
            holds[index] = sum(values) / len(values)
    return holds


# -- the search --------------------------------------------------------------------------------------------
def _needs(items: Sequence[_Item], skipped: frozenset[int], start: int, slot: int | None) -> dict[int, int]:
    """Per deadline (keyed by how many kept stops come before it), the seconds the plan runs past it."""
    needs: dict[int, int] = {}
    at = start
    kept = 0
    for item in items:
        if item.index in skipped:
            continue
        if item.latest is not None and kept:
            needs[kept] = max(needs.get(kept, -(2**62)), at - item.latest)
        elif item.latest is not None and at > item.latest:
            needs[0] = max(needs.get(0, 0), at - item.latest)  # nothing before it can give
        at += item.base
        kept += 1
    if slot is not None:
        needs[kept] = max(needs.get(kept, -(2**62)), at - slot)
    return needs


def _shortfall(items: Sequence[_Item], skipped: frozenset[int], start: int, slot: int | None) -> int:
    """How far past its worst deadline the plan runs with every kept stop at its minimum (0: it fits)."""
    gives = [item.give for item in items if item.index not in skipped]
    prefix = [0]
    for give in gives:
        prefix.append(prefix[-1] + give)
    return max([0, *(need - prefix[at] for at, need in _needs(items, skipped, start, slot).items())])


def _fits(items: Sequence[_Item], skipped: frozenset[int], start: int, slot: int | None) -> bool:
    return _shortfall(items, skipped, start, slot) == 0


def _best_skips(items: Sequence[_Item], start: int, slot: int | None) -> frozenset[int] | None:
    """The skip set of least (count, planned content, hold) that fits, or None when even skipping every
    optional stop does not. Sizes are tried from the fewest the end can allow; within a size a depth-first
    search in order of what each skip saves, pruned by the end's deadline and by a bound on the least a set
    could still cost against the best found so far. At most :data:`SEARCH_STEPS` of work, then
    :func:`_greedy_skips`."""
    candidates = sorted(
        (item for item in items if item.optional), key=lambda item: (-(item.base - item.give), item.index)
    )
    if not _fits(items, frozenset(item.index for item in candidates), start, slot):
        return None
    saves = [item.base - item.give for item in candidates]  # a skipped stop saves its minimum
    saves_before = [0]  # saves_before[p]: the sum of saves[:p], so any run of them sums in one step
    for save in saves:
        saves_before.append(saves_before[-1] + save)
    # The least planned content and hold of any one candidate from each position on: a partial set that
    # must still take ``left`` more costs at least ``left`` times these (ties with 60 equal stops pruned).
    least_base = [0] * (len(candidates) + 1)
    least_hold = [0.0] * (len(candidates) + 1)
    for position in range(len(candidates) - 1, -1, -1):
        later = position + 1 < len(candidates)
        item = candidates[position]
        least_base[position] = min(item.base, least_base[position + 1]) if later else item.base
        least_hold[position] = min(item.hold, least_hold[position + 1]) if later else item.hold
    end_short = _end_shortfall(items, start, slot)
    # Fewer skips than the largest savers need to end on time can never fit: start from that many.
    fewest = next((count for count in range(1, len(saves) + 1) if saves_before[count] >= end_short), 1)
    steps = 0
    for size in range(fewest, len(candidates) + 1):
        best: tuple[tuple[int, float], frozenset[int]] | None = None
        stack: list[tuple[int, tuple[int, ...], int, int, float]] = [(0, (), 0, 0, 0.0)]
        while stack and steps < SEARCH_STEPS:
            steps += 1 + size // 256  # a node copies its set: thousands of skips cost more than one step
            position, chosen, saved, planned, hold = stack.pop()
            left = size - len(chosen)
            if (
                best is not None
                and left
                and (
                    planned + left * least_base[position],
                    hold + left * least_hold[position],
                )
                >= best[0]
            ):
                continue
            if best is not None and (planned, hold) >= best[0]:
                continue
            if left == 0:
                if saved >= end_short:
                    steps += len(items)
                    if _fits(items, frozenset(chosen), start, slot):
                        best = ((planned, hold), frozenset(chosen))
                continue
            if len(candidates) - position < left:
                continue
            # The most the remaining picks could save (the largest saves come first): prune the hopeless.
            if saved + saves_before[min(position + left, len(saves))] - saves_before[position] < end_short:
                continue
            item = candidates[position]
            stack.append((position + 1, chosen, saved, planned, hold))  # without it (tried last)
            stack.append(
                (
                    position + 1,
                    (*chosen, item.index),
                    saved + saves[position],
                    planned + item.base,
                    hold + item.hold,
                )
            )
        if best is not None:
            return best[1]
        if steps >= SEARCH_STEPS:
            return _greedy_skips(items, candidates, start, slot)
    return None


def _greedy_skips(
    items: Sequence[_Item], candidates: Sequence[_Item], start: int, slot: int | None
) -> frozenset[int]:
    """The fewest of the largest savers (``candidates``' order) that fit: skipping more never makes a plan
    late, so a binary search finds them. Skipping them all fits (the caller checked)."""
    low, high = 1, len(candidates)
    while low < high:
        middle = (low + high) // 2
        if _fits(items, frozenset(item.index for item in candidates[:middle]), start, slot):
            high = middle
        else:
            low = middle + 1
    return frozenset(item.index for item in candidates[:high])


def _end_shortfall(items: Sequence[_Item], start: int, slot: int | None) -> int:
    """How much the end runs over with every stop at its minimum (what the skips must save at least)."""
    if slot is None:
        return 0
    return start + sum(item.base - item.give for item in items) - slot


# -- sharing the cut ---------------------------------------------------------------------------------------
def _cuts(
    items: Sequence[_Item], skipped: frozenset[int], start: int, slot: int | None, fits: bool
) -> list[int]:
    """Per item, the seconds it gives: deadlines met in route order, each segment of kept stops before a
    binding deadline giving the same share (``_share``) of what it can. When nothing fits, everything gives
    all it can."""
    kept = [position for position, item in enumerate(items) if item.index not in skipped]
    cuts = [0] * len(items)
    if not fits:
        for position in kept:
            cuts[position] = items[position].give
        return cuts
    needs = sorted(_needs(items, skipped, start, slot).items())
    done, given = 0, 0
    while True:
        open_needs = [(at, need - given) for at, need in needs if at > done and need - given > 0]
        if not open_needs:
            return cuts
        # The deadline that asks the most of the stops before it sets their share; the rest come after.
        at, amount = _most_demanding(items, kept, done, open_needs)
        segment = kept[done:at]
        for position, cut in zip(segment, _share([items[p] for p in segment], amount), strict=True):
            cuts[position] = cut
        done, given = at, given + amount


def _most_demanding(
    items: Sequence[_Item], kept: Sequence[int], done: int, open_needs: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """``(at, amount)`` of the open deadline whose stops ``kept[done:at]`` must give at the highest level
    (:func:`_level`; of equal ones, the latest). Each level is bounded from running sums first, and worked
    out only where it could be the highest: a tour whose every stop has a ``latest:`` once worked out every
    one over every stop before it (3,000 such stops: a second on the GUI thread)."""
    wanted = dict(open_needs)
    bounds: list[tuple[float, float, int, int]] = []  # (lowest, highest level, at, amount)
    weight, give = 0.0, 0
    low_ratio, high_ratio = math.inf, 0.0
    for count, position in enumerate(kept[done:], start=done + 1):
        item = items[position]
        if item.give > 0:
            weight += item.weight
            give += item.give
            ratio = item.give / item.weight
            low_ratio, high_ratio = min(low_ratio, ratio), max(high_ratio, ratio)
        amount = wanted.get(count)
        if amount is None:
            continue
        if amount > give or weight <= 0:
            bounds.append((math.inf, math.inf, count, amount))  # more than all they can give
            continue
        # Each gives min(give, level × weight): at most level × weight, and at least its give × level ÷
        # the highest ratio; below the lowest ratio no stop is capped and the level is exactly this.
        lowest = amount / weight
        highest = lowest if lowest <= low_ratio else high_ratio * amount / give
        bounds.append((lowest, highest, count, amount))
    floor = max(lowest for lowest, _highest, _at, _amount in bounds)
    floor = floor * (1 - 1e-9) - 1e-12 if math.isfinite(floor) else floor  # rounding never prunes a tie
    _level_set, at, amount = max(
        (_level([items[p] for p in kept[done:at]], amount), at, amount)
        for _lowest, highest, at, amount in bounds
        if highest >= floor
    )
    return at, amount


def _level(items: Sequence[_Item], amount: int) -> float:
    """The share level at which ``items`` give ``amount`` in all (see :func:`_share`)."""
    return _water(items, amount)[0]


def _water(items: Sequence[_Item], amount: int) -> tuple[float, list[float]]:
    """Each item gives ``min(give, level × weight)``, the level set so they give ``amount``: in proportion to
    what each can give (the weights), capped at it."""
    giving = sorted(
        (item.give / item.weight, position) for position, item in enumerate(items) if item.give > 0
    )
    total_weight = sum(items[position].weight for _, position in giving)
    left = float(amount)
    level = math.inf
    for ratio, position in giving:
        if total_weight <= 0 or ratio * total_weight >= left:
            level = left / total_weight if total_weight > 0 else math.inf
            break
        left -= items[position].give
        total_weight -= items[position].weight
    shares = [min(float(item.give), level * item.weight) if item.give > 0 else 0.0 for item in items]
    return level, shares


def _share(items: Sequence[_Item], amount: int) -> list[int]:
    """:func:`_water` in whole seconds that add up to ``amount``: rounded down, then the seconds left go
    to the largest remainders (never past what a stop can give)."""
    _, shares = _water(items, amount)
    whole = [math.floor(share + 1e-9) for share in shares]
    left = amount - sum(whole)
    order = sorted(range(len(items)), key=lambda p: (-(shares[p] - whole[p]), p))
    for position in order:
        if left <= 0:
            break
        if whole[position] < items[position].give:
            whole[position] += 1
            left -= 1
    return whole


def _spare_to(items: Sequence[_Item], holds: Mapping[int, float]) -> int:
    """Where spare time could go: the stop still ahead that held its audience best, else the current one."""
    known = [(holds[item.index], -item.index) for item in items if item.index in holds]
    return -max(known)[1] if known else items[0].index


# -- the line on screen ------------------------------------------------------------------------------------
def advice_line(advice: Advice) -> Message | None:
    """ "To end on time: Raft 8:00→6:30, Liberty 7:00→5:30", "Skip Marly Horses (optional) to end on time",
    "Still 2:10 over at the shortest: ...", "3:00 to spare: it could go to Raft"; None when on time with
    nothing to spare."""
    if advice.late_s == 0:
        if advice.spare_s <= 0 or advice.spare_to is None:
            return None
        title = next((stop.title for stop in advice.stops if stop.index == advice.spare_to), "")
        return QT_TRANSLATE_NOOP("Rescue", "{spare} to spare: it could go to {title}").format(
            spare=format_clock(advice.spare_s), title=title
        )
    skips = [stop for stop in advice.changes if stop.skip]
    cuts = [stop for stop in advice.changes if not stop.skip]
    shortened = ", ".join(
        f"{stop.title} {format_clock(stop.planned_s)}→{format_clock(stop.target_s)}" for stop in cuts
    )
    skipped = ", ".join(stop.title for stop in skips)
    if not advice.fits and not skips and not cuts:
        line = QT_TRANSLATE_NOOP(
            "Rescue", "{over} over, and no stop left can be shortened or skipped"
        ).format(over=format_clock(advice.over_s))
    elif not advice.fits:
        line = QT_TRANSLATE_NOOP("Rescue", "Still {over} over at the shortest: {changes}").format(
            over=format_clock(advice.over_s),
            changes=_joined(skipped, shortened),
        )
    elif skips and not cuts:
        line = QT_TRANSLATE_NOOP("Rescue", "Skip {titles} (optional) to end on time").format(titles=skipped)
    elif skips:
        line = QT_TRANSLATE_NOOP("Rescue", "To end on time: skip {titles} (optional), {cuts}").format(
            titles=skipped, cuts=shortened
        )
    else:
        line = QT_TRANSLATE_NOOP("Rescue", "To end on time: {cuts}").format(cuts=shortened)
    if advice.by_history:
        line = QT_TRANSLATE_NOOP("Rescue", "{line} (cut where audiences left before)").format(line=line)
    return line


def _joined(skipped: str, shortened: str) -> str:
    if skipped and shortened:
        return QT_TRANSLATE_NOOP("Rescue", "skip {titles}, {cuts}").format(titles=skipped, cuts=shortened)
    if skipped:
        return QT_TRANSLATE_NOOP("Rescue", "skip {titles}").format(titles=skipped)
    return shortened  # titles and times: nothing to translate
