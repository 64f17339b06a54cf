// /producer: the rundown with actual times, the clocks, the viewers, the cue the guide sees, and the audience's
// questions (the one pinned for the guide, the newest to pin or dismiss) when a chat source is set.
"use strict";
(() => {
  const { t, clock, timeLeft, tone, timeOfDay, stopAt, act } = Cicerone;
  const $ = (id) => document.getElementById(id);

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
  }

  const PLATFORMS = { youtube: "YouTube", twitch: "Twitch", demo: "Demo" };

  // "Li Wei · YouTube · 14:05 · ×2": who asked, where, when (the console's clock) and how often.
  function asker(question) {
    const parts = [question.author, t(PLATFORMS[question.platform] || question.platform)];
    parts.push(timeOfDay(new Date(question.at * 1000)));
    if (question.count > 1) parts.push(t("×{n}", { n: question.count }));
    return parts.join(" · ");
  }

  function button(label, path, id) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "action";
    element.textContent = t(label);
    element.dataset.question = String(id);
    element.addEventListener("click", () => send(path));
    return element;
  }

  function showQuestions(questions) {
    $("questions").hidden = !questions;
    if (!questions) return;
    const pinned = questions.pinned;
    $("pinned").hidden = !pinned;
    $("no-pinned").hidden = Boolean(pinned);
    $("pinned-who").textContent = pinned ? asker(pinned) : "";
    $("pinned-text").textContent = pinned ? pinned.text : "";
    const list = $("new-questions");
    list.replaceChildren(
      ...questions.new.map((question) => {
        const item = document.createElement("li");
        item.dataset.id = String(question.id);
        const who = document.createElement("span"), asked = document.createElement("span");
        who.className = "who";
        who.textContent = asker(question);
        asked.className = "asked";
        asked.textContent = question.text;  // text, never markup: the chat is the audience's
        item.append(who, asked,
          button("Pin", `question/pin/${question.id}`, question.id),
          button("Dismiss", `question/dismiss/${question.id}`, question.id));
        return item;
      }),
    );
    $("no-questions").hidden = questions.new.length > 0;
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
    showQuestions(state.questions);
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
  $("unpin").addEventListener("click", () => send("question/unpin"));
  Cicerone.connect(show, Cicerone.linkBanner($("link")));
})();
