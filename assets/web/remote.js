// /remote: the guide's backup clicker on a phone. Next and Back send ?from=N (the stop the page shows), so a
// double tap or a retry after a Wi-Fi drop never moves the show twice: the second is refused with 409.
"use strict";
(() => {
  const { t, timeLeft, tone, stopAt, act } = Cicerone;
  const $ = (id) => document.getElementById(id);
  let state = null, linked = false, answerTimer = 0;

  function say(text) {
    $("answer").textContent = text;
    clearTimeout(answerTimer);
    answerTimer = setTimeout(() => { $("answer").textContent = ""; }, 3000);
  }

  function show(next) {
    state = next;
    const stop = stopAt(state, state.current), after = stopAt(state, (state.current || 0) + 1);
    $("state").textContent = state.on_air ? "● " + t("On air") : t("Not on air");
    $("state").classList.toggle("on-air", state.on_air);
    $("position").textContent = state.current ? t("Stop {n} of {total}", { n: state.current, total: state.stops.length }) : "";
    $("current").textContent = stop ? stop.title : state.tour.title;
    const left = state.clock.stop_left_s;
    $("stop-left").textContent = stop && left !== null ? timeLeft(left) : "–";
    $("stop-left").className = "figure " + (stop && left !== null ? tone(left, stop.planned_s) : "dim");
    $("next").textContent = after ? after.title : state.current ? t("Last stop") : "";
    $("cue").hidden = !state.cue;
    $("cue").textContent = state.cue || "";
    enable();
  }

  function enable() {
    const live = linked && state !== null && state.on_air && state.current !== null;
    $("back").disabled = !live || state.current === 1;
    $("go-next").disabled = !live || state.current === state.stops.length;
    $("mark").disabled = !(linked && state !== null && state.on_air);
  }

  async function send(path, done) {
    if (navigator.vibrate) navigator.vibrate(15);
    const answer = await act(path);
    if (answer.state) show(answer.state);
    if (answer.ok) { if (done) say(done); } else if (answer.status === 409) say(answer.reason || "");
    else if (answer.status !== 0) say(answer.reason || `HTTP ${answer.status}`);
  }

  $("go-next").addEventListener("click", () => state && send(`next?from=${state.current}`));
  $("back").addEventListener("click", () => state && send(`previous?from=${state.current}`));
  $("mark").addEventListener("click", () => send("mark", "✓ " + t("Marked")));
  const banner = Cicerone.linkBanner($("link"));
  Cicerone.connect(show, (status) => { linked = status === "up"; banner(status); enable(); });
  enable();
})();
