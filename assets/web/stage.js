// /stage: the stage display in a browser (console/ui/stage_display.py), fed by the WebSocket.
"use strict";
(() => {
  const { t, timeLeft, tone, timeOfDay, stopAt } = Cicerone;
  const $ = (id) => document.getElementById(id);
  let lastCue = "";

  function show(state) {
    const clock = state.clock, stop = stopAt(state, state.current);
    $("state").textContent = state.on_air ? "● " + t("On air") : t("Not on air");
    $("state").classList.toggle("on-air", state.on_air);
    const stopLeft = $("stop-left");
    stopLeft.textContent = stop && clock.stop_left_s !== null ? timeLeft(clock.stop_left_s) : "–";
    stopLeft.className = "figure stop " + (stop && clock.stop_left_s !== null ? tone(clock.stop_left_s, stop.planned_s) : "dim");
    $("show-left").textContent = timeLeft(clock.remaining_s);
    $("show-left").className = "figure show " + (clock.remaining_s < 0 ? "bad" : "");
    const next = stopAt(state, (state.current || 0) + 1);
    $("now").textContent = stop ? stop.title : state.tour.title;
    $("next").textContent = next ? next.title : state.current ? t("Last stop") : "";
    const cue = $("cue");
    cue.hidden = !state.cue;
    cue.textContent = state.cue || "";
    if (state.cue && state.cue !== lastCue) {  // a new cue flashes once
      cue.classList.remove("flash");
      void cue.offsetWidth;
      cue.classList.add("flash");
    }
    lastCue = state.cue || "";
    const total = state.viewers.total;
    $("viewers").textContent = total === null ? "" : `${t("Viewers")}: ${total.toLocaleString(document.documentElement.lang)}`;
  }

  const tick = () => { $("time-of-day").textContent = timeOfDay(new Date()); };
  tick();
  setInterval(tick, 1000);
  Cicerone.connect(show, Cicerone.linkBanner($("link")));
})();
