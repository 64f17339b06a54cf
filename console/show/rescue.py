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
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from console.messages import QT_TRANSLATE_NOOP, Message
from console.show.clock import ShowClock
from console.show.durations import format_clock
from console.show.session import Session
from console.show.tour import Tour

SEARCH_NODES = 20_000
"""How many branches the skip search walks at most, all sizes together (about 10 ms): past it the best
found so far is taken (else the largest savings until the plan fits). Real tours, the benchmark's 1,000-stop
ones and 60 alike optional stops are searched to the end in far fewer. What gets there is contrived: hundreds
of optional stops of all lengths, each saving a fraction of its plan, many of them to skip, where the search
finds the best soon but proving that nothing is smaller would mean trying nearly every set."""


@dataclass(frozen=True, slots=True)  # slots: a 1,000-stop advice builds hundreds, each a third faster
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
class _Route:
    """A tour's figures the advice reads, as plain lists (worked out once per tour, not per call)."""

    tour: Tour
    planned: list[int]
    shortest: list[int]
    optional: list[bool]
    latest: list[int | None]


_last_route: list[_Route] = []  # the last tour's (a tour is immutable: the same object, the same figures)


def _route(tour: Tour) -> _Route:
    if _last_route and _last_route[0].tour is tour:
        return _last_route[0]
    stops = tour.stops
    route = _Route(
        tour,
        [stop.duration_s for stop in stops],
        [stop.shortest_s for stop in stops],
        [stop.optional for stop in stops],
        [stop.latest_s for stop in stops],
    )
    _last_route[:] = [route]
    return route


@dataclass
class _Plan:
    """The stops not yet finished, in route order, as parallel lists (a position per stop)."""

    index: list[int]
    base: list[int]  # what the stop still takes at plan
    give: list[int]  # what it can give, down to its minimum
    least: list[int]  # base − give: what it takes at the least, and what skipping it saves
    optional: list[bool]
    latest: list[int | None]
    weight: list[float]  # the share of a cut it takes (what it can give, tilted by history)
    hold: list[float]  # 1.0 without history
    deadlines: list[int]  # the positions with a ``latest:``
    start: int
    slot: int | None
    plain: bool  # every weight is what the stop can give (no history): the sharing needs no sorting

    def needs(self, skipped: frozenset[int] = frozenset()) -> dict[int, int]:
        """Per deadline (keyed by how many kept stops come before it), the seconds the plan runs past it;
        ``skipped``: positions left out (their own deadline with them)."""
        base = self.base if not skipped else [0 if p in skipped else b for p, b in enumerate(self.base)]
        at = list(accumulate(base, initial=self.start))
        kept = (
            range(len(base) + 1)
            if not skipped
            else list(accumulate((p not in skipped for p in range(len(base))), initial=0))
        )
        needs: dict[int, int] = {}
        for position in self.deadlines:
            if position in skipped:
                continue
            latest = self.latest[position]
            assert latest is not None
            before = kept[position]
            need = at[position] - latest
            if before or need > 0:  # with no stop before it, only a miss counts (nothing can give)
                needs[before] = max(needs.get(before, need), need)
        if self.slot is not None:
            end = kept[len(base)]
            needs[end] = max(needs.get(end, at[-1] - self.slot), at[-1] - self.slot)
        return needs

    def shortfall(self, skipped: frozenset[int] = frozenset()) -> int:
        """How far past its worst deadline the plan runs with every kept stop at its least (0: it fits)."""
        least = self.least if not skipped else [0 if p in skipped else s for p, s in enumerate(self.least)]
        at = list(accumulate(least, initial=self.start))
        worst = 0
        for position in self.deadlines:
            latest = self.latest[position]
            if position not in skipped and latest is not None:
                worst = max(worst, at[position] - latest)
        if self.slot is not None:
            worst = max(worst, at[-1] - self.slot)
        return worst


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
    plan = _plan(
        _route(tour), current, spent_here_s, finished, holds, math.ceil(elapsed_s - 1e-9), tour.slot_s
    )
    late = max(0, max(plan.needs().values(), default=0))
    skipped: frozenset[int] | None = frozenset()
    if plan.shortfall():
        skipped = _best_skips(plan)
    fits = skipped is not None
    if skipped is None:
        skipped = frozenset(p for p, optional in enumerate(plan.optional) if optional)
    cuts = _cuts(plan, skipped, fits)
    over = 0 if fits else plan.shortfall(skipped)
    by_history = bool(holds) and (
        any(plan.index[p] in holds for p in skipped)
        or any(cut and index in holds for index, cut in zip(plan.index, cuts, strict=True))
    )
    spent = max(0, math.ceil(spent_here_s - 1e-9))
    titles, planned = tour.stops, _route(tour).planned
    stops = [
        StopTarget(index, titles[index].title, planned[index], 0, True)
        if position in skipped
        else StopTarget(index, titles[index].title, planned[index], base - cut)
        for position, (index, base, cut) in enumerate(zip(plan.index, plan.base, cuts, strict=True))
    ]
    if (
        plan.index and plan.index[0] == current
    ):  # the current stop, first: its whole stay, what is spent included
        stops[0] = replace(stops[0], target_s=stops[0].target_s + spent, current=True)
    spare = 0
    spare_to = None
    if plan.slot is not None and late == 0 and plan.index:
        spare = max(0, plan.slot - plan.start - sum(plan.base))
        if spare:
            spare_to = _spare_to(plan.index, holds)
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


