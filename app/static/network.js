// The network page: search, focus, filter and widen the graph; the evidence of what is selected.
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

  // ---- where the data comes from -------------------------------------------------------------

  function apiSource() {
    async function get(path, params) {
      const url = new URL(path, document.baseURI);
      for (const [key, value] of Object.entries(params || {})) {
        if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
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
      describe: () => "live: the vilao service",
      search: (q) => get("api/search", { q, limit: 12 }).then((body) => body.matches),
      graph: (params) =>
        get("api/graph", { ...params, kinds: params.kinds.join(","), limit: config.limit || undefined }),
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

    return {
      live: false,
      describe: () => `offline copy written by vilao viz on ${data.written}`,
      search: async (q) => search(q),
      graph: async (p) => graph(p),
      document: null,
      documentUrl: () => null,
      documentTitle: (id) => (data.documents[id] || {}).title || null,
    };
  }

  const source = embedded ? embeddedSource(embedded) : apiSource();

  // ---- the controls ----------------------------------------------------------------------------

  const url = new URLSearchParams(location.search);
  const controls = { depth: $("depth"), since: $("since"), until: $("until"), kinds: new Map() };
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
  controls.since.value = url.get("since") || "";
  controls.until.value = url.get("until") || "";
  if (/^\d+$/.test(url.get("limit") || "")) config.limit = Number(url.get("limit"));

  function viewParams(focus, depth) {
    return {
      focus: focus || undefined,
      depth: depth ?? Number(controls.depth.value),
      kinds: [...controls.kinds].filter(([, box]) => box.checked).map(([name]) => name),
      since: controls.since.checkValidity() ? controls.since.value.trim() : "",
      until: controls.until.checkValidity() ? controls.until.value.trim() : "",
    };
  }

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

  const state = { focus: null, truncated: false, selected: null };

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

  function showError(error) {
    const box = $("error");
    box.hidden = !error;
    box.textContent = error ? error.message : "";
  }

  async function load(focus) {
    document.body.dataset.state = "loading";
    try {
      const answer = await graphOf(focus);
      showError(null);
      state.focus = answer.focus || null;
      state.truncated = answer.truncated;
      state.limit = answer.limit;
      nodes.clear();
      edges.clear();
      nodes.add(answer.nodes.map((n) => visNode(n)));
      edges.add(answer.edges.map(visEdge));
      if (source.live) remember();
      showStatus();
      if (state.focus) showNode(state.focus.id);
      await settle();
    } catch (error) {
      showError(error);
    }
    document.body.dataset.state = "ready";
  }

  // Double-click: the node's own neighbourhood, one step, merged into what is shown.
  async function widen(id) {
    document.body.dataset.state = "loading";
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
    document.body.dataset.state = "ready";
  }

  function remember() {
    const params = new URLSearchParams();
    if (state.focus) params.set("focus", state.focus.id);
    const view = viewParams();
    params.set("depth", String(view.depth));
    const defaults = KINDS.filter((k) => k.shown).map((k) => k.name);
    if (view.kinds.join(",") !== defaults.join(",")) params.set("kinds", view.kinds.join(","));
    if (view.since) params.set("since", view.since);
    if (view.until) params.set("until", view.until);
    if (config.limit) params.set("limit", String(config.limit));
    history.replaceState(null, "", `?${params}`);
  }

  // ---- the side panel ----------------------------------------------------------------------------

  const panel = $("panel");

  function nameOf(id) {
    const shown = nodes.get(id);
    return shown ? shown.record.name : id;
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

  function showNode(id) {
    const shown = nodes.get(id);
    if (!shown) return;
    const node = shown.record;
    state.selected = { node: id };
    const parts = [node.kind, node.country, node.date].filter(Boolean).join(" · ");
    const mine = edges.get({ filter: (e) => e.from === id || e.to === id });
    panel.replaceChildren(
      element("h2", node.name),
      element("p", parts, "meta"),
      element("p", node.id, "meta"),
      element("div", null, "actions"),
      element("h3", `Relations shown (${mine.length})`),
    );
    panel.querySelector(".actions").append(
      button("Focus here", null, () => load(id)),
      button("Widen", null, () => widen(id)),
    );
    for (const { record: edge } of mine) {
      const section = element("section", null, "relation");
      const head = element("p", null, "relation-head");
      const outgoing = edge.source === id;
      head.append(element("span", outgoing ? `${edge.type} →` : `← ${edge.type}`, "relation-type"), " ");
      head.append(nodeLink(outgoing ? edge.target : edge.source));
      section.append(head, facts(Object.entries(edge.props)));
      for (const evidence of edge.evidence) section.append(quote(evidence));
      panel.append(section);
    }
  }

  function showEdge(id) {
    const shown = edges.get(id);
    if (!shown) return;
    const edge = shown.record;
    state.selected = { edge: id };
    const ends = element("p", null, "meta");
    ends.append(nodeLink(edge.source), " → ", nodeLink(edge.target));
    panel.replaceChildren(element("h2", edge.type), ends, facts(Object.entries(edge.props)));
    panel.append(element("h3", `Evidence (${edge.evidence.length})`));
    for (const evidence of edge.evidence) panel.append(quote(evidence));
  }

  // A document, its evidence sentence marked: the text before, the sentence, the text after.
  async function showDocument(evidence) {
    const back = state.selected;
    const again = () => (back && back.edge ? showEdge(back.edge) : back && showNode(back.node));
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
        load(match.node.id);
      });
      pick.dataset.id = match.node.id;
      const where = [match.node.kind, match.node.country].filter(Boolean).join(" · ");
      pick.append(element("strong", match.node.name), element("span", where, "hint"));
      item.append(pick);
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

  // ---- start -------------------------------------------------------------------------------------

  const reload = () => load(state.focus ? state.focus.id : null);
  controls.depth.addEventListener("change", reload);
  for (const box of controls.kinds.values()) box.addEventListener("change", reload);
  for (const input of [controls.since, controls.until]) {
    input.addEventListener("change", () => input.checkValidity() && reload());
  }
  $("mode").textContent = source.describe();
  const initial = url.get("focus") || (embedded && embedded.focus ? embedded.focus.id : null);
  load(initial || null);
})();
