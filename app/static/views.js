// The analysts' and researchers' views beside the network (network.js): the partnership matrix with the
// coverage gaps, and an official's timeline. They ask the HTTP API, so an offline `vilao viz` file has none.
//
// As everywhere on the page (page.js), names and quotes from articles are written as text only, never as HTML.
(function () {
  "use strict";

  const page = window.vilaoPage;
  const { element, button, source, remember, url } = page;
  const $ = (id) => document.getElementById(id);

  if (!source.live) {
    $("views").hidden = true; // the file holds one subgraph, not the answers these views need
    return;
  }

  function asking(work) {
    return page.busy(async () => {
      try {
        await work();
        page.showError(null);
      } catch (error) {
        page.showError(error);
      }
    });
  }

  const names = (refs) => refs.map((r) => r.name).join(", ");

  // A province named in a view opens the network around it.
  function place(ref) {
    const open = button(ref.name, "link-like", () => page.focusNetwork(ref.id));
    open.dataset.id = ref.id;
    return open;
  }
  const span = (first, last) => (first === last ? first || "undated" : `${first || "?"} – ${last || "?"}`);

  // ---- the partnership matrix ----------------------------------------------------------------------

  const merged = $("merged");
  const topic = $("topic");
  merged.checked = url.get("merged") === "true";
  let wantedTopic = url.get("topic") || "";

  function matrixParams() {
    return { merged: merged.checked ? "true" : "", topic: topic.value || wantedTopic, ...page.period.params() };
  }

  function fillTopics(matrix) {
    const chosen = matrix.topic ? matrix.topic.id : "";
    topic.replaceChildren(element("option", "every topic"));
    topic.firstChild.value = "";
    for (const t of matrix.topics) {
      const option = element("option", t.name);
      option.value = t.id;
      topic.append(option);
    }
    topic.value = chosen;
    wantedTopic = "";
  }

  function csvLink(params) {
    const link = new URL("api/partnerships", document.baseURI);
    for (const [key, value] of Object.entries({ ...params, format: "csv" })) if (value) link.searchParams.set(key, value);
    $("matrix-csv").href = link.href;
  }

  function matrixCell(cell, rowName, columnName, most) {
    const td = element("td", null, "cell");
    const open = button(null, "cell-button", () => openCell(cell, rowName, columnName));
    open.dataset.row = cell.row;
    open.dataset.column = cell.column;
    open.setAttribute(
      "aria-label",
      `${rowName} × ${columnName}: ${cell.count} agreements and meetings, ${span(cell.first_date, cell.last_date)}`,
    );
    open.append(element("strong", cell.count), element("span", span(cell.first_date, cell.last_date), "dates"));
    // Shaded by how much ties the two: the busiest pair darkest.
    const weight = 0.15 + (0.85 * cell.count) / most;
    td.style.background = `rgba(31, 95, 168, ${weight.toFixed(2)})`;
    if (weight > 0.55) td.classList.add("dark");
    td.append(open);
    return td;
  }

  function drawMatrix(matrix) {
    const table = $("matrix");
    const head = element("tr");
    head.append(element("th", `${matrix.a} ↓ · ${matrix.b} →`, "corner"));
    for (const column of matrix.columns) {
      const th = element("th");
      th.append(place(column));
      th.scope = "col";
      head.append(th);
    }
    const at = new Map(matrix.cells.map((c) => [`${c.row}|${c.column}`, c]));
    const most = Math.max(1, ...matrix.cells.map((c) => c.count));
    const body = element("tbody");
    for (const row of matrix.rows) {
      const tr = element("tr");
      const th = element("th");
      th.append(place(row));
      th.scope = "row";
      tr.append(th);
      for (const column of matrix.columns) {
        const cell = at.get(`${row.id}|${column.id}`);
        tr.append(cell ? matrixCell(cell, row.name, column.name, most) : element("td", null, "empty"));
      }
      body.append(tr);
    }
    const thead = element("thead");
    thead.append(head);
    table.replaceChildren(thead, body);
    if (!matrix.cells.length) table.append(element("caption", "No partnering provinces in this period or topic."));
  }

  let matrixShown = false;
  const matrixTurn = page.latestOnly();
  const loadMatrix = () =>
    asking(async () => {
      const current = matrixTurn();
      const params = matrixParams();
      const matrix = await source.get("api/partnerships", params);
      if (!current()) return;
      matrixShown = true;
      fillTopics(matrix);
      csvLink(params);
      drawMatrix(matrix);
      remember({ merged: params.merged, topic: params.topic });
    });

  function item(title, entries, cited) {
    const section = element("section", null, "relation");
    section.append(element("h4", title), page.facts(entries), page.evidenceOf(cited));
    return section;
  }

  function openCell(cell, rowName, columnName) {
    const params = { ...matrixParams(), row: cell.row, column: cell.column };
    return asking(async () => {
      const answer = await source.get("api/partnerships/pair", params);
      page.showPanel(() => {
        const panel = page.panel;
        panel.replaceChildren(
          element("h2", `${rowName} × ${columnName}`),
          element("p", `${cell.count} agreements and meetings · ${span(cell.first_date, cell.last_date)}`, "meta"),
        );
        if (cell.merged_from.length) panel.append(element("p", `Counting ${cell.merged_from.join(", ")}`, "meta"));
        panel.append(element("h3", `Agreements (${answer.agreements.length})`));
        for (const a of answer.agreements) {
          const period = a.period_start ? span(a.period_start, a.period_end) : null;
          const entries = [["type", a.agreement_type], ["signed", a.date], ["period", period], ["parties", names(a.parties)]];
          panel.append(item(a.title || a.name, entries, a));
        }
        panel.append(element("h3", `Meetings (${answer.events.length})`));
        for (const e of answer.events) {
          const entries = [["kind", e.event_type], ["date", span(e.date, e.end_date || e.date)], ["place", names(e.places)]];
          panel.append(item(e.title || e.name, [...entries, ["with", names(e.participants)]], e));
        }
        if (!answer.agreements.length && !answer.events.length) {
          panel.append(element("h3", "Stated in"));
          if (answer.cell) panel.append(page.evidenceOf(answer.cell));
        }
      });
    });
  }

  // ---- coverage gaps ---------------------------------------------------------------------------------

  const quietSince = $("quiet-since");
  quietSince.value = url.get("quiet_since") || "";

  function gapList(title, entries) {
    const section = element("section", null, "gap");
    section.append(element("h3", `${title} (${entries.length})`));
    const list = element("ul");
    for (const [what, note] of entries) {
      const li = element("li");
      li.append(what);
      if (note) li.append(" ", element("span", note, "hint"));
      list.append(li);
    }
    section.append(list);
    return section;
  }

  const gapsTurn = page.latestOnly();
  const loadGaps = () =>
    asking(async () => {
      const current = gapsTurn();
      const gaps = await source.get("api/gaps", { merged: merged.checked ? "true" : "", quiet_since: quietSince.value });
      if (!current()) return;
      quietSince.value = gaps.quiet_since;
      // A province no article names has no network to open.
      const province = (g) => (g.in_graph ? [place(g.province), null] : [g.province.name, "(in no article)"]);
      $("gaps-lists").replaceChildren(
        gapList(
          "Border provinces with no Lao partner",
          gaps.border_without_partner.map(province),
        ),
        gapList(
          "Lao provinces with no Vietnamese partner",
          gaps.lao_without_partner.map(province),
        ),
      );
      $("gaps-quiet").replaceChildren(
        gapList(
          `Gone quiet: nothing since ${gaps.quiet_since}`,
          gaps.gone_quiet.map((q) => [`${q.row.name} × ${q.column.name}`, `last ${q.last_date || "undated"}`]),
        ),
      );
    });

  merged.addEventListener("change", () => Promise.all([loadMatrix(), loadGaps()]));
  topic.addEventListener("change", loadMatrix);
  quietSince.addEventListener("change", () => {
    remember({ quiet_since: quietSince.value });
    loadGaps();
  });

  page.addView("matrix", {
    show: () => (matrixShown ? undefined : Promise.all([loadMatrix(), loadGaps()])),
    periodChanged: loadMatrix,
  });

  // ---- an official's timeline ------------------------------------------------------------------------

  let person = url.get("person");

  function engagement(entry) {
    const li = element("li", null, "engagement");
    li.dataset.kind = entry.kind;
    li.append(element("time", entry.date || "undated"));
    if (entry.kind === "event") {
      li.dataset.id = entry.event.id;
      li.append(
        element("h3", entry.event.title || entry.event.name),
        page.facts([
          ["kind", entry.event.event_type],
          ["role", entry.roles.join(", ")],
          ["place", names(entry.places)],
          ["with", entry.counterparts.map((c) => c.node.name).join(", ")],
        ]),
      );
    } else if (entry.kind === "agreement") {
      li.dataset.id = entry.agreement.id;
      li.append(
        element("h3", `Signed: ${entry.agreement.title || entry.agreement.name}`),
        page.facts([
          ["parties", names(entry.parties)],
          ["signed with", names(entry.co_signers)],
          ["at", names(entry.signed_at)],
        ]),
      );
    } else {
      li.dataset.id = entry.organization.id;
      li.append(
        element("h3", [entry.title, entry.organization.name].filter(Boolean).join(", ")),
        page.facts([["reported", span(entry.first_reported, entry.last_reported || entry.first_reported)]]),
      );
    }
    li.append(page.evidenceOf(entry));
    return li;
  }

  const timelineTurn = page.latestOnly();
  const loadTimeline = () =>
    asking(async () => {
      const current = timelineTurn();
      $("timeline-hint").hidden = Boolean(person);
      if (!person) return;
      const path = `api/people/${encodeURIComponent(person)}/engagements`;
      const answer = await source.get(path, page.period.params());
      if (!current()) return;
      $("timeline-person").textContent = answer.person.name;
      const list = $("timeline");
      list.replaceChildren(...answer.timeline.map(engagement));
      if (!answer.timeline.length) list.append(element("li", "Nothing in this period.", "empty"));
    });

  page.openTimeline = (id) => {
    person = id;
    remember({ person: id });
    return page.show("timeline");
  };
  page.addView("timeline", { show: loadTimeline, periodChanged: loadTimeline });
})();
