/* kg explorer: filters, search, neighbourhood highlight and the details panel.
 * Every string that comes from the texts is put in the page with textContent
 * (never innerHTML), so a document can show markup but never run it. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var DIM_NODE = { background: "#e6e8ec", border: "#d5d8de", highlight: { background: "#e6e8ec", border: "#d5d8de" }, hover: { background: "#e6e8ec", border: "#d5d8de" } };
  var DIM_EDGE = { color: "#dcdfe4", highlight: "#dcdfe4", hover: "#dcdfe4", opacity: 0.5 };
  var EVIDENCE_SHOWN = 3;

  // ------------------------------------------------------------------ indexes
  var nodeById = {};
  var edgeById = {};
  var outEdges = {};
  var inEdges = {};
  var typeInfo = {};
  var relationInfo = {};
  DATA.types.forEach(function (t) { typeInfo[t.id] = t; });
  DATA.relations.forEach(function (r) { relationInfo[r.id] = r; });
  DATA.nodes.forEach(function (n) {
    nodeById[n.id] = n;
    outEdges[n.id] = [];
    inEdges[n.id] = [];
  });
  DATA.edges.forEach(function (e, i) {
    e.evidenceIndex = i;
    edgeById[e.id] = e;
    outEdges[e.from].push(e);
    inEdges[e.to].push(e);
  });
  var maxSupport = DATA.edges.reduce(function (m, e) { return Math.max(m, e.support || 1); }, 1);

  // ------------------------------------------------------------------ network
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return Object.assign({}, n, { font: Object.assign({}, n.font) });
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) {
    return Object.assign({}, e, { evidenceIndex: undefined });
  }));
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);

  var state = {
    typeOn: {},
    relationOn: {},
    minSupport: 1,
    hiddenNodes: {},
    hiddenEdges: {},
    dimNodes: {},
    dimEdges: {},
    dimmed: false,
    selected: null,
    // entities without relations are a block under the drawing: shown on request
    showIsolated: DATA.meta.isolated === DATA.nodes.length
  };
  DATA.types.forEach(function (t) { state.typeOn[t.id] = true; });
  DATA.relations.forEach(function (r) { state.relationOn[r.id] = true; });

  var api = window.kgExplorer = {
    network: network,
    nodes: nodes,
    edges: edges,
    data: DATA,
    state: state,
    ready: false,
    select: function (id) { selectNode(id, true); },
    search: findMatches
  };

  // ------------------------------------------------------------------ helpers
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // Search keys ignore case, width, spaces and the quotes / title marks around
  // names, so 十四五规划 finds “十四五”规划 and 意见 finds 《意见》.
  function normalise(s) {
    return String(s || "").normalize("NFKC").toLowerCase().replace(/[\s《》〈〉“”‘’"'「」『』]+/g, "");
  }

  function typeBadge(type) {
    var info = typeInfo[type] || { color: "#999", zh: "" };
    var b = el("span", "badge", (info.zh ? info.zh + " · " : "") + type);
    b.style.background = info.color;
    return b;
  }

  function relationBadge(relation) {
    var info = relationInfo[relation] || { color: "#777", zh: "" };
    var b = el("span", "rel-type", relation + (info.zh ? " " + info.zh : ""));
    b.style.background = info.color;
    return b;
  }

  function nodeLink(id) {
    var n = nodeById[id];
    var b = el("button", "link", n ? n.name : id);
    b.type = "button";
    b.title = n ? n.type : "";
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }

  // ------------------------------------------------------------------ filters
  function buildFilters() {
    var typeBox = document.getElementById("type-filters");
    DATA.types.forEach(function (t) {
      typeBox.appendChild(filterRow("type", t, "swatch"));
    });
    var relBox = document.getElementById("relation-filters");
    DATA.relations.forEach(function (r) {
      relBox.appendChild(filterRow("relation", r, "swatch line"));
    });
    var iso = document.getElementById("show-isolated");
    iso.checked = state.showIsolated;
    document.getElementById("isolated-count").textContent = String(DATA.meta.isolated);
    document.getElementById("isolated-row").classList.toggle("off", !iso.checked);
    if (!DATA.meta.isolated) document.getElementById("isolated-row").parentNode.hidden = true;
    iso.addEventListener("change", function () {
      state.showIsolated = iso.checked;
      document.getElementById("isolated-row").classList.toggle("off", !iso.checked);
      applyFilters();
    });
    var slider = document.getElementById("min-support");
    slider.max = String(maxSupport);
    slider.disabled = maxSupport <= 1;
    slider.addEventListener("input", function () {
      state.minSupport = parseInt(slider.value, 10) || 1;
      document.getElementById("min-support-value").textContent = String(state.minSupport);
      applyFilters();
    });
  }

  function filterRow(kind, item, swatchClass) {
    var label = el("label");
    label.dataset.kind = kind;
    label.dataset.value = item.id;
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset[kind] = item.id;
    var swatch = el("span", swatchClass);
    swatch.style.background = item.color;
    var name = el("span", "name", item.zh || item.id);
    if (item.zh) name.appendChild(el("small", null, item.id));
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(name);
    label.appendChild(el("span", "count", item.count));
    box.addEventListener("change", function () {
      (kind === "type" ? state.typeOn : state.relationOn)[item.id] = box.checked;
      label.classList.toggle("off", !box.checked);
      applyFilters();
    });
    return label;
  }

  function setFilter(kind, value, on) {
    var boxes = document.querySelectorAll("#" + kind + "-filters input");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].dataset[kind] === value) {
        boxes[i].checked = on;
        boxes[i].parentNode.classList.toggle("off", !on);
      }
    }
    (kind === "type" ? state.typeOn : state.relationOn)[value] = on;
  }

  function setIsolated(on) {
    state.showIsolated = on;
    document.getElementById("show-isolated").checked = on;
    document.getElementById("isolated-row").classList.toggle("off", !on);
  }

  function visibleIds() {
    return DATA.nodes.filter(function (n) { return !state.hiddenNodes[n.id]; }).map(function (n) { return n.id; });
  }

  function fitVisible(animate) {
    var ids = visibleIds();
    network.fit(Object.assign({ nodes: ids.length ? ids : DATA.nodes.map(function (n) { return n.id; }) },
      animate ? { animation: { duration: 400 } } : {}));
  }

  function applyFilters() {
    var nodeUpdates = [];
    var edgeUpdates = [];
    DATA.nodes.forEach(function (n) {
      var hidden = !state.typeOn[n.type] || (n.isolated && !state.showIsolated);
      if (!!state.hiddenNodes[n.id] !== hidden) {
        state.hiddenNodes[n.id] = hidden;
        nodeUpdates.push({ id: n.id, hidden: hidden });
      }
    });
    DATA.edges.forEach(function (e) {
      var hidden = !state.relationOn[e.relation] || (e.support || 1) < state.minSupport ||
        state.hiddenNodes[e.from] || state.hiddenNodes[e.to];
      hidden = !!hidden;
      if (!!state.hiddenEdges[e.id] !== hidden) {
        state.hiddenEdges[e.id] = hidden;
        edgeUpdates.push({ id: e.id, hidden: hidden });
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (state.selected && state.hiddenNodes[state.selected]) {
      clearSelection();
    } else if (state.selected) {
      highlight(state.selected);
    }
    updateStats();
  }

  function updateStats() {
    var shownNodes = 0;
    var shownEdges = 0;
    DATA.nodes.forEach(function (n) { if (!state.hiddenNodes[n.id]) shownNodes++; });
    DATA.edges.forEach(function (e) { if (!state.hiddenEdges[e.id]) shownEdges++; });
    var box = document.getElementById("stats");
    clear(box);
    var m = DATA.meta;
    box.appendChild(el("b", null, shownNodes));
    box.appendChild(document.createTextNode((shownNodes < m.nodes ? " of " + m.nodes : "") + " entities · "));
    box.appendChild(el("b", null, shownEdges));
    box.appendChild(document.createTextNode((shownEdges < m.edges ? " of " + m.edges : "") + " relations shown"));
    if (m.totalNodes !== m.nodes || m.totalEdges !== m.edges) {
      box.appendChild(document.createTextNode(" · " + m.view + " of " + m.totalNodes + " entities"));
    }
    box.appendChild(document.createTextNode(" · " + m.documents + " documents"));
  }

  // ------------------------------------------------------------------ highlight
  // Only items whose dimming changes are updated: vis re-styles every item it
  // is handed, which is what costs time on graphs of thousands of nodes.
  function restyle(keepNodes, keepEdges) {
    var nodeUpdates = [];
    var edgeUpdates = [];
    DATA.nodes.forEach(function (n) {
      var dim = keepNodes !== null && !keepNodes[n.id];
      if (!!state.dimNodes[n.id] === dim) return;
      state.dimNodes[n.id] = dim;
      nodeUpdates.push(dim
        ? { id: n.id, color: DIM_NODE, font: { size: n.font.size, color: "rgba(60,60,60,0.12)", strokeWidth: 0 } }
        : { id: n.id, color: n.color, font: { size: n.font.size, color: "#1d1d1f", strokeWidth: 4 } });
    });
    DATA.edges.forEach(function (e) {
      var dim = keepEdges !== null && !keepEdges[e.id];
      if (!!state.dimEdges[e.id] === dim) return;
      state.dimEdges[e.id] = dim;
      edgeUpdates.push(dim
        ? { id: e.id, color: DIM_EDGE, font: { color: "rgba(0,0,0,0)", strokeWidth: 0 } }
        : { id: e.id, color: e.color, font: { color: "#444", strokeWidth: 3 } });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
  }

  function highlight(id) {
    var keep = {};
    var keepEdges = {};
    keep[id] = true;
    outEdges[id].concat(inEdges[id]).forEach(function (e) {
      if (state.hiddenEdges[e.id]) return;
      keepEdges[e.id] = true;
      keep[e.from] = true;
      keep[e.to] = true;
    });
    restyle(keep, keepEdges);
    state.dimmed = true;
  }

  function unhighlight() {
    if (!state.dimmed) return;
    restyle(null, null);
    state.dimmed = false;
  }

  // ------------------------------------------------------------------ selection
  function selectNode(id, focus) {
    var n = nodeById[id];
    if (!n) return false;
    if (!state.typeOn[n.type] || (n.isolated && !state.showIsolated)) {
      setFilter("type", n.type, true);
      if (n.isolated) setIsolated(true);
      applyFilters();
    }
    state.selected = id;
    network.selectNodes([id]);
    highlight(id);
    showNode(id);
    if (focus) {
      network.focus(id, {
        scale: Math.max(network.getScale(), 1.1),
        animation: { duration: 500, easingFunction: "easeInOutQuad" }
      });
    }
    return true;
  }

  function selectEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    state.selected = null;
    var keep = {};
    var keepEdges = {};
    keep[e.from] = keep[e.to] = keepEdges[id] = true;
    restyle(keep, keepEdges);
    state.dimmed = true;
    showEdge(id);
  }

  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    unhighlight();
    showOverview();
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      selectNode(params.nodes[0], false);
    } else if (params.edges.length) {
      selectEdge(params.edges[0]);
    } else {
      clearSelection();
    }
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = "default"; });

  // ------------------------------------------------------------------ details panel
  var panel = document.getElementById("details");

  function showOverview() {
    clear(panel);
    panel.dataset.kind = "overview";
    panel.appendChild(el("h2", null, "概览 Overview"));
    var m = DATA.meta;
    panel.appendChild(el("p", "facts", m.nodes + " entities · " + m.edges + " relations · " + m.documents + " documents" +
      (m.view !== "all" ? " · view: " + m.view : "")));
    if (!DATA.nodes.length) {
      panel.appendChild(el("p", "muted", "The graph has no entities: build it from a corpus with `kg build` first."));
      return;
    }
    panel.appendChild(el("p", "hint", "Search an entity above, or click one in the graph, to see its relations and the sentences they were read from."));
    panel.appendChild(el("h4", null, "最关联的实体 Most connected"));
    var list = el("ol", "overview-list");
    DATA.nodes.slice().sort(function (a, b) { return b.degree - a.degree || a.name.localeCompare(b.name); })
      .slice(0, 12).forEach(function (n) {
        var li = el("li");
        li.appendChild(nodeLink(n.id));
        li.appendChild(el("span", "muted", " " + (typeInfo[n.type] ? typeInfo[n.type].zh : n.type) + " · " + n.degree));
        list.appendChild(li);
      });
    panel.appendChild(list);
    var docs = Object.keys(DATA.documents).map(function (k) { return DATA.documents[k]; });
    if (docs.length) {
      var det = el("details");
      det.appendChild(el("summary", null, "文档 Documents (" + docs.length + ")"));
      var ul = el("ul", "overview-list");
      docs.sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; }).forEach(function (d) {
        var li = el("li", null, d.title || d.id);
        li.appendChild(el("span", "muted", " " + d.id + (d.date ? " · " + d.date : "")));
        ul.appendChild(li);
      });
      det.appendChild(ul);
      panel.appendChild(det);
    }
  }

  function showNode(id) {
    var n = nodeById[id];
    clear(panel);
    panel.dataset.kind = "node";
    panel.dataset.node = id;
    panel.appendChild(typeBadge(n.type));
    panel.appendChild(el("h2", "label", n.name));
    panel.appendChild(el("p", "facts", "出现于 " + n.docCount + " 篇文档 · " + n.mentions + " 次提及 · " +
      n.degree + " 个相关实体  (in " + n.docCount + " documents, " + n.mentions + " mentions)"));
    var aliasHead = el("h4", null, "别名 Aliases");
    panel.appendChild(aliasHead);
    var aliases = el("div", "aliases");
    if (n.aliases && n.aliases.length) {
      n.aliases.forEach(function (a) { aliases.appendChild(el("span", "alias", a)); });
    } else {
      aliases.appendChild(el("span", "muted", "—"));
    }
    panel.appendChild(aliases);
    relationSection("关系（出） Relations out", outEdges[id], "out");
    relationSection("关系（入） Relations in", inEdges[id], "in");
    panel.appendChild(el("p", "facts muted", id));
  }

  function relationSection(title, list, direction) {
    var sorted = list.slice().sort(function (a, b) { return (b.support || 1) - (a.support || 1); });
    panel.appendChild(el("h4", null, title + " (" + sorted.length + ")"));
    if (!sorted.length) {
      panel.appendChild(el("p", "muted", "—"));
      return;
    }
    sorted.forEach(function (e) {
      var box = el("div", "rel");
      box.dataset.edge = e.id;
      var head = el("div", "rel-head");
      if (direction === "in") {
        head.appendChild(nodeLink(e.from));
        head.appendChild(el("span", "muted", "→"));
        head.appendChild(relationBadge(e.relation));
      } else {
        head.appendChild(relationBadge(e.relation));
        head.appendChild(el("span", "muted", "→"));
        head.appendChild(nodeLink(e.to));
      }
      head.appendChild(el("span", "support", "support " + (e.support || 1)));
      box.appendChild(head);
      box.appendChild(evidenceList(e, EVIDENCE_SHOWN));
      if (state.hiddenEdges[e.id]) box.style.opacity = "0.55";
      panel.appendChild(box);
    });
  }

  function showEdge(id) {
    var e = edgeById[id];
    clear(panel);
    panel.dataset.kind = "edge";
    panel.dataset.edge = id;
    panel.appendChild(relationBadge(e.relation));
    var h = el("h2", "label");
    h.appendChild(nodeLink(e.from));
    h.appendChild(el("span", "muted", " → "));
    h.appendChild(nodeLink(e.to));
    panel.appendChild(h);
    panel.appendChild(el("p", "facts", "support " + (e.support || 1) + " · " +
      (DATA.evidence[e.evidenceIndex] || []).length + " evidence sentences"));
    panel.appendChild(el("h4", null, "证据 Evidence"));
    panel.appendChild(evidenceList(e, Infinity));
  }

  function evidenceList(e, limit) {
    var items = DATA.evidence[e.evidenceIndex] || [];
    var wrap = el("div");
    var ul = el("ul", "evidence");
    wrap.appendChild(ul);
    var terms = termsOf(e.from).concat(termsOf(e.to));
    function render(count) {
      clear(ul);
      items.slice(0, count).forEach(function (ev) {
        var li = el("li");
        var q = el("q");
        markTerms(q, ev.sentence, terms);
        li.appendChild(q);
        var doc = DATA.documents[ev.doc] || {};
        var cite = [doc.title || ev.doc];
        if (doc.title) cite.push(ev.doc);
        if (doc.date) cite.push(doc.date);
        if (ev.rule) cite.push("rule " + ev.rule);
        if (typeof ev.confidence === "number") cite.push("confidence " + ev.confidence.toFixed(2));
        li.appendChild(el("cite", null, "— " + cite.join(" · ")));
        ul.appendChild(li);
      });
    }
    render(limit);
    if (!items.length) ul.appendChild(el("li", "muted", "no evidence sentence recorded"));
    if (items.length > limit) {
      var more = el("button", "link more", "show all " + items.length + " sentences");
      more.type = "button";
      more.addEventListener("click", function () { render(Infinity); wrap.removeChild(more); });
      wrap.appendChild(more);
    }
    return wrap;
  }

  function termsOf(id) {
    var n = nodeById[id];
    if (!n) return [];
    return [n.name].concat(n.aliases || []).filter(function (t) { return t && t.length > 0; });
  }

  // Highlight the entity surfaces in the sentence: text nodes and <mark>s only.
  function markTerms(target, sentence, terms) {
    var text = String(sentence || "");
    var sortedTerms = terms.slice().sort(function (a, b) { return b.length - a.length; });
    var i = 0;
    while (i < text.length) {
      var best = -1;
      var bestTerm = null;
      for (var k = 0; k < sortedTerms.length; k++) {
        var at = text.indexOf(sortedTerms[k], i);
        if (at !== -1 && (best === -1 || at < best)) { best = at; bestTerm = sortedTerms[k]; }
      }
      if (best === -1) break;
      if (best > i) target.appendChild(document.createTextNode(text.slice(i, best)));
      target.appendChild(el("mark", null, bestTerm));
      i = best + bestTerm.length;
    }
    if (i < text.length) target.appendChild(document.createTextNode(text.slice(i)));
  }

  // ------------------------------------------------------------------ search
  var searchIndex = [];
  DATA.nodes.forEach(function (n) {
    searchIndex.push({ key: normalise(n.name), node: n, via: null });
    (n.aliases || []).forEach(function (a) { searchIndex.push({ key: normalise(a), node: n, via: a }); });
  });

  function findMatches(query, limit) {
    var q = normalise(query);
    if (!q) return [];
    var best = {};
    searchIndex.forEach(function (entry) {
      var pos = entry.key.indexOf(q);
      if (pos === -1) return;
      var score = entry.key === q ? 0 : pos === 0 ? 2 : 4;
      if (entry.via !== null) score += 1;
      var prev = best[entry.node.id];
      if (!prev || score < prev.score) best[entry.node.id] = { score: score, node: entry.node, via: entry.via };
    });
    return Object.keys(best).map(function (k) { return best[k]; }).sort(function (a, b) {
      return a.score - b.score || b.node.degree - a.node.degree || a.node.name.length - b.node.name.length ||
        (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0);
    }).slice(0, limit || 12).map(function (m) { return { id: m.node.id, label: m.node.name, type: m.node.type, via: m.via }; });
  }

  var input = document.getElementById("search");
  var suggestions = document.getElementById("suggestions");
  var current = [];
  var active = -1;
  var composing = false;

  function renderSuggestions() {
    current = findMatches(input.value, 12);
    active = current.length ? 0 : -1;
    clear(suggestions);
    if (!input.value.trim()) { suggestions.hidden = true; return; }
    if (!current.length) {
      suggestions.appendChild(el("li", "empty", "No entity matches"));
    }
    current.forEach(function (m, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.dataset.id = m.id;
      var sw = el("span", "swatch");
      sw.style.background = (typeInfo[m.type] || {}).color || "#999";
      li.appendChild(sw);
      li.appendChild(el("span", null, m.label));
      li.appendChild(el("span", "via", m.via ? "alias: " + m.via : (typeInfo[m.type] || {}).zh || m.type));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      suggestions.appendChild(li);
    });
    markActive();
    suggestions.hidden = false;
  }

  function markActive() {
    var items = suggestions.querySelectorAll("li[role=option]");
    for (var i = 0; i < items.length; i++) items[i].classList.toggle("active", i === active);
  }

  function choose(i) {
    var m = current[i];
    if (!m) return;
    input.value = m.label;
    suggestions.hidden = true;
    selectNode(m.id, true);
  }

  input.addEventListener("compositionstart", function () { composing = true; });
  input.addEventListener("compositionend", function () { composing = false; renderSuggestions(); });
  input.addEventListener("input", function () { if (!composing) renderSuggestions(); });
  input.addEventListener("focus", function () { if (input.value.trim()) renderSuggestions(); });
  input.addEventListener("blur", function () { suggestions.hidden = true; });
  input.addEventListener("keydown", function (ev) {
    if (ev.isComposing || composing || ev.keyCode === 229) return; // IME is still choosing characters
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!current.length) return;
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : current.length - 1)) % current.length;
      markActive();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (suggestions.hidden) renderSuggestions();
      choose(active < 0 ? 0 : active);
    } else if (ev.key === "Escape") {
      suggestions.hidden = true;
    }
  });

  // ------------------------------------------------------------------ buttons, start-up
  document.getElementById("fit").addEventListener("click", function () { fitVisible(true); });
  document.getElementById("reset").addEventListener("click", function () {
    DATA.types.forEach(function (t) { setFilter("type", t.id, true); });
    DATA.relations.forEach(function (r) { setFilter("relation", r.id, true); });
    var slider = document.getElementById("min-support");
    slider.value = "1";
    state.minSupport = 1;
    document.getElementById("min-support-value").textContent = "1";
    input.value = "";
    setIsolated(DATA.meta.isolated === DATA.nodes.length);
    applyFilters();
    clearSelection();
    fitVisible(true);
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target !== input) clearSelection();
  });

  var loading = document.getElementById("loading");
  var bar = document.getElementById("loading-bar");

  var finishing = false;
  function done() {
    if (finishing) return;
    finishing = true;
    // after vis has finished its own stabilization bookkeeping
    setTimeout(function () {
      network.setOptions({ physics: { enabled: false } });
      loading.classList.add("done");
      fitVisible(false);
      if (DATA.meta.focus) selectNode(DATA.meta.focus, false);
      api.ready = true;
      document.body.dataset.ready = "true";
    }, 0);
  }

  buildFilters();
  applyFilters();
  showOverview();
  if (DATA.meta.physics && DATA.nodes.length > 1) {
    network.on("stabilizationProgress", function (p) {
      bar.style.width = Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", done);
    network.once("stabilized", done);
  } else {
    done();
  }
})();
