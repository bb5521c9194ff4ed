// The page: its three views (the network, network.js; the partnership matrix and an official's timeline,
// views.js), the period they all follow (period.js), where the data comes from (sources.js), and the side
// panel where evidence is read. This file holds what they share, as `window.vilaoPage`; it loads first.
//
// Every name, title and quote comes from news articles, so these files write them only through textContent,
// attribute properties and vis-network labels (drawn on a canvas), never as HTML.
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const config = JSON.parse($("vilao-config").textContent);
  const url = new URLSearchParams(location.search);

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

  // Answers can come back out of order when the period slider moves a year per key press: a view shows the
  // answer to the last question it asked, not the last answer to arrive.
  function latestOnly() {
    let asked = 0;
    return () => {
      const mine = ++asked;
      return () => mine === asked;
    };
  }

  function showError(error) {
    const box = $("error");
    box.hidden = !error;
    box.textContent = error ? error.message : "";
  }

  // The address keeps the whole view, to share or reload it; each part writes its own keys.
  function remember(updates) {
    if (!page.source.live) return;
    const params = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(updates)) {
      if (value === null || value === undefined || value === "") params.delete(key);
      else params.set(key, String(value));
    }
    history.replaceState(null, "", `?${params}`);
  }

  // ---- the side panel ----------------------------------------------------------------------------

  const panel = $("panel");

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
    const title = page.source.documentTitle(evidence.doc_id);
    const href = page.source.documentUrl(evidence.doc_id);
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
    if (total > cited.evidence.length && page.source.evidence) {
      const more = button(`All the evidence (${total} lines)`, "more-evidence", async () => {
        more.disabled = true;
        try {
          const lines = await page.source.evidence(cited.evidence_edges);
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
      list.append(element("dt", key), element("dd", Array.isArray(value) ? value.join("; ") : value));
    }
    return list;
  }

  // A document, its evidence sentence marked: the text before, the sentence, the text after.
  async function showDocument(evidence) {
    const again = panelBack || (() => panel.replaceChildren());
    panel.replaceChildren(button("← back", "back", again), element("p", "Loading the document…", "hint"));
    try {
      const doc = await page.source.document(evidence.doc_id);
      const text = element("div", null, "document-text");
      const mark = element("mark", evidence.quote);
      if (doc.text.slice(evidence.start, evidence.end) === evidence.quote) {
        text.append(doc.text.slice(0, evidence.start), mark, doc.text.slice(evidence.end));
      } else {
        text.append(mark, "\n\n", doc.text); // the span no longer fits the text: quote, then the whole
      }
      const raw = element("a", "the document as JSON");
      raw.href = page.source.documentUrl(evidence.doc_id);
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

  // ---- the views -----------------------------------------------------------------------------------

  const views = {};
  let current = null;

  const page = {
    config,
    url,
    PageError,
    element,
    button,
    busy,
    latestOnly,
    showError,
    remember,
    panel,
    showPanel,
    quote,
    evidenceOf,
    facts,
    source: null, // set by sources.js
    embedded: null, // the data a `vilao viz` file holds, set by sources.js
    period: null, // set by period.js
    openTimeline: null, // set by views.js
    focusNetwork: null, // set by network.js
    addView(name, view) {
      views[name] = view; // {show, periodChanged}: what to do when shown, and when the period moves
    },
    // A view shown after the period moved asks again; one shown before keeps what it has.
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

  // Scripts run before DOMContentLoaded: by then every view is registered and the sources are known.
  document.addEventListener("DOMContentLoaded", () =>
    busy(async () => {
      $("mode").textContent = page.source.describe();
      page.period.onChange(() => {
        for (const [name, view] of Object.entries(views)) {
          if (name === current) view.periodChanged();
          else view.stale = true;
        }
      });
      await page.period.start();
      await page.show(url.get("view") || "network");
    }),
  );
})();