def advise_clock(tour: Tour, clock: ShowClock, holds: Mapping[int, float] | None = None) -> Advice | None:
    """:func:`advise_session` from the show's clock at that moment (the console keeps one, see
    :mod:`console.show.clock_keeper`: its figures are already added up); None off air."""
    if not clock.on_air:
        return None
    current = clock.current_index
    after = clock.stops[current + 1 :] if current is not None else ()
    return advise(
        tour,
        current=current,
        elapsed_s=clock.elapsed_s,
        spent_here_s=clock.current_actual_s,
        finished=frozenset(timing.index for timing in after if timing.first_arrival is not None),
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


def _plan(
    route: _Route,
    current: int | None,
    spent_here_s: float,
    finished: frozenset[int],
    holds: Mapping[int, float],
    start: int,
    slot: int | None,
) -> _Plan:
    """The stops still ahead (from the current one on, the finished left out) as a :class:`_Plan`."""
    ahead = range(0 if current is None else max(0, current + 1), len(route.planned))
    index = [i for i in ahead if i not in finished] if finished else list(ahead)
    planned, shortest = route.planned, route.shortest
    base = [planned[i] for i in index]
    least = [shortest[i] for i in index]
    optional = [route.optional[i] for i in index]
    latest = [route.latest[i] for i in index]
    if current is not None and current < len(route.planned) and current >= 0:
        spent = max(0, math.ceil(spent_here_s - 1e-9))
        duration = planned[current]
        index.insert(0, current)
        base.insert(0, max(0, duration - spent))
        least.insert(0, base[0] - max(0, duration - max(shortest[current], spent)))
        optional.insert(0, False)
        latest.insert(0, None)
    give = [b - s for b, s in zip(base, least, strict=True)]
    plain = True
    if holds:
        found = [holds.get(i) for i in index]
        hold = [1.0 if h is None else h for h in found]
        weight = [
            g * (1.0 if h is None else min(4.0, max(0.25, 1.0 + 3.0 * (1.0 - h))))
            for g, h in zip(give, found, strict=True)
        ]
        plain = all(w == g for w, g in zip(weight, give, strict=True))
    else:
        hold = [1.0] * len(index)
        weight = [float(g) for g in give]
    deadlines = [p for p, at in enumerate(latest) if at is not None]
    return _Plan(index, base, give, least, optional, latest, weight, hold, deadlines, start, slot, plain)


# -- the search --------------------------------------------------------------------------------------------
def _best_skips(plan: _Plan) -> frozenset[int] | None:
    """The skip set (positions) of least (count, planned content, hold) that fits, or None when even
    skipping every optional stop does not. Sizes are tried from the fewest whose largest savings cover the
    end; within a size, a depth-first branch and bound over the optional stops, largest saving first: a
    branch is cut when its picks cannot save what the end needs, or cannot beat the best found (what it
    has, plus the least the picks left must add: a stop's plan is at least its saving). The last pick is
    not branched on: the stops that save enough are scanned from the smallest saving up, and the scan stops
    where no plan can beat the best. Stops alike (same saving, plan, hold, between the same deadlines, no
    deadline of their own) are interchangeable: the later ones go first, only that order is searched.
    Past :data:`SEARCH_NODES` the best found so far is taken (a contrived tour; see the README)."""
    candidates = [p for p, optional in enumerate(plan.optional) if optional]
    if plan.shortfall(frozenset(candidates)):
        return None
    least, base, hold, latest = plan.least, plan.base, plan.hold, plan.latest
    deadline_set = set(plan.deadlines)
    segment = list(accumulate((p in deadline_set for p in range(len(plan.index))), initial=0))
    candidates.sort(key=lambda p: (-least[p], base[p], hold[p], segment[p], latest[p] is not None, -p))
    count = len(candidates)
    saves = [least[p] for p in candidates]
    costs = [base[p] for p in candidates]
    holds = [hold[p] for p in candidates]
    prefix = list(accumulate(saves, initial=0))
    falling = [-save for save in saves]  # ascending, for bisect
    alike = [
        latest[p] is None
        and latest[q] is None
        and (saves[n], costs[n], holds[n], segment[p])
        == (saves[n + 1], costs[n + 1], holds[n + 1], segment[q])
        for n, (p, q) in enumerate(pairwise(candidates))
    ]
    run_end = [count] * count  # where the run of alike stops that each one is in ends
    for n in range(count - 2, -1, -1):
        run_end[n] = run_end[n + 1] if alike[n] else n + 1
    first_of_run = [n == 0 or not alike[n - 1] for n in range(count)]
    # From each candidate on: the least plan, the least hold, the most saved per second of plan.
    least_cost, least_hold = [math.inf] * (count + 1), [math.inf] * (count + 1)
    most_ratio = [0.0] * (count + 1)
    for n in range(count - 1, -1, -1):
        least_cost[n] = min(least_cost[n + 1], costs[n])
        least_hold[n] = min(least_hold[n + 1], holds[n])
        most_ratio[n] = max(most_ratio[n + 1], saves[n] / costs[n] if costs[n] else math.inf)
    # The deadlines the plan misses at the least: each must be skipped, or saved for by skips before it.
    at_least = list(accumulate(least, initial=plan.start))
    missed = [(d, need) for d in plan.deadlines if (need := at_least[d] - (latest[d] or 0)) > 0]
    end_need = 0 if plan.slot is None else max(0, at_least[-1] - plan.slot)

    # Per missed deadline: the savings of the candidates before it, in the search's order, added up, and
    # where each candidate stands among them (the most the picks left can save for it is a slice).
    sorted_at = {p: n for n, p in enumerate(candidates)}
    bounds = []
    for d, need in missed:
        ahead = list(accumulate((p < d for p in candidates), initial=0))
        before = list(accumulate((s for p, s in zip(candidates, saves, strict=True) if p < d), initial=0))
        bounds.append((d, need, sorted_at.get(d), ahead, before))

    def hopeless(at: int, chosen: tuple[int, ...], left: int) -> bool:
        """Some missed deadline cannot be saved for by the picks left (nor skipped itself)."""
        for d, need, own, ahead, before in bounds:
            if own is not None and (own >= at or own in chosen):
                continue  # it may be, or is, skipped
            have = sum(saves[n] for n in chosen if candidates[n] < d)
            start = ahead[at]
            if have + before[min(len(before) - 1, start + left)] - before[start] < need:
                return True
        return False

    def fits(chosen: tuple[int, ...]) -> bool:
        positions = [candidates[n] for n in chosen]
        return all(d in positions or sum(least[p] for p in positions if p < d) >= need for d, need in missed)

    nodes = 0
    for size in range(1, count + 1):
        if prefix[size] < end_need:
            continue  # the largest savings of this many cannot save what the end needs
        best: tuple[float, float] = (math.inf, math.inf)
        found: tuple[int, ...] | None = None
        stack: list[tuple[int, tuple[int, ...], int, int, float]] = [(0, (), 0, 0, 0.0)]
        while stack and nodes < SEARCH_NODES:
            nodes += 1
            at, chosen, saved, cost, held = stack.pop()
            left = size - len(chosen)
            if count - at < left or saved + prefix[at + left] - prefix[at] < end_need:
                continue  # too few left, or even the largest savings left fall short of the end
            short = max(0, end_need - saved)
            ratio = most_ratio[at]
            floor = max(left * least_cost[at], short, math.ceil(short / ratio) if ratio != math.inf else 0)
            if (cost + floor, held + left * least_hold[at]) >= best:
                continue  # cannot beat the best found
            if bounds and hopeless(at, chosen, left):
                continue
            if left > 1:
                # With it, and without it (nor its alike), tried first: the search goes down to the smallest
                # savings that still cover the end, where the least content is, and finds it soon.
                stack.append((at + 1, (*chosen, at), saved + saves[at], cost + costs[at], held + holds[at]))
                stack.append((run_end[at], chosen, saved, cost, held))
                continue
            # The last pick: the stops from ``at`` on that save enough, smallest saving first.
            last = bisect_right(falling, -short, lo=at)  # saves[at:last] >= short
            for n in range(last - 1, at - 1, -1):
                nodes += 1
                plan_at_least = max(saves[n], math.ceil(saves[n] / ratio) if 0 < ratio < math.inf else 0)
                if cost + plan_at_least > best[0]:
                    break  # its plan, and every larger saving's, is more than the best's
                if n != at and not first_of_run[n]:
                    continue
                total = (cost + costs[n], held + holds[n])
                if total < best and fits((*chosen, n)):
                    best, found = total, (*chosen, n)
        if found is not None:
            return frozenset(candidates[n] for n in found)
        if nodes >= SEARCH_NODES:  # nothing found in time: the largest savings until it fits
            return next(
                frozenset(candidates[:size])
                for size in range(1, count + 1)
                if not plan.shortfall(frozenset(candidates[:size]))
            )
    return None


# -- sharing the cut ---------------------------------------------------------------------------------------
def _cuts(plan: _Plan, skipped: frozenset[int], fits: bool) -> list[int]:
    """Per position, the seconds it gives: deadlines met in route order, each segment of kept stops before a
    binding deadline giving the same share (``_share``) of what it can. When nothing fits, everything gives
    all it can."""
    kept = (
        [p for p in range(len(plan.index)) if p not in skipped] if skipped else list(range(len(plan.index)))
    )
    cuts = [0] * len(plan.index)
    if not fits:
        for position in kept:
            cuts[position] = plan.give[position]
        return cuts
    needs = sorted(plan.needs(skipped).items())
    if all(need <= 0 for _, need in needs):
        return cuts
    gives = list(accumulate((plan.give[p] for p in kept), initial=0))
    done, given = 0, 0
    while True:
        open_needs = [(at, need - given) for at, need in needs if at > done and need - given > 0]
        if not open_needs:
            return cuts
        # The deadline that asks the most of the stops before it sets their share; the rest come after.
        if plan.plain:  # the level is the share of what they can give
            _level, at, amount = max(
                (
                    amount / (gives[at] - gives[done]) if amount <= gives[at] - gives[done] else math.inf,
                    at,
                    amount,
                )
                for at, amount in open_needs
            )
        else:
            at, amount = _most_demanding(plan, kept, done, open_needs)
        segment = kept[done:at]
        for position, cut in zip(segment, _share(plan, segment, amount), strict=True):
            cuts[position] = cut
        done, given = at, given + amount


def _most_demanding(
    plan: _Plan, kept: Sequence[int], done: int, open_needs: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """``(at, amount)`` of the open deadline whose stops ``kept[done:at]`` must give at the highest level
    (:func:`_water`; of equal ones, the latest). Each level is bounded from running sums first, and worked
    out only where it could be the highest: a tour whose every stop has a ``latest:`` once worked out every
    one over every stop before it (5,000 such stops with history: seconds on the GUI thread)."""
    wanted = dict(open_needs)
    bounds: list[tuple[float, float, int, int]] = []  # (lowest, highest level, at, amount)
    weight, give = 0.0, 0
    low_ratio, high_ratio = math.inf, 0.0
    for count, position in enumerate(kept[done:], start=done + 1):
        if plan.give[position] > 0:
            weight += plan.weight[position]
            give += plan.give[position]
            ratio = plan.give[position] / plan.weight[position] if plan.weight[position] > 0 else math.inf
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
    _level, at, amount = max(
        (_water(plan, kept[done:at], amount)[0], at, amount)
        for _lowest, highest, at, amount in bounds
        if highest >= floor
    )
    return at, amount


def _water(plan: _Plan, positions: Sequence[int], amount: int) -> tuple[float, list[float]]:
    """Each stop gives ``min(give, level × weight)``, the level set so they give ``amount``: in proportion to
    what each can give (the weights), capped at it."""
    give, weight = plan.give, plan.weight
    if plan.plain:
        total = sum(give[p] for p in positions)
        level = amount / total if 0 < amount <= total else (0.0 if amount <= 0 < total else math.inf)
        return level, [min(float(give[p]), level * give[p]) if give[p] > 0 else 0.0 for p in positions]
    giving = sorted((give[p] / weight[p], p) for p in positions if give[p] > 0)
    total_weight = sum(weight[p] for _, p in giving)
    left = float(amount)
    level = math.inf
    for ratio, p in giving:
        if total_weight <= 0 or ratio * total_weight >= left:
            level = left / total_weight if total_weight > 0 else math.inf
            break
        left -= give[p]
        total_weight -= weight[p]
    return level, [min(float(give[p]), level * weight[p]) if give[p] > 0 else 0.0 for p in positions]


def _share(plan: _Plan, positions: Sequence[int], amount: int) -> list[int]:
    """:func:`_water` in whole seconds that add up to ``amount``: rounded down, then the seconds left go
    to the largest remainders (never past what a stop can give)."""
    _, shares = _water(plan, positions, amount)
    whole = [math.floor(share + 1e-9) for share in shares]
    left = amount - sum(whole)
    if left <= 0:
        return whole
    give = plan.give
    behind = [whole[n] - shares[n] for n in range(len(positions))]  # minus the remainders; a stable sort
    for n in sorted(range(len(positions)), key=behind.__getitem__):
        if left <= 0:
            break
        if whole[n] < give[positions[n]]:
            whole[n] += 1
            left -= 1
    return whole


def _spare_to(index: Sequence[int], holds: Mapping[int, float]) -> int:
    """Where spare time could go: the stop still ahead that held its audience best, else the current one."""
    known = [(holds[i], -i) for i in index if i in holds]
    return -max(known)[1] if known else index[0]


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
