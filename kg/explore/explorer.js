/* kg explorer: filters (type, relation, support, date range), search,
 * neighbourhood highlight, the details panel (entity, relation, document, path),
 * expand-on-click, community colouring, label density and exports.
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

  // documents: the entities each one mentions and the relations it states
  var docEntities = {};
  var docEdges = {};
  var edgeDocs = {};
  Object.keys(DATA.documents).forEach(function (d) { docEntities[d] = []; docEdges[d] = []; });
  DATA.nodes.forEach(function (n) {
    (n.docs || []).forEach(function (d) { (docEntities[d] = docEntities[d] || []).push(n.id); });
  });
  DATA.edges.forEach(function (e) {
    var seen = {};
    (DATA.evidence[e.evidenceIndex] || []).forEach(function (ev) {
      if (seen[ev.doc]) return;
      seen[ev.doc] = true;
      (docEdges[ev.doc] = docEdges[ev.doc] || []).push(e);
    });
    edgeDocs[e.id] = Object.keys(seen);
  });
  var communityInfo = {};
  DATA.communities.forEach(function (c) { communityInfo[c.id] = c; });

  // A document's date as the months it may lie in: 2024-03-05 -> [2024-03,
  // 2024-03], a year alone -> [2025-01, 2025-12]; no date -> null (never guessed).
  function dateSpan(date) {
    var m = /^(\d{4})(?:-(\d{2}))?/.exec(String(date || ""));
    if (!m) return null;
    return m[2] ? [m[1] + "-" + m[2], m[1] + "-" + m[2]] : [m[1] + "-01", m[1] + "-12"];
  }
  var periods = (function () {
    var seen = {};
    Object.keys(DATA.documents).forEach(function (d) {
      var span = dateSpan(DATA.documents[d].date);
      if (span) { seen[span[0]] = true; seen[span[1]] = true; }
    });
    return Object.keys(seen).sort();
  })();

  // ------------------------------------------------------------------ network
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return Object.assign({}, n, { font: Object.assign({}, n.font), docs: undefined });
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
    showIsolated: DATA.meta.isolated === DATA.nodes.length,
    colourBy: "type",
    dateFrom: 0,
    dateTo: Math.max(0, periods.length - 1),
    expand: !!DATA.meta.expand,
    revealed: {},
    docLayer: false,
    jointIssuers: false,
    path: null,
    fontSize: {},
    labelled: {}
  };
  DATA.nodes.forEach(function (n) { state.fontSize[n.id] = n.font.size; });
  DATA.types.forEach(function (t) { state.typeOn[t.id] = true; });
  DATA.relations.forEach(function (r) { state.relationOn[r.id] = true; });

  var api = window.kgExplorer = {
    network: network,
    nodes: nodes,
    edges: edges,
    data: DATA,
    state: state,
    ready: false,
    periods: periods,
    select: function (id) { selectNode(id, true); },
    search: findMatches,
    path: function (a, b) { return showPath(a, b); },
    expand: function (id) { expandNode(id); },
    setExpandMode: function (on) { setExpandMode(on); },
    showDocument: function (id) { selectDocument(id); },
    setColourBy: function (mode) { setColourBy(mode); },
    setDateRange: function (from, to) { setDateRange(from, to); },
    setDocumentLayer: function (on) { setDocumentLayer(on); },
    setJointIssuers: function (on) { setJointIssuers(on); },
    csv: function () { return viewCsv(); },
    labelDensity: function () { return labelDensity(); },
    // entities whose label vis-network draws at the current zoom
    drawnLabels: function () {
      return Object.keys(network.body.nodes).filter(function (id) {
        var b = network.body.nodes[id];
        return nodeById[id] && !state.hiddenNodes[id] && b.labelModule.visible();
      });
    }
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

  function docLink(id, text) {
    var b = el("button", "link doc-link", text || docTitle(id));
    b.type = "button";
    b.dataset.doc = id;
    b.addEventListener("click", function () { selectDocument(id); });
    return b;
  }

  function docTitle(id) {
    var d = DATA.documents[id];
    return (d && d.title) || id;
  }

  function shade(hex, factor) {
    var v = parseInt(hex.slice(1), 16);
    var c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map(function (x) { return Math.round(x * factor); });
    return "#" + c.map(function (x) { return (x < 16 ? "0" : "") + x.toString(16); }).join("");
  }

  // the node colour under the current colouring (type or community)
  var communityColours = {};
  function baseColor(n) {
    if (state.colourBy !== "community") return n.color;
    var key = n.community;
    if (!communityColours[key]) {
      var c = communityInfo[key] ? communityInfo[key].color : DATA.meta.noCommunityColor;
      communityColours[key] = { background: c, border: shade(c, 0.7), highlight: { background: c, border: "#1d1d1f" }, hover: { background: c, border: "#1d1d1f" } };
    }
    return communityColours[key];
  }

  function download(name, blob) {
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 30000);
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
    buildDateFilter();
    buildViewControls();
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

  function buildDateFilter() {
    var from = document.getElementById("date-from");
    var to = document.getElementById("date-to");
    if (!periods.length) {
      document.getElementById("date-section").hidden = true;
      return;
    }
    from.max = to.max = String(periods.length - 1);
    from.value = "0";
    to.value = String(periods.length - 1);
    from.disabled = to.disabled = periods.length < 2;
    function changed(which) {
      var a = parseInt(from.value, 10) || 0;
      var b = parseInt(to.value, 10) || 0;
      if (a > b) { if (which === "from") b = a; else a = b; }
      setDateRange(periods[a], periods[b]);
    }
    from.addEventListener("input", function () { changed("from"); });
    to.addEventListener("input", function () { changed("to"); });
    showDateRange();
  }

  function showDateRange() {
    if (!periods.length) return;
    document.getElementById("date-from").value = String(state.dateFrom);
    document.getElementById("date-to").value = String(state.dateTo);
    var undated = Object.keys(DATA.documents).filter(function (d) { return !dateSpan(DATA.documents[d].date); }).length;
    document.getElementById("date-range-value").textContent = periods[state.dateFrom] + " – " + periods[state.dateTo] +
      (dateActive() ? "" : (undated ? " (all, " + undated + " undated)" : " (all)"));
  }

  // FROM and TO are periods (YYYY-MM); the nearest periods that exist are used
  function setDateRange(from, to) {
    if (!periods.length) return;
    var a = 0;
    var b = periods.length - 1;
    periods.forEach(function (p, i) {
      if (from && p < from) a = i + 1;
      if (to && p <= to) b = i;
    });
    a = Math.min(a, periods.length - 1);
    b = Math.max(b, a);
    state.dateFrom = a;
    state.dateTo = b;
    showDateRange();
    applyFilters();
  }

  function dateActive() {
    return periods.length > 0 && (state.dateFrom > 0 || state.dateTo < periods.length - 1);
  }

  // doc id -> true for the documents inside the date range (null: no range set)
  function docsInRange() {
    if (!dateActive()) return null;
    var lo = periods[state.dateFrom];
    var hi = periods[state.dateTo];
    var inside = {};
    Object.keys(DATA.documents).forEach(function (d) {
      var span = dateSpan(DATA.documents[d].date);
      if (span && span[0] >= lo && span[1] <= hi) inside[d] = true;
    });
    return inside;
  }

  function anyIn(list, set) {
    for (var i = 0; i < (list || []).length; i++) if (set[list[i]]) return true;
    return false;
  }

  function buildViewControls() {
    var colour = document.querySelectorAll("input[name=colour-by]");
    for (var i = 0; i < colour.length; i++) {
      colour[i].addEventListener("change", function (ev) { if (ev.target.checked) setColourBy(ev.target.value); });
    }
    if (!DATA.communities.length) document.getElementById("colour-community").disabled = true;
    var expand = document.getElementById("expand-mode");
    expand.checked = state.expand;
    expand.addEventListener("change", function () { setExpandMode(expand.checked); });
    var docs = document.getElementById("doc-layer");
    docs.disabled = !Object.keys(DATA.documents).length;
    docs.addEventListener("change", function () { setDocumentLayer(docs.checked); });
    var joint = document.getElementById("joint-issuers");
    document.getElementById("joint-count").textContent = String(DATA.jointIssuers.length);
    joint.disabled = !DATA.jointIssuers.length;
    joint.addEventListener("change", function () { setJointIssuers(joint.checked); });
    document.getElementById("path-find").addEventListener("click", function () {
      var a = findMatches(document.getElementById("path-from").value, 1)[0];
      var b = findMatches(document.getElementById("path-to").value, 1)[0];
      if (!a || !b) {
        resetPanel("path");
        panel.appendChild(el("h2", null, "路径 Path"));
        panel.appendChild(el("p", "muted", "No entity matches " + (a ? "the end" : "the start") + " of the path."));
        return;
      }
      showPath(a.id, b.id);
    });
    document.getElementById("export-csv").addEventListener("click", function () {
      download("kg-view.csv", new Blob([viewCsv()], { type: "text/csv;charset=utf-8" }));
    });
    document.getElementById("export-png").addEventListener("click", exportPng);
  }

  function setColourBy(mode) {
    state.colourBy = mode === "community" ? "community" : "type";
    var radios = document.querySelectorAll("input[name=colour-by]");
    for (var i = 0; i < radios.length; i++) radios[i].checked = radios[i].value === state.colourBy;
    document.getElementById("community-legend").hidden = state.colourBy !== "community";
    document.getElementById("type-filters").classList.toggle("plain", state.colourBy === "community");
    var updates = [];
    DATA.nodes.forEach(function (n) {
      if (!state.dimNodes[n.id]) updates.push({ id: n.id, color: baseColor(n) });
    });
    if (updates.length) nodes.update(updates);
  }

  function buildCommunityLegend() {
    var box = document.getElementById("community-legend");
    var shown = DATA.communities.slice().sort(function (a, b) { return b.size - a.size || a.id - b.id; }).slice(0, 12);
    shown.forEach(function (c) {
      var row = el("div", "community-row");
      row.dataset.community = String(c.id);
      var sw = el("span", "swatch");
      sw.style.background = c.color;
      row.appendChild(sw);
      row.appendChild(el("span", "name", "#" + (c.id + 1) + " " + c.label));
      row.appendChild(el("span", "count", c.size));
      box.appendChild(row);
    });
    if (DATA.communities.length > shown.length) {
      box.appendChild(el("p", "hint", (DATA.communities.length - shown.length) + " smaller communities; grey: in none"));
    }
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
    state.relabel = !!animate;
    network.fit(Object.assign({ nodes: ids.length ? ids : DATA.nodes.map(function (n) { return n.id; }) },
      animate ? { animation: { duration: 400 } } : {}));
  }

  // a relation the filters let through (whatever expand-on-click has revealed)
  function edgeAllowed(e, inRange) {
    var a = nodeById[e.from];
    var b = nodeById[e.to];
    return state.relationOn[e.relation] && (e.support || 1) >= state.minSupport &&
      state.typeOn[a.type] && state.typeOn[b.type] && (!inRange || anyIn(edgeDocs[e.id], inRange));
  }

  function applyFilters() {
    var nodeUpdates = [];
    var edgeUpdates = [];
    var inRange = docsInRange();
    DATA.nodes.forEach(function (n) {
      var revealed = state.expand && state.revealed[n.id];
      var hidden = !state.typeOn[n.type] || (n.isolated && !state.showIsolated && !revealed) ||
        (inRange !== null && !anyIn(n.docs, inRange)) || (state.expand && !revealed);
      if (!!state.hiddenNodes[n.id] !== hidden) {
        state.hiddenNodes[n.id] = hidden;
        nodeUpdates.push({ id: n.id, hidden: hidden });
      }
    });
    DATA.edges.forEach(function (e) {
      var hidden = !edgeAllowed(e, inRange) || state.hiddenNodes[e.from] || state.hiddenNodes[e.to];
      hidden = !!hidden;
      if (!!state.hiddenEdges[e.id] !== hidden) {
        state.hiddenEdges[e.id] = hidden;
        edgeUpdates.push({ id: e.id, hidden: hidden });
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    updateLayers(inRange);
    if (state.path) {
      highlightPath(state.path);
    } else if (state.selected && state.hiddenNodes[state.selected]) {
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
        ? { id: n.id, color: DIM_NODE, font: { size: state.fontSize[n.id], color: "rgba(60,60,60,0.12)", strokeWidth: 0 } }
        : { id: n.id, color: baseColor(n), font: { size: state.fontSize[n.id], color: "#1d1d1f", strokeWidth: 4 } });
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
    state.path = null;
    if (!state.typeOn[n.type] || (n.isolated && !state.showIsolated && !state.expand)) {
      setFilter("type", n.type, true);
      if (n.isolated && !state.expand) setIsolated(true);
      applyFilters();
    }
    if (state.expand && !state.revealed[id]) {
      state.revealed[id] = true;
      applyFilters();
    }
    if (state.hiddenNodes[id]) {  // outside the date range: show the whole range again
      setDateRange(null, null);
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
    state.path = null;
    var keep = {};
    var keepEdges = {};
    keep[e.from] = keep[e.to] = keepEdges[id] = true;
    restyle(keep, keepEdges);
    state.dimmed = true;
    showEdge(id);
  }

  function clearSelection() {
    state.selected = null;
    state.path = null;
    network.unselectAll();
    unhighlight();
    showOverview();
  }

  network.on("click", function (params) {
    var id = params.nodes.length ? String(params.nodes[0]) : null;
    if (id !== null && id.indexOf(DOC_PREFIX) === 0) {
      selectDocument(id.slice(DOC_PREFIX.length));
    } else if (id !== null) {
      if (state.expand) expandNode(id);
      selectNode(id, false);
    } else if (params.edges.length && String(params.edges[0]).indexOf(JOINT_PREFIX) === 0) {
      showJointIssuers(String(params.edges[0]));
    } else if (params.edges.length) {
      selectEdge(params.edges[0]);
    } else {
      clearSelection();
    }
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = "default"; });

  // ------------------------------------------------------------------ expand on click
  // The view starts from the selected (or --focus) entity, or from nothing, and
  // grows one click at a time: clicking an entity reveals its neighbours.
  function setExpandMode(on) {
    state.expand = !!on;
    document.getElementById("expand-mode").checked = state.expand;
    state.revealed = {};
    var start = state.selected || DATA.meta.focus;
    if (state.expand && start) state.revealed[start] = true;
    applyFilters();
    if (state.expand && start) expandNode(start);
    if (panel.dataset.kind === "overview") showOverview();
    if (!state.expand) fitVisible(true);
  }

  // reveal the neighbours of ID that the filters let through; returns the new ones
  function expandNode(id) {
    if (!nodeById[id]) return [];
    var inRange = docsInRange();
    var added = [];
    state.revealed[id] = true;
    outEdges[id].concat(inEdges[id]).forEach(function (e) {
      if (!edgeAllowed(e, inRange)) return;
      var other = e.from === id ? e.to : e.from;
      if (!state.revealed[other]) {
        state.revealed[other] = true;
        added.push(other);
      }
    });
    applyFilters();
    if (state.expand) {
      network.fit({ nodes: Object.keys(state.revealed), animation: { duration: 400 } });
    }
    return added;
  }

  // ------------------------------------------------------------------ path finder
  // The shortest chain between two entities over the relations the filters let
  // through, in either direction; each step takes its best-supported relation.
  function findPath(a, b) {
    if (!nodeById[a] || !nodeById[b]) return null;
    var inRange = docsInRange();
    var prev = Object.create(null);
    prev[a] = null;
    var queue = [a];
    for (var head = 0; head < queue.length && !(b in prev); head++) {
      var u = queue[head];
      var list = outEdges[u].concat(inEdges[u]);
      for (var i = 0; i < list.length; i++) {
        var e = list[i];
        var v = e.from === u ? e.to : e.from;
        if (v in prev || !edgeAllowed(e, inRange)) continue;
        prev[v] = u;
        queue.push(v);
      }
    }
    if (!(b in prev)) return null;
    var chain = [b];
    while (prev[chain[0]] !== null) chain.unshift(prev[chain[0]]);
    var steps = [];
    for (var k = 0; k + 1 < chain.length; k++) {
      var x = chain[k];
      var y = chain[k + 1];
      var best = null;
      outEdges[x].concat(inEdges[x]).forEach(function (e) {
        var joins = (e.from === x && e.to === y) || (e.from === y && e.to === x);
        if (joins && edgeAllowed(e, inRange) && (!best || (e.support || 1) > (best.support || 1))) best = e;
      });
      steps.push({ from: x, to: y, edge: best });
    }
    return { nodes: chain, steps: steps };
  }

  function highlightPath(found) {
    var keep = {};
    var keepEdges = {};
    found.nodes.forEach(function (n) { keep[n] = true; });
    found.steps.forEach(function (st) { keepEdges[st.edge.id] = true; });
    restyle(keep, keepEdges);
    state.dimmed = true;
  }

  function showPath(a, b) {
    var found = findPath(a, b);
    state.selected = null;
    state.path = null;
    network.unselectAll();
    resetPanel("path");
    panel.appendChild(el("span", "badge path-badge", "路径 Path"));
    var h = el("h2", "label");
    h.appendChild(nodeLink(a));
    h.appendChild(el("span", "muted", " ⇢ "));
    h.appendChild(nodeLink(b));
    panel.appendChild(h);
    if (!found) {
      unhighlight();
      panel.appendChild(el("p", "muted", "No path between them through the relations shown (the filters apply)."));
      return { found: false, nodes: [], edges: [] };
    }
    if (state.expand) found.nodes.forEach(function (n) { state.revealed[n] = true; });
    state.path = found;
    applyFilters();  // shows what the path needs and highlights it
    panel.appendChild(el("p", "facts", found.steps.length + " step(s) · " + found.nodes.length + " entities · the evidence of each step below"));
    found.steps.forEach(function (st, i) {
      var box = el("div", "rel path-step");
      box.dataset.edge = st.edge.id;
      var head = el("div", "rel-head");
      head.appendChild(el("span", "step-no", (i + 1) + "."));
      head.appendChild(nodeLink(st.edge.from));
      head.appendChild(el("span", "muted", "→"));
      head.appendChild(relationBadge(st.edge.relation));
      head.appendChild(el("span", "muted", "→"));
      head.appendChild(nodeLink(st.edge.to));
      head.appendChild(el("span", "support", "support " + (st.edge.support || 1)));
      box.appendChild(head);
      box.appendChild(evidenceList(st.edge, 2));
      panel.appendChild(box);
    });
    network.fit({ nodes: found.nodes, animation: { duration: 400 } });
    return { found: true, nodes: found.nodes, edges: found.steps.map(function (st) { return st.edge.id; }) };
  }

  // ------------------------------------------------------------------ layers: documents, joint issuers
  var DOC_PREFIX = "doc:";
  var MENTION_PREFIX = "mention:";
  var JOINT_PREFIX = "joint:";
  var MAX_MENTION_EDGES = 5000;  // beyond this the document layer draws the documents only
  var DOC_COLOR = { background: "#5b6473", border: "#2f3540", highlight: { background: "#2f3540", border: "#111" }, hover: { background: "#2f3540", border: "#111" } };
  var JOINT_COLOR = "#2f6f4f";
  var layer = { docs: [], mentions: [], joint: [] };

  function setDocumentLayer(on) {
    state.docLayer = !!on;
    document.getElementById("doc-layer").checked = state.docLayer;
    if (layer.docs.length) nodes.remove(layer.docs.map(function (d) { return DOC_PREFIX + d; }));
    if (layer.mentions.length) edges.remove(layer.mentions.map(function (m) { return m.id; }));
    layer.docs = [];
    layer.mentions = [];
    if (state.docLayer) {
      var docs = Object.keys(docEntities).filter(function (d) { return docEntities[d].length && DATA.documents[d]; }).sort();
      var positions = network.getPositions(DATA.nodes.map(function (n) { return n.id; }));
      var total = docs.reduce(function (m, d) { return m + docEntities[d].length; }, 0);
      var newNodes = [];
      var newEdges = [];
      docs.forEach(function (d, i) {
        var x = 0;
        var y = 0;
        var k = 0;
        docEntities[d].forEach(function (id) {
          var p = positions[id];
          if (p) { x += p.x; y += p.y; k++; }
        });
        var angle = i * 2.39996;  // the golden angle: documents about the same entities do not stack
        newNodes.push({
          id: DOC_PREFIX + d, label: short(docTitle(d)), shape: "square", size: 8, physics: false,
          x: (k ? x / k : 0) + 60 * Math.cos(angle), y: (k ? y / k : 0) + 60 * Math.sin(angle),
          color: DOC_COLOR, font: { size: 13, color: "#2f3540", strokeWidth: 4 }
        });
        layer.docs.push(d);
        if (total > MAX_MENTION_EDGES) return;
        docEntities[d].forEach(function (id) {
          var m = { id: MENTION_PREFIX + d + "\n" + id, doc: d, node: id };
          layer.mentions.push(m);
          newEdges.push({
            id: m.id, from: DOC_PREFIX + d, to: id, dashes: [2, 4], width: 0.6, physics: false, smooth: { enabled: false },
            arrows: { to: { enabled: false } }, color: { color: "#9aa3b0", highlight: "#5b6473", hover: "#5b6473", opacity: 0.45 }
          });
        });
      });
      nodes.add(newNodes);
      edges.add(newEdges);
    }
    updateLayers(docsInRange());
  }

  function setJointIssuers(on) {
    state.jointIssuers = !!on;
    document.getElementById("joint-issuers").checked = state.jointIssuers;
    if (layer.joint.length) edges.remove(layer.joint);
    layer.joint = [];
    if (state.jointIssuers) {
      var items = DATA.jointIssuers.map(function (pair, i) {
        layer.joint.push(JOINT_PREFIX + i);
        if (state.expand) state.revealed[pair.a] = state.revealed[pair.b] = true;
        return {
          id: JOINT_PREFIX + i, from: pair.a, to: pair.b, label: "联合发文 ×" + pair.weight, relation: "jointIssuer",
          width: Math.min(1.5 + 2 * Math.log2(pair.weight + 1), 9), dashes: [8, 4], physics: false,
          arrows: { to: { enabled: false } }, smooth: { enabled: true, type: "curvedCW", roundness: 0.18 },
          color: { color: JOINT_COLOR, highlight: JOINT_COLOR, hover: JOINT_COLOR, opacity: 0.95 },
          font: { color: JOINT_COLOR, strokeWidth: 3, strokeColor: "#ffffff" }
        };
      });
      edges.add(items);
      if (state.expand) applyFilters();
      updateLayers(docsInRange());
      showJointIssuers(null);
    } else {
      clearSelection();
    }
  }

  // show or hide the layer items with what they connect
  function updateLayers(inRange) {
    var nodeUpdates = [];
    var edgeUpdates = [];
    var docHidden = {};
    layer.docs.forEach(function (d) {
      var shown = (inRange === null || inRange[d]) && docEntities[d].some(function (id) { return !state.hiddenNodes[id]; });
      docHidden[d] = !shown;
      nodeUpdates.push({ id: DOC_PREFIX + d, hidden: !shown });
    });
    layer.mentions.forEach(function (m) {
      edgeUpdates.push({ id: m.id, hidden: docHidden[m.doc] || !!state.hiddenNodes[m.node] });
    });
    layer.joint.forEach(function (id, i) {
      var pair = DATA.jointIssuers[i];
      edgeUpdates.push({ id: id, hidden: !!(state.hiddenNodes[pair.a] || state.hiddenNodes[pair.b]) });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
  }

  function showJointIssuers(edgeId) {
    var pairs = edgeId === null ? DATA.jointIssuers : [DATA.jointIssuers[parseInt(edgeId.slice(JOINT_PREFIX.length), 10)]];
    state.selected = null;
    state.path = null;
    network.unselectAll();
    var keep = {};
    pairs.forEach(function (pair) { keep[pair.a] = keep[pair.b] = true; pair.policies.forEach(function (pol) { keep[pol] = true; }); });
    var keepEdges = {};
    DATA.edges.forEach(function (e) { if (e.relation === "issuedBy" && keep[e.from] && keep[e.to]) keepEdges[e.id] = true; });
    restyle(keep, keepEdges);
    state.dimmed = true;
    resetPanel("joint");
    panel.appendChild(relationBadge("issuedBy"));
    panel.appendChild(el("h2", null, "联合发文网络 Joint issuers"));
    panel.appendChild(el("p", "facts", pairs.length + " pair(s) of institutions that issued the same policy, weighted by the number of such policies"));
    pairs.forEach(function (pair) {
      var box = el("div", "rel joint-pair");
      var head = el("div", "rel-head");
      head.appendChild(nodeLink(pair.a));
      head.appendChild(el("span", "muted", "＆"));
      head.appendChild(nodeLink(pair.b));
      head.appendChild(el("span", "support", "× " + pair.weight));
      box.appendChild(head);
      var ul = el("ul", "overview-list");
      pair.policies.forEach(function (pol) {
        var li = el("li");
        li.appendChild(nodeLink(pol));
        ul.appendChild(li);
      });
      box.appendChild(ul);
      panel.appendChild(box);
    });
  }

  // ------------------------------------------------------------------ documents
  function selectDocument(id) {
    if (!DATA.documents[id]) return false;
    state.selected = null;
    state.path = null;
    network.unselectAll();
    if (state.docLayer && layer.docs.indexOf(id) !== -1) network.selectNodes([DOC_PREFIX + id]);
    var keep = {};
    var keepEdges = {};
    (docEntities[id] || []).forEach(function (n) { keep[n] = true; });
    (docEdges[id] || []).forEach(function (e) { keepEdges[e.id] = true; });
    restyle(keep, keepEdges);
    state.dimmed = true;
    showDocument(id);
    return true;
  }

  function showDocument(id) {
    var d = DATA.documents[id];
    resetPanel("document", "doc", id);
    panel.appendChild(el("span", "badge doc-badge", "文档 Document"));
    panel.appendChild(el("h2", "label", d.title || id));
    var facts = el("dl", "doc-facts");
    [["日期 Date", d.date || "undated"], ["来源 Source", d.source], ["刊物 Publication", d.publication],
     ["作者 Authors", (d.authors || []).join("、")], ["ID", id]].forEach(function (f) {
      if (!f[1]) return;
      facts.appendChild(el("dt", null, f[0]));
      facts.appendChild(el("dd", null, f[1]));
    });
    panel.appendChild(facts);
    var order = {};
    DATA.types.forEach(function (t, i) { order[t.id] = i; });
    var ents = (docEntities[id] || []).slice().sort(function (a, b) {
      var x = nodeById[a];
      var y = nodeById[b];
      return (order[x.type] || 0) - (order[y.type] || 0) || y.degree - x.degree || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
    });
    panel.appendChild(el("h4", null, "提及的实体 Entities (" + ents.length + ")"));
    var chips = el("div", "doc-entities");
    ents.forEach(function (nid) {
      var chip = el("span", "chip");
      var sw = el("span", "swatch");
      sw.style.background = (typeInfo[nodeById[nid].type] || {}).color || "#999";
      chip.appendChild(sw);
      chip.appendChild(nodeLink(nid));
      chips.appendChild(chip);
    });
    if (!ents.length) chips.appendChild(el("span", "muted", "—"));
    panel.appendChild(chips);
    var rels = (docEdges[id] || []).slice().sort(function (a, b) { return (b.support || 1) - (a.support || 1); });
    panel.appendChild(el("h4", null, "陈述的关系 Relations stated (" + rels.length + ")"));
    if (!rels.length) panel.appendChild(el("p", "muted", "—"));
    rels.forEach(function (e) {
      var box = el("div", "rel");
      box.dataset.edge = e.id;
      var head = el("div", "rel-head");
      head.appendChild(nodeLink(e.from));
      head.appendChild(el("span", "muted", "→"));
      head.appendChild(relationBadge(e.relation));
      head.appendChild(el("span", "muted", "→"));
      head.appendChild(nodeLink(e.to));
      box.appendChild(head);
      box.appendChild(evidenceList(e, Infinity, id));
      panel.appendChild(box);
    });
  }

  // ------------------------------------------------------------------ label density
  // At the fitted zoom only the best-connected entities (a degree cut-off: the
  // top five label budgets' worth) whose labels do not overlap are labelled,
  // large enough to read (vis-network skips any label
  // under labelMinPx on screen); the others keep their own size and appear as
  // the user zooms in.
  var LABEL_PX = DATA.meta.labelMinPx + 1.5;

  function fontFor(n) {
    return state.dimNodes[n.id]
      ? { size: state.fontSize[n.id], color: "rgba(60,60,60,0.12)", strokeWidth: 0 }
      : { size: state.fontSize[n.id], color: "#1d1d1f", strokeWidth: 4 };
  }

  function labelDensity() {
    var scale = network.getScale();
    var ids = visibleIds();
    if (!ids.length || !(scale > 0)) return [];
    var positions = network.getPositions(ids);
    var width = container.clientWidth;
    var height = container.clientHeight;
    var budget = Math.max(8, Math.round(width * height / 12000));
    var order = ids.slice().sort(function (a, b) {
      var x = nodeById[a];
      var y = nodeById[b];
      return y.degree - x.degree || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
    });
    var placed = [];
    var chosen = {};
    var candidates = Math.min(order.length, 5 * budget);
    state.labelCutoff = candidates ? nodeById[order[candidates - 1]].degree : 0;
    for (var i = 0; i < candidates && placed.length < budget; i++) {
      if (nodeById[order[i]].degree < state.labelCutoff) break;
      var n = nodeById[order[i]];
      var p = network.canvasToDOM(positions[n.id]);
      var w = Math.min(n.label.length, 16) * LABEL_PX + 6;  // CJK glyphs are about one em wide
      var top = p.y + n.size * scale;
      var box = { l: p.x - w / 2, r: p.x + w / 2, t: top, b: top + LABEL_PX * 1.4 };
      if (box.l < 0 || box.t < 0 || box.r > width || box.b > height) continue;
      var clash = false;
      for (var k = 0; k < placed.length && !clash; k++) {
        var o = placed[k];
        clash = box.l < o.r + 4 && o.l < box.r + 4 && box.t < o.b + 2 && o.t < box.b + 2;
      }
      if (clash) continue;
      placed.push(box);
      chosen[n.id] = true;
    }
    var updates = [];
    state.labelled = chosen;
    state.labelScale = scale;
    DATA.nodes.forEach(function (n) {
      var size = chosen[n.id] ? labelledSize(n, scale) : Math.min(n.font.size, (DATA.meta.labelMinPx - 0.25) / scale);
      if (setFontSize(n, size)) updates.push({ id: n.id, font: fontFor(n) });
    });
    if (updates.length) nodes.update(updates);
    return Object.keys(chosen);
  }

  // a labelled entity's font: LABEL_PX on screen at the fitted zoom, growing
  // as the user zooms in up to labelMaxPx, and shrinking (then hidden) when
  // zooming out
  function labelledSize(n, scale) {
    return Math.max(n.font.size, Math.min(LABEL_PX / state.labelScale, DATA.meta.labelMaxPx / scale));
  }

  function setFontSize(n, size) {
    size = Math.round(size * 1000) / 1000;
    if (size === state.fontSize[n.id]) return false;
    state.fontSize[n.id] = size;
    return true;
  }

  function resizeLabels() {
    var scale = network.getScale();
    if (!(scale > 0) || !state.labelScale) return;
    var updates = [];
    Object.keys(state.labelled).forEach(function (id) {
      var n = nodeById[id];
      if (setFontSize(n, labelledSize(n, scale))) updates.push({ id: id, font: fontFor(n) });
    });
    if (updates.length) nodes.update(updates);
  }
  network.on("zoom", resizeLabels);

  // ------------------------------------------------------------------ exports
  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    // a spreadsheet would run a cell starting with = + - @ as a formula
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  // the relations in view (the highlighted ones when something is selected),
  // one row per evidence sentence (those of documents in the date range)
  function viewCsv() {
    var rows = [["source", "source_type", "relation", "target", "target_type", "support",
      "doc_id", "doc_title", "doc_date", "sentence", "rule", "confidence"]];
    var inRange = docsInRange();
    DATA.edges.forEach(function (e) {
      if (state.hiddenEdges[e.id] || (state.dimmed && state.dimEdges[e.id])) return;
      var a = nodeById[e.from];
      var b = nodeById[e.to];
      var base = [a.name, a.type, e.relation, b.name, b.type, e.support || 1];
      var items = (DATA.evidence[e.evidenceIndex] || []).filter(function (ev) { return !inRange || inRange[ev.doc]; });
      if (!items.length) rows.push(base.concat(["", "", "", "", "", ""]));
      items.forEach(function (ev) {
        var d = DATA.documents[ev.doc] || {};
        rows.push(base.concat([ev.doc, d.title || "", d.date || "", ev.sentence, ev.rule,
          typeof ev.confidence === "number" ? ev.confidence : ""]));
      });
    });
    return "\ufeff" + rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  function exportPng() {
    var source = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = source.width;
    out.height = source.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    out.toBlob(function (blob) { download("kg-view.png", blob); }, "image/png");
  }

  // ------------------------------------------------------------------ timeline
  // The documents that mention an entity, by date: years, or the months of a
  // single year; undated documents are counted apart.
  function timeline(id) {
    var docs = nodeById[id].docs || [];
    var spans = [];
    var undated = 0;
    docs.forEach(function (d) {
      var span = dateSpan((DATA.documents[d] || {}).date);
      if (span) spans.push(span); else undated++;
    });
    var wrap = el("div", "timeline-box");
    if (!spans.length) {
      wrap.appendChild(el("p", "muted", docs.length ? "No dated document (" + undated + " undated)." : "—"));
      return wrap;
    }
    var years = {};
    spans.forEach(function (sp) { years[sp[0].slice(0, 4)] = true; });
    var monthly = Object.keys(years).length === 1 && spans.every(function (sp) { return sp[0] === sp[1]; });
    var counts = {};
    spans.forEach(function (sp) {
      var key = monthly ? sp[0] : sp[0].slice(0, 4);
      counts[key] = (counts[key] || 0) + 1;
    });
    var keys = Object.keys(counts).sort();
    var first = keys[0];
    var last = keys[keys.length - 1];
    var all = [];
    if (monthly) {
      for (var m = parseInt(first.slice(5), 10); m <= parseInt(last.slice(5), 10); m++) all.push(first.slice(0, 5) + (m < 10 ? "0" : "") + m);
    } else if (parseInt(last, 10) - parseInt(first, 10) < 40) {
      for (var y = parseInt(first, 10); y <= parseInt(last, 10); y++) all.push(String(y));
    } else {
      all = keys;
    }
    var max = keys.reduce(function (mx, k) { return Math.max(mx, counts[k]); }, 1);
    var chart = el("div", "timeline");
    all.forEach(function (k) {
      var n = counts[k] || 0;
      var col = el("div", "tl-col");
      col.dataset.period = k;
      col.dataset.count = String(n);
      col.title = k + ": " + n + " document(s)";
      col.appendChild(el("span", "tl-n", n ? n : ""));
      var bar = el("div", "tl-bar");
      bar.style.height = Math.round(48 * n / max) + "px";
      col.appendChild(bar);
      col.appendChild(el("span", "tl-label", monthly ? k.slice(5) : "’" + k.slice(2)));
      chart.appendChild(col);
    });
    wrap.appendChild(chart);
    wrap.appendChild(el("p", "facts muted", spans.length + " dated document(s)" + (monthly ? " in " + first.slice(0, 4) : ", " + first + "–" + last) +
      (undated ? " · " + undated + " undated" : "")));
    return wrap;
  }

  function short(text) {
    return text.length <= 16 ? text : text.slice(0, 15) + "…";
  }

  // ------------------------------------------------------------------ details panel
  var panel = document.getElementById("details");

  // Every view of the details panel starts empty and says what it shows:
  // data-kind (setExpand redraws the overview only while it is shown, and the
  // browser tests wait on it) and, for one item, data-node, data-edge or
  // data-doc = ITEM.
  function resetPanel(kind, itemKind, item) {
    clear(panel);
    panel.dataset.kind = kind;
    if (itemKind) panel.dataset[itemKind] = item;
  }

  function showOverview() {
    resetPanel("overview");
    panel.appendChild(el("h2", null, "概览 Overview"));
    var m = DATA.meta;
    panel.appendChild(el("p", "facts", m.nodes + " entities · " + m.edges + " relations · " + m.documents + " documents" +
      (m.view !== "all" ? " · view: " + m.view : "")));
    if (!DATA.nodes.length) {
      panel.appendChild(el("p", "muted", "The graph has no entities: build it from a corpus with `kg build` first."));
      return;
    }
    panel.appendChild(el("p", "hint", state.expand
      ? "Expand on click: search an entity above to start, then click entities to reveal their neighbours."
      : "Search an entity above, or click one in the graph, to see its relations and the sentences they were read from."));
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
        var li = el("li");
        li.appendChild(docLink(d.id));
        li.appendChild(el("span", "muted", " " + d.id + (d.date ? " · " + d.date : "")));
        ul.appendChild(li);
      });
      det.appendChild(ul);
      panel.appendChild(det);
    }
  }

  function showNode(id) {
    var n = nodeById[id];
    resetPanel("node", "node", id);
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
    if (n.otherTypes && n.otherTypes.length) {
      // the other readings resolution kept when it gave the label one type
      var readings = el("p", "other-types muted", "亦读作 Also read as: ");
      n.otherTypes.forEach(function (t) { readings.appendChild(typeBadge(t)); });
      panel.appendChild(readings);
    }
    var tools = el("div", "node-tools");
    [["路径起点 Path from", "path-from"], ["路径终点 Path to", "path-to"]].forEach(function (t) {
      var b = el("button", "small", t[0]);
      b.type = "button";
      b.dataset.target = t[1];
      b.addEventListener("click", function () {
        document.getElementById(t[1]).value = n.name;
        var from = document.getElementById("path-from").value;
        var to = document.getElementById("path-to").value;
        if (from && to) document.getElementById("path-find").click();
      });
      tools.appendChild(b);
    });
    if (state.expand) {
      var more = el("button", "small", "展开 Expand");
      more.type = "button";
      more.addEventListener("click", function () { expandNode(id); });
      tools.appendChild(more);
    }
    panel.appendChild(tools);
    panel.appendChild(el("h4", null, "时间线 Timeline · documents by date"));
    panel.appendChild(timeline(id));
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
    resetPanel("edge", "edge", id);
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

  function evidenceList(e, limit, onlyDoc) {
    var items = (DATA.evidence[e.evidenceIndex] || []).filter(function (ev) { return !onlyDoc || ev.doc === onlyDoc; });
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
        var cite = [];
        if (doc.title) cite.push(ev.doc);
        if (doc.date) cite.push(doc.date);
        if (ev.rule) cite.push("rule " + ev.rule);
        if (typeof ev.confidence === "number") cite.push("confidence " + ev.confidence.toFixed(2));
        var c = el("cite", null, "— ");
        c.appendChild(DATA.documents[ev.doc] ? docLink(ev.doc, doc.title || ev.doc) : document.createTextNode(ev.doc));
        if (cite.length) c.appendChild(document.createTextNode(" · " + cite.join(" · ")));
        li.appendChild(c);
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
  network.on("animationFinished", function () {
    if (state.relabel) {
      state.relabel = false;
      labelDensity();
    } else {
      resizeLabels();
    }
  });
  document.getElementById("reset").addEventListener("click", function () {
    DATA.types.forEach(function (t) { setFilter("type", t.id, true); });
    DATA.relations.forEach(function (r) { setFilter("relation", r.id, true); });
    var slider = document.getElementById("min-support");
    slider.value = "1";
    state.minSupport = 1;
    document.getElementById("min-support-value").textContent = "1";
    input.value = "";
    setIsolated(DATA.meta.isolated === DATA.nodes.length);
    state.path = null;
    state.dateFrom = 0;
    state.dateTo = Math.max(0, periods.length - 1);
    showDateRange();
    document.getElementById("path-from").value = "";
    document.getElementById("path-to").value = "";
    if (state.docLayer) setDocumentLayer(false);
    if (state.jointIssuers) setJointIssuers(false);
    if (state.colourBy !== "type") setColourBy("type");
    state.selected = null;
    if (state.expand || DATA.meta.expand) setExpandMode(!!DATA.meta.expand);
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
      labelDensity();
      if (DATA.meta.expand) setExpandMode(true);
      if (DATA.meta.focus) selectNode(DATA.meta.focus, false);
      api.ready = true;
      document.body.dataset.ready = "true";
    }, 0);
  }

  buildFilters();
  buildCommunityLegend();
  state.expand = false;  // the layout settles with every entity; expand mode starts once it has
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
