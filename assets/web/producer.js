// /producer: the rundown with actual times, the clocks, the viewers, and the cue the guide sees.
"use strict";
(() => {
  const { t, clock, timeLeft, tone, timeOfDay, stopAt, act } = Cicerone;
  const $ = (id) => document.getElementById(id);

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
  }

  function show(state) {
    const c = state.clock, stop = stopAt(state, state.current);
    $("state").textContent = state.on_air ? "● " + t("On air") : t("Not on air");
    $("state").classList.toggle("on-air", state.on_air);
    $("title").textContent = state.tour.title;
    const total = state.viewers.total;
    $("viewers").textContent = total === null ? "–" : total.toLocaleString(document.documentElement.lang);
    $("viewers").className = "figure " + (state.viewers.stale ? "warn" : "");
    $("stop-left").textContent = stop && c.stop_left_s !== null ? timeLeft(c.stop_left_s) : "–";
    $("stop-left").className = "figure " + (stop && c.stop_left_s !== null ? tone(c.stop_left_s, stop.planned_s) : "dim");
    $("elapsed").textContent = clock(c.elapsed_s);
    $("show-left").textContent = timeLeft(c.remaining_s);
    $("show-left").className = "figure " + (c.remaining_s < 0 ? "bad" : "");
    $("projected").textContent = c.projected_end === null ? "–" : timeOfDay(new Date(c.projected_end * 1000));
    $("cue").hidden = !state.cue;
    $("cue").textContent = state.cue || "";
    $("no-cue").hidden = Boolean(state.cue);
    const body = $("rundown").tBodies[0];
    body.replaceChildren();
    state.stops.forEach((s, index) => {
      const row = body.insertRow();
      row.className = index + 1 === state.current ? "current" : s.done ? "done" : "";
      cell(row, String(index + 1));
      cell(row, s.title);
      cell(row, clock(s.planned_s), "figure");
      const over = s.actual_s > s.planned_s ? "bad" : "";
      cell(row, s.done || index + 1 === state.current ? clock(s.actual_s) : "", "figure " + over);
    });
  }

  async function send(path, body) {
    const answer = await act(path, body);
    if (answer.state) show(answer.state);
    $("answer").textContent = answer.ok ? "" : answer.reason || `HTTP ${answer.status}`;
    return answer.ok;
  }

  $("cue-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("cue-text").value.trim();
    if (text && (await send("cue", { text }))) $("cue-text").value = "";
  });
  $("clear-cue").addEventListener("click", () => send("cue/clear"));
  Cicerone.connect(show, Cicerone.linkBanner($("link")));
})();
