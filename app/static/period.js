// The period every view follows: two sliders over the months there is news of, kept in the page's address
// as since/until (a whole year as YYYY, else YYYY-MM); the whole range is no period at all.
(function () {
  "use strict";

  const page = window.vilaoPage;
  const { element, remember, url } = page;
  const $ = (id) => document.getElementById(id);

  // A slider position is a month: year * 12 + (month - 1). Arrow keys move a whole year, dragging a month.
  const period = (() => {
    const from = $("period-from");
    const to = $("period-to");
    const label = $("period-label");
    const listeners = [];
    const month = (value) => ({ year: Math.floor(value / 12), month: (value % 12) + 1 });
    const pad = (n) => String(n).padStart(2, "0");
    const parse = (text, end) => {
      const found = /^(\d{4})(?:-(\d{2}))?/.exec(text || "");
      if (!found) return null;
      return Number(found[1]) * 12 + (found[2] ? Number(found[2]) - 1 : end ? 11 : 0);
    };
    const since = () => {
      const { year, month: m } = month(Number(from.value));
      return m === 1 ? String(year) : `${year}-${pad(m)}`;
    };
    const until = () => {
      const { year, month: m } = month(Number(to.value));
      return m === 12 ? String(year) : `${year}-${pad(m)}`;
    };
    const whole = () => Number(from.value) === Number(from.min) && Number(to.value) === Number(to.max);

    function params() {
      return whole() ? { since: "", until: "" } : { since: since(), until: until() };
    }

    function show() {
      const [first, last] = [since(), until()];
      label.textContent = whole() ? "all dates" : first === last ? first : `${first} – ${last}`;
    }

    function changed() {
      show();
      const p = params();
      remember({ since: p.since, until: p.until });
      for (const listener of listeners) listener(p);
    }

    function keep(moved) {
      // The two ends never cross: the one not moved gives way.
      if (Number(from.value) > Number(to.value)) {
        if (moved === from) to.value = from.value;
        else from.value = to.value;
      }
    }

    for (const input of [from, to]) {
      input.addEventListener("input", () => {
        keep(input);
        show();
      });
      input.addEventListener("change", () => {
        keep(input);
        changed();
      });
      input.addEventListener("keydown", (event) => {
        const step = { ArrowLeft: -12, ArrowDown: -12, ArrowRight: 12, ArrowUp: 12 }[event.key];
        if (!step) return;
        event.preventDefault();
        const { year } = month(Number(input.value));
        const snapped = (year + Math.sign(step)) * 12 + (input === from ? 0 : 11);
        input.value = String(Math.min(Math.max(snapped, Number(input.min)), Number(input.max)));
        keep(input);
        changed();
      });
    }
    $("period-all").addEventListener("click", () => {
      from.value = from.min;
      to.value = to.max;
      changed();
    });

    async function start() {
      const known = await page.source.years().catch(() => []);
      const thisYear = new Date().getFullYear();
      const first = known.length ? Math.min(...known) : thisYear;
      const last = Math.max(thisYear, ...known);
      for (const input of [from, to]) {
        input.min = String(first * 12);
        input.max = String(last * 12 + 11);
      }
      const years = $("period-years");
      for (let year = first; year <= last; year++) {
        const tick = element("option");
        tick.value = String(year * 12);
        tick.label = String(year);
        years.append(tick);
      }
      from.value = String(parse(url.get("since"), false) ?? first * 12);
      to.value = String(parse(url.get("until"), true) ?? last * 12 + 11);
      keep(from);
      show();
    }

    return { start, params, onChange: (listener) => listeners.push(listener) };
  })();

  page.period = period;
})();
