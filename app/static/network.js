// The network page: search, focus, filter and widen the graph; the evidence of what is selected; the period
// every view follows. views.js adds the partnership matrix, the coverage gaps and an official's timeline
// through `window.vilaoPage`.
//
// Every name, title and quote comes from news articles, so this file writes them only through
// textContent, attribute properties and vis-network labels (drawn on a canvas), never as HTML.
// Data comes from the HTTP API (`vilao serve`) or, in a file written by `vilao viz`, from the JSON
// embedded in the page; both answer the same three questions: search, graph, document.
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const config = JSON.parse($("vilao-config").textContent);
  const KINDS = config.kinds; // [{name, colour, shape, shown}]
  const KIND = Object.fromEntries(KINDS.map((k) => [k.name, k]));
  const embedded = $("vilao-data") ? JSON.parse($("vilao-data").textContent) : null;

  class PageError extends Error {
    constructor(message, names) {
      super(names && names.length ? `${message}. Did you mean: ${names.join("; ")}?` : message);
    }
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(text, className, onClick) {
    const node = element("button", text, className);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  // The page is "loading" while any view waits for an answer, "ready" once all have answered.
  let pending = 0;
  async function busy(work) {
    pending += 1;
    document.body.dataset.state = "loading";
    try {
      return await work();
    } finally {
      pending -= 1;
      if (pending === 0) document.body.dataset.state = "ready";
    }
  }

  function showError(error) {
    const box = $("error");
    box.hidden = !error;
    box.textContent = error ? error.message : "";
  }

  // ---- where the data comes from -------------------------------------------------------------

  function apiSource() {
    async function get(path, params) {
      const url = new URL(path, document.baseURI);
      for (const [key, value] of Object.entries(params || {})) {
        for (const one of Array.isArray(value) ? value : [value]) {
          if (one !== null && one !== undefined && one !== "") url.searchParams.append(key, one);
        }
      }
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        const detail = typeof body.detail === "string" ? body.detail : `${response.status} ${response.statusText}`;
        throw new PageError(detail, body.suggestions || body.candidates);
      }
      return body;
    }
    const documentPath = (id) => `api/documents/${encodeURIComponent(id)}`;
    return {
      live: true,
      get,
      describe: () => "live: the vilao service",
      search: (q) => get("api/search", { q, limit: 12 }).then((body) => body.matches),
      graph: (params) =>
        get("api/graph", { ...params, kinds: params.kinds.join(","), limit: config.limit || undefined }),
      years: () => get("api/stats").then((body) => body.by_year.map((y) => Number(y.year))),
      entity: (id) => get(`api/entities/${encodeURIComponent(id)}`),
      evidence: (edges) => get("api/evidence", { edge: edges, limit: 1000 }).then((body) => body.evidence),
      document: (id) => get(documentPath(id)),
      documentUrl: (id) => new URL(documentPath(id), document.baseURI).href,
      documentTitle: () => null,
    };
  }

  // The same filters as queries/subgraph.py and queries/dates.py, over the data a `vilao viz` file holds.
  function embeddedSource(data) {
    const nodes = new Map(data.nodes.map((n) => [n.id, n]));
    const touching = new Map();
    for (const edge of data.edges) {
      for (const end of [edge.source, edge.target]) {
        if (!touching.has(end)) touching.set(end, []);
        touching.get(end).push(edge);
      }
    }
    const fold = (text) =>
      text
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D")
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .join(" ");
    const within = (date, since, until) => {
      if (!since && !until) return true;
      if (!date) return false;
      if (since) {
        const n = Math.min(date.length, since.length);
        if (date.slice(0, n) < since.slice(0, n)) return false;
      }
      if (until) {
        const n = Math.min(date.length, until.length);
        if (date.slice(0, n) > until.slice(0, n)) return false;
      }
      return true;
    };
    const dated = new Set(config.dated_kinds);
    const keeps = (node, p) =>
      p.kinds.includes(node.kind) && (!dated.has(node.kind) || within(node.date, p.since, p.until));

    function search(q) {
      const query = fold(q);
      if (!query) return [];
      const words = query.split(" ");
      const found = [];
      for (const node of nodes.values()) {
        const name = fold(node.name);
        const score = name === query ? 100 : name.startsWith(query) ? 90 : name.includes(query) ? 80 : 0;
        const all = words.every((w) => name.includes(w));
        if (score || all) found.push({ node, score: score || 70, matched: node.name });
      }
      found.sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name));
      return found.slice(0, 12);
    }

    function graph(p) {
      let start = null;
      if (p.focus) {
        start = nodes.get(p.focus) || (search(p.focus)[0] || {}).node;
        if (!start) throw new PageError(`nothing in this file is named '${p.focus}'`);
      }
      const depths = new Map();
      if (start) {
        depths.set(start.id, 0);
        let frontier = [start.id];
        for (let step = 1; step <= p.depth && frontier.length; step++) {
          const next = [];
          for (const id of frontier) {
            for (const edge of touching.get(id) || []) {
              const other = edge.source === id ? edge.target : edge.source;
              const node = nodes.get(other);
              if (!depths.has(other) && node && keeps(node, p)) {
                depths.set(other, step);
                next.push(other);
              }
            }
          }
          frontier = next;
        }
      } else {
        for (const node of nodes.values()) if (keeps(node, p)) depths.set(node.id, node.depth);
      }
      return {
        focus: start,
        nodes: [...depths].map(([id, depth]) => ({ ...nodes.get(id), depth })),
        edges: data.edges.filter((e) => depths.has(e.source) && depths.has(e.target)),
        truncated: data.truncated,
        limit: data.limit,
      };
    }

    const years = [...new Set(data.nodes.filter((n) => /^\d{4}/.test(n.date || "")).map((n) => Number(n.date.slice(0, 4))))];
    return {
      live: false,
      describe: () => `offline copy written by vilao viz on ${data.written}`,
      search: async (q) => search(q),
      graph: async (p) => graph(p),
      years: async () => years,
      entity: null,
      evidence: null,
      document: null,
      documentUrl: () => null,
      documentTitle: (id) => (data.documents[id] || {}).title || null,
    };
  }

  const source = embedded ? embeddedSource(embedded) : apiSource();
  const url = new URLSearchParams(location.search);

  // The address keeps the whole view, to share or reload it; each part writes its own keys.
  function remember(updates) {
    if (!source.live) return;
    const params = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(updates)) {
      if (value === null || value === undefined || value === "") params.delete(key);
      else params.set(key, String(value));
    }
    history.replaceState(null, "", `?${params}`);
  }

  // ---- the period: one range of months for every view ------------------------------------------

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
      label.textContent = whole() ? "all dates" : `${since()} – ${until()}`;
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
      const known = await source.years().catch(() => []);
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

  // ---- the network's controls ------------------------------------------------------------------

  const controls = { depth: $("depth"), kinds: new Map() };
  for (const kind of KINDS) {
    const label = element("label");
    const box = element("input");
    box.type = "checkbox";
    box.value = kind.name;
    box.checked = kind.shown;
    const swatch = element("span", null, "swatch");
    swatch.style.background = kind.colour;
    label.append(box, swatch, element("span", kind.name));
    $("kinds").append(label);
    controls.kinds.set(kind.name, box);
  }
  if (embedded) controls.depth.value = String(Math.min(Math.max(embedded.depth, 1), 3));
  if (["1", "2", "3"].includes(url.get("depth"))) controls.depth.value = url.get("depth");
  if (url.get("kinds")) {
    const wanted = url.get("kinds").split(",");
    for (const [name, box] of controls.kinds) box.checked = wanted.includes(name);
  }
  if (/^\d+$/.test(url.get("limit") || "")) config.limit = Number(url.get("limit"));

  function chosenKinds() {
    return [...controls.kinds].filter(([, box]) => box.checked).map(([name]) => name);
  }

  function viewParams(focus, depth) {
    return {
      focus: focus || undefined,
      depth: depth ?? Number(controls.depth.value),
      kinds: chosenKinds(),
      ...period.params(),
    };
  }

  // Provinces alone and no focus: Vietnam's on the left, Laos's on the right, partners across.
  const provincesOnly = () => !state.focus && chosenKinds().join(",") === "Province";

  // ---- the graph -------------------------------------------------------------------------------

  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const network = new vis.Network(
    $("network"),
    { nodes, edges },
    {
      autoResize: true,
      layout: { improvedLayout: false },
      interaction: { hover: true, multiselect: false, navigationButtons: false, keyboard: false },
      physics: {
        enabled: true,
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -80, springLength: 140, avoidOverlap: 0.5 },
        stabilization: false,
      },
      nodes: {
        size: 14,
        borderWidth: 1,
        font: { size: 13, face: "system-ui, sans-serif", color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" },
        widthConstraint: { maximum: 170 },
      },
      edges: {
        color: { color: "#9aa5b1", highlight: "#1f3a5f", hover: "#52606d" },
        smooth: false, // straight lines: quiet to read, and a click on the middle hits the line
        arrows: { to: { enabled: true, scaleFactor: 0.5 } },
        selectionWidth: 2,
        hoverWidth: 1,
      },
    },
  );
  window.vilaoNetwork = network; // for the browser tests and the curious: positions, selection

  const state = { focus: null, truncated: false, selected: null, loaded: false };

  function edgeId(edge) {
    const qualifier = edge.props.role || edge.props.title || "";
    return `${edge.source}|${edge.type}|${qualifier}|${edge.target}`;
  }

  function visNode(node, near) {
    const kind = KIND[node.kind] || { colour: "#7b8794", shape: "dot" };
    const isFocus = state.focus && node.id === state.focus.id;
    const shown = {
      id: node.id,
      label: node.name,
      shape: kind.shape,
      size: isFocus ? 22 : 14,
      borderWidth: isFocus ? 4 : 1,
      color: {
        background: kind.colour,
        border: isFocus ? "#1f2933" : kind.colour,
        highlight: { background: kind.colour, border: "#1f2933" },
        hover: { background: kind.colour, border: "#1f2933" },
      },
      record: node,
    };
    if (near) Object.assign(shown, { x: near.x + (Math.random() - 0.5) * 80, y: near.y + (Math.random() - 0.5) * 80 });
    return shown;
  }

  function inColumns(shown) {
    const sides = { VN: [], LA: [] };
    for (const node of shown) (node.record.country === "LA" ? sides.LA : sides.VN).push(node);
    for (const [side, column] of Object.entries(sides)) {
      column.sort((a, b) => a.label.localeCompare(b.label, "vi"));
      column.forEach((node, i) => Object.assign(node, { x: side === "LA" ? 320 : -320, y: i * 56, fixed: true }));
    }
    return shown;
  }

  function visEdge(edge) {
    const partners = edge.type === config.partners_type;
    return {
      id: edgeId(edge),
      from: edge.source,
      to: edge.target,
      width: Math.min(1 + edge.evidence.length * 0.5, 4),
      dashes: partners,
      arrows: partners ? { to: { enabled: false } } : undefined,
      color: partners ? { color: "#3e7cb1" } : undefined,
      record: edge,
    };
  }

  async function graphOf(focus, depth) {
    const params = viewParams(focus, depth);
    if (!params.kinds.length) throw new PageError("Choose at least one kind of node to show");
    return source.graph(params);
  }

  function settle() {
    return new Promise((resolve) => {
      if (nodes.length === 0) return resolve();
      if (provincesOnly()) {
        network.setOptions({ physics: { enabled: false } });
        network.fit({ animation: false });
        return resolve();
      }
      network.once("stabilizationIterationsDone", () => {
        // A still picture: nothing drifts away from the pointer; widening lays out the new nodes again.
        network.setOptions({ physics: { enabled: false } });
        network.fit({ animation: false });
        resolve();
      });
      network.setOptions({ physics: { enabled: true } });
      network.stabilize(250);
    });
  }

  function showStatus() {
    const status = $("status");
    status.dataset.nodes = String(nodes.length);
    status.dataset.edges = String(edges.length);
    const around = state.focus ? ` around ${state.focus.name}` : "";
    status.textContent = `${nodes.length} nodes, ${edges.length} edges${around}`;
    const truncated = $("truncated");
    truncated.hidden = !state.truncated;
    truncated.textContent = state.truncated
      ? `Only part of the graph is shown: the service stops at ${state.limit} nodes per view. ` +
        "Narrow it with fewer kinds, a period or a smaller depth."
      : "";
  }

  function load(focus) {
    state.loaded = true;
    return busy(async () => {
      try {
        const answer = await graphOf(focus);
        showError(null);
        state.focus = answer.focus || null;
        state.truncated = answer.truncated;
        state.limit = answer.limit;
        nodes.clear();
        edges.clear();
        const shown = answer.nodes.map((n) => visNode(n));
        nodes.add(provincesOnly() ? inColumns(shown) : shown);
        edges.add(answer.edges.map(visEdge));
        rememberNetwork();
        showStatus();
        if (state.focus) showNode(state.focus.id);
        await settle();
      } catch (error) {
        showError(error);
      }
    });
  }

  // Double-click: the node's own neighbourhood, one step, merged into what is shown.
  function widen(id) {
    return busy(async () => {
      try {
        const answer = await graphOf(id, 1);
        showError(null);
        const near = network.getPosition(id);
        nodes.update(answer.nodes.filter((n) => !nodes.get(n.id)).map((n) => visNode(n, near)));
        edges.update(answer.edges.map(visEdge));
        state.truncated = state.truncated || answer.truncated;
        state.limit = answer.limit;
        showStatus();
        await settle();
        network.selectNodes([id]);
        showNode(id);
      } catch (error) {
        showError(error);
      }
    });
  }

  function rememberNetwork() {
    const view = viewParams();
    const defaults = KINDS.filter((k) => k.shown).map((k) => k.name);
    remember({
      focus: state.focus ? state.focus.id : null,
      depth: String(view.depth),
      kinds: view.kinds.join(",") !== defaults.join(",") ? view.kinds.join(",") : null,
      limit: config.limit || null,
    });
  }

  // ---- the side panel ----------------------------------------------------------------------------

  const panel = $("panel");

  function nameOf(id) {
    const shown = nodes.get(id);
    return shown ? shown.record.name : id;
  }

  // What the panel showed before a document was opened over it, to go back to.
  let panelBack = null;

  function showPanel(render) {
    panelBack = render;
    render();
  }

  function quote(evidence) {
    const block = element("blockquote", null, "evidence");
    block.append(element("p", evidence.quote));
    const cite = element("cite");
    const title = source.documentTitle(evidence.doc_id);
    const href = source.documentUrl(evidence.doc_id);
    if (href) {
      const link = element("a", evidence.doc_id);
      link.href = href;
      link.addEventListener("click", (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return; // the raw JSON in a new tab
        event.preventDefault();
        showDocument(evidence);
      });
      cite.append("— ", link);
    } else {
      cite.append(`— ${title ? `${title} (${evidence.doc_id})` : evidence.doc_id}`);
    }
    block.append(cite);
    return block;
  }

  // The quotes an answer shows (its first few), and the rest on demand: `evidence_total` says how many there are.
  function evidenceOf(cited) {
    const block = element("div", null, "quotes");
    block.append(...cited.evidence.map(quote));
    const total = cited.evidence_total ?? cited.evidence.length;
    if (total > cited.evidence.length && source.evidence) {
      const more = button(`All the evidence (${total} lines)`, "more-evidence", async () => {
        more.disabled = true;
        try {
          const lines = await source.evidence(cited.evidence_edges);
          // A sentence behind several of the edges is shown once.
          const once = new Map(lines.map((line) => [`${line.doc_id}|${line.start}|${line.end}`, line]));
          block.replaceChildren(...[...once.values()].map(quote));
        } catch (error) {
          more.replaceWith(element("p", error.message, "hint"));
        }
      });
      block.append(more);
    }
    return block;
  }

  function facts(entries) {
    const list = element("dl");
    for (const [key, value] of entries) {
      if (value === null || value === undefined || value === "") continue;
      const text = Array.isArray(value) ? value.map((v) => (nodes.get(v) ? nameOf(v) : v)).join("; ") : value;
      list.append(element("dt", key), element("dd", text));
    }
    return list;
  }

  function nodeLink(id) {
    return button(nameOf(id), "link-like", () => {
      network.selectNodes([id]);
      showNode(id);
    });
  }

  // Why the reports of a node are one node: the rule, the key, the articles that report it.
  function identitySection(identity) {
    const section = element("section", null, "identity");
    section.append(element("h3", "Why one node"), element("p", identity.rule));
    if (identity.key) section.append(facts([["key", identity.key]]));
    if (identity.documents) {
      const reports = identity.documents.length;
      section.append(element("p", `${identity.mentions} mentions in ${reports} article${reports === 1 ? "" : "s"}:`, "hint"));
      const list = element("ul", null, "reports");
      for (const doc of identity.documents) list.append(element("li", `${doc.name} (${doc.id})`));
      section.append(list);
    }
    return section;
  }

  async function addIdentity(id, place) {
    try {
      const answer = await source.entity(id);
      if (answer.identity && state.selected && state.selected.node === id) place.replaceWith(identitySection(answer.identity));
    } catch (error) {
      place.replaceWith(element("p", error.message, "hint"));
    }
  }

  function showNode(id) {
    const shown = nodes.get(id);
    if (!shown) return;
    const node = shown.record;
    state.selected = { node: id };
    showPanel(() => {
      const parts = [node.kind, node.country, node.date].filter(Boolean).join(" · ");
      const mine = edges.get({ filter: (e) => e.from === id || e.to === id });
      const actions = element("div", null, "actions");
      actions.append(button("Focus here", null, () => load(id)), button("Widen", null, () => widen(id)));
      if (node.kind === "Person" && page.openTimeline) actions.append(button("Timeline", null, () => page.openTimeline(id)));
      panel.replaceChildren(element("h2", node.name), element("p", parts, "meta"), element("p", node.id, "meta"), actions);
      if (node.identity) {
        const place = identitySection({ rule: node.identity });
        panel.append(place);
        if (source.entity) addIdentity(id, place);
      }
      panel.append(element("h3", `Relations shown (${mine.length})`));
      for (const { record: edge } of mine) {
        const section = element("section", null, "relation");
        const head = element("p", null, "relation-head");
        const outgoing = edge.source === id;
        head.append(element("span", outgoing ? `${edge.type} →` : `← ${edge.type}`, "relation-type"), " ");
        head.append(nodeLink(outgoing ? edge.target : edge.source));
        section.append(head, facts(Object.entries(edge.props)));
        section.append(evidenceOf(edge));
        panel.append(section);
      }
    });
  }

  function showEdge(id) {
    const shown = edges.get(id);
    if (!shown) return;
    const edge = shown.record;
    state.selected = { edge: id };
    showPanel(() => {
      const ends = element("p", null, "meta");
      ends.append(nodeLink(edge.source), " → ", nodeLink(edge.target));
      panel.replaceChildren(element("h2", edge.type), ends, facts(Object.entries(edge.props)));
      panel.append(element("h3", `Evidence (${edge.evidence_total ?? edge.evidence.length})`), evidenceOf(edge));
    });
  }

  // A document, its evidence sentence marked: the text before, the sentence, the text after.
  async function showDocument(evidence) {
    const again = panelBack || (() => panel.replaceChildren());
    panel.replaceChildren(button("← back", "back", again), element("p", "Loading the document…", "hint"));
    try {
      const doc = await source.document(evidence.doc_id);
      const text = element("div", null, "document-text");
      const mark = element("mark", evidence.quote);
      if (doc.text.slice(evidence.start, evidence.end) === evidence.quote) {
        text.append(doc.text.slice(0, evidence.start), mark, doc.text.slice(evidence.end));
      } else {
        text.append(mark, "\n\n", doc.text); // the span no longer fits the text: quote, then the whole
      }
      const raw = element("a", "the document as JSON");
      raw.href = source.documentUrl(evidence.doc_id);
      const more = element("p", null, "hint");
      more.append(raw);
      panel.replaceChildren(
        button("← back", "back", again),
        element("h2", doc.title),
        element("p", [doc.published, doc.source, doc.id].filter(Boolean).join(" · "), "meta"),
        text,
        more,
      );
      mark.scrollIntoView({ block: "center" });
    } catch (error) {
      panel.replaceChildren(button("← back", "back", again), element("p", error.message, "hint"));
    }
  }

  network.on("click", (event) => {
    if (event.nodes.length) showNode(event.nodes[0]);
    else if (event.edges.length) showEdge(event.edges[0]);
  });
  network.on("doubleClick", (event) => {
    if (event.nodes.length) widen(event.nodes[0]);
  });

  // ---- search ------------------------------------------------------------------------------------

  const results = $("search-results");
  let asked = 0;

  async function search(text) {
    const ask = ++asked;
    if (!text.trim()) {
      results.hidden = true;
      return;
    }
    let matches;
    try {
      matches = await source.search(text.trim());
    } catch (error) {
      matches = [];
      showError(error);
    }
    if (ask !== asked) return; // a later search has answered meanwhile
    results.replaceChildren();
    for (const match of matches) {
      const item = element("li");
      const pick = button(null, null, () => {
        results.hidden = true;
        $("search").value = match.node.name;
        page.show("network");
        load(match.node.id);
      });
      pick.dataset.id = match.node.id;
      const where = [match.node.kind, match.node.country].filter(Boolean).join(" · ");
      pick.append(element("strong", match.node.name), element("span", where, "hint"));
      item.append(pick);
      if (match.node.kind === "Person" && page.openTimeline) {
        const timeline = button("Timeline", "to-timeline", () => {
          results.hidden = true;
          $("search").value = match.node.name;
          page.openTimeline(match.node.id);
        });
        timeline.dataset.timeline = match.node.id;
        item.append(timeline);
      }
      results.append(item);
    }
    if (!matches.length) results.append(element("li", "Nothing found", "empty"));
    results.hidden = false;
  }

  let typing = null;
  $("search").addEventListener("input", (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => search(event.target.value), 250);
  });
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search($("search").value);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") results.hidden = true;
  });

  // ---- presets -----------------------------------------------------------------------------------

  for (const preset of config.presets) {
    const choose = button(preset.label, "preset", () => {
      for (const [name, box] of controls.kinds) box.checked = preset.kinds.includes(name);
      load(preset.whole ? null : state.focus ? state.focus.id : null);
    });
    choose.dataset.preset = preset.name;
    $("presets").append(choose);
  }

  // ---- the views: the network here; the matrix and the timeline from views.js --------------------

  const reload = () => load(state.focus ? state.focus.id : null);
  const views = {
    network: {
      show: () => {
        if (!state.loaded) return reload();
        network.redraw();
        network.fit({ animation: false });
        return undefined;
      },
      periodChanged: reload,
    },
  };
  let current = "network";

  const page = {
    config,
    source,
    url,
    element,
    button,
    busy,
    showError,
    remember,
    quote,
    evidenceOf,
    facts,
    showPanel,
    period,
    panel,
    openTimeline: null, // set by views.js
    addView(name, view) {
      views[name] = view;
    },
    // A view shown after the period changed asks again; one shown before keeps what it has.
    show(name) {
      if (!views[name]) name = "network";
      current = name;
      document.body.dataset.view = name;
      for (const tab of document.querySelectorAll("#views [data-view]")) {
        tab.setAttribute("aria-selected", String(tab.dataset.view === name));
      }
      remember({ view: name === "network" ? null : name });
      const view = views[name];
      if (view.stale) {
        view.stale = false;
        return view.periodChanged();
      }
      return view.show();
    },
  };
  window.vilaoPage = page;

  for (const tab of document.querySelectorAll("#views [data-view]")) {
    tab.addEventListener("click", () => page.show(tab.dataset.view));
  }
  controls.depth.addEventListener("change", reload);
  for (const box of controls.kinds.values()) box.addEventListener("change", reload);
  period.onChange(() => {
    for (const [name, view] of Object.entries(views)) {
      if (name === current) view.periodChanged();
      else view.stale = true;
    }
  });

  $("mode").textContent = source.describe();

  // Scripts run before DOMContentLoaded: by then views.js has registered its views.
  document.addEventListener("DOMContentLoaded", () =>
    busy(async () => {
      await period.start();
      const initial = url.get("focus") || (embedded && embedded.focus ? embedded.focus.id : null);
      state.focus = initial ? { id: initial } : null;
      await page.show(url.get("view") || "network");
    }),
  );
})();
