// The network view: search a name, focus, filter and widen the graph around it, and read the evidence of
// a node or a line in the side panel. Page-wide helpers come from page.js (`window.vilaoPage`).
(function () {
  "use strict";

  const page = window.vilaoPage;
  const { config, source, url, element, button, busy, showError, remember, panel, showPanel, evidenceOf, PageError } =
    page;
  const $ = (id) => document.getElementById(id);
  const KINDS = config.kinds; // [{name, colour, shape, shown}]
  const KIND = Object.fromEntries(KINDS.map((k) => [k.name, k]));
  const embedded = page.embedded;
  const period = page.period;

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
  const initial = url.get("focus") || (embedded && embedded.focus ? embedded.focus.id : null);
  if (initial) state.focus = { id: initial }; // named in the address or the file: loaded when the view is shown

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

  const loadTurn = page.latestOnly();
  function load(focus) {
    state.loaded = true;
    const current = loadTurn();
    return busy(async () => {
      try {
        const answer = await graphOf(focus);
        if (!current()) return;
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

  function nameOf(id) {
    const shown = nodes.get(id);
    return shown ? shown.record.name : id;
  }

  // An edge's properties, the ids they list named as the view names them.
  const facts = (entries) =>
    page.facts(entries.map(([key, value]) => [key, Array.isArray(value) ? value.map((v) => (nodes.get(v) ? nameOf(v) : v)) : value]));

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

  // ---- the network as a view of the page ---------------------------------------------------------

  const reload = () => load(state.focus ? state.focus.id : null);
  page.addView("network", {
    show: () => {
      if (!state.loaded) return reload();
      network.redraw();
      network.fit({ animation: false });
      return undefined;
    },
    periodChanged: reload,
  });
  page.focusNetwork = (id) => {
    state.focus = { id };
    state.loaded = false;
    return page.show("network");
  };
  controls.depth.addEventListener("change", reload);
  for (const box of controls.kinds.values()) box.addEventListener("change", reload);
})();
