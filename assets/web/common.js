// What the three browser views share: the token from the link, the window's words, the WebSocket that
// reconnects by itself, actions over HTTP, and the clock's formats and colours (as console/ui/clock_bar.py).
"use strict";

const Cicerone = (() => {
  const token = new URLSearchParams(location.search).get("token") || "";
  const strings = JSON.parse(document.getElementById("strings").textContent || "{}");

  // t("Stop {n} of {total}", {n: 2, total: 5}): the window's language, English when a word is missing.
  function t(text, values) {
    let out = strings[text] || text;
    for (const [name, value] of Object.entries(values || {})) out = out.replace(`{${name}}`, String(value));
    return out;
  }

  function translatePage() {
    for (const element of document.querySelectorAll("[data-t]")) element.textContent = t(element.dataset.t);
    for (const element of document.querySelectorAll("[data-t-placeholder]")) {
      element.placeholder = t(element.dataset.tPlaceholder);
    }
    document.title = t(document.title);
  }

  // "0:07", "12:05", "1:02:09"; past zero "+m:ss" (format_clock, time_left).
  function clock(seconds) {
    const total = Math.floor(Math.abs(seconds));
    const hours = Math.floor(total / 3600), minutes = Math.floor((total % 3600) / 60), secs = total % 60;
    const two = (n) => String(n).padStart(2, "0");
    return hours ? `${hours}:${two(minutes)}:${two(secs)}` : `${minutes}:${two(secs)}`;
  }
  const timeLeft = (seconds) => (seconds >= 0 ? clock(seconds) : "+" + clock(seconds));

  // Green with time to spare, amber in the last fifth (at most the last minute), red once over (timing_tone).
  function tone(left, planned) {
    if (left < 0) return "bad";
    if (left <= Math.min(60, planned * 0.2)) return "warn";
    return "good";
  }

  function timeOfDay(date) {
    const two = (n) => String(n).padStart(2, "0");
    return `${two(date.getHours())}:${two(date.getMinutes())}`;
  }

  // The show's stops as the API gives them, 1-based like the guide's numbers.
  const stopAt = (state, number) => (number >= 1 && number <= state.stops.length ? state.stops[number - 1] : null);

  // POST /api/ACTION: {status, ok, reason, state}. A network failure answers {status: 0}.
  async function act(path, body) {
    try {
      const response = await fetch(`/api/${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: body === undefined ? "" : JSON.stringify(body),
      });
      const answer = await response.json().catch(() => ({}));
      return { status: response.status, ...answer };
    } catch (error) {
      return { status: 0, ok: false, reason: String(error) };
    }
  }

  // Calls onState(state) on every update and onLink(status): "up", "down" (reconnecting) or "refused" (token).
  // A socket that goes quiet while on air (a Wi-Fi drop often closes nothing) is given up and opened again.
  function connect(onState, onLink) {
    let socket = null, lastHeard = 0, onAir = false, delay = 500;
    const open = () => {
      const scheme = location.protocol === "https:" ? "wss" : "ws";
      socket = new WebSocket(`${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`);
      socket.onopen = () => { delay = 500; lastHeard = Date.now(); };
      socket.onmessage = (event) => {
        lastHeard = Date.now();
        const message = JSON.parse(event.data);
        if (message.type !== "state") return;
        onAir = message.state.on_air;
        onLink("up");
        onState(message.state);
      };
      socket.onclose = () => {
        socket = null;
        checkToken().then((valid) => onLink(valid ? "down" : "refused"));
        setTimeout(open, delay);
        delay = Math.min(delay * 2, 3000);
      };
    };
    setInterval(() => {
      if (socket && socket.readyState === WebSocket.OPEN && onAir && Date.now() - lastHeard > 4000) socket.close();
    }, 1000);
    open();
  }

  // After a drop: a 401 means the token changed (scan again); anything else is the network (keep trying).
  async function checkToken() {
    try {
      const response = await fetch("/api/state", { headers: { Authorization: `Bearer ${token}` } });
      return response.status !== 401;
    } catch (error) {
      return true;
    }
  }

  // The strip that says the link is down, shown while it is.
  function linkBanner(element) {
    return (status) => {
      element.hidden = status === "up";
      if (status === "down") element.textContent = t("No connection to the console: reconnecting…");
      if (status === "refused") element.textContent = t("The token in this link is not valid: scan the QR code again.");
      document.body.classList.toggle("offline", status !== "up");
    };
  }

  translatePage();
  return { token, t, clock, timeLeft, tone, timeOfDay, stopAt, act, connect, linkBanner };
})();
