// Where the page's data comes from: the HTTP API (`vilao serve`), or the JSON a file written by `vilao viz`
// embeds. Both answer search, graph, the years there is news of, and (the API alone) documents, evidence,
// entities and the questions of views.js.
(function () {
  "use strict";

  const page = window.vilaoPage;
  const { config, PageError } = page;

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

  const data = document.getElementById("vilao-data");
  page.embedded = data ? JSON.parse(data.textContent) : null;
  page.source = page.embedded ? embeddedSource(page.embedded) : apiSource();
})();
