// rasad event map: a Web-Mercator map drawn on a <canvas>, with no tiles and no third-party code.
// Data: /api/events (the filtered events), /api/events/{id} (detail with sources),
// /api/reference (event types, country and governorate-capital points for context).
"use strict";

(() => {
  const COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#e6ab02",
    "Strategic developments": "#1f77b4",
  };
  const OTHER = "#7f7f7f";
  const PAGE = 1000;      // events per API request
  const MAX_EVENTS = 20000;
  const HIT_PX = 9;       // click tolerance around a marker
  const MAX_LIST = 500;   // list items drawn at once

  const $ = (id) => document.getElementById(id);
  const canvas = $("map");
  const ctx = canvas.getContext("2d");
  const state = {
    events: [], total: 0, reference: { event_types: [], countries: [], admin1: [] },
    cx: 0.5, cy: 0.5, scale: 1024,   // view centre in Mercator world units [0, 1], px per unit
    selected: null, visible: [],
  };

  // -- projection: lon/lat <-> world [0,1]² <-> screen pixels ------------------------------
  const MAX_LAT = 85.0511;
  function world(lon, lat) {
    const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180;
    return [(lon + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
  }
  function unworld(x, y) {
    const lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180 / Math.PI;
    return [x * 360 - 180, lat];
  }
  const size = () => [canvas.clientWidth, canvas.clientHeight];
  function toScreen(lon, lat) {
    const [x, y] = world(lon, lat);
    const [w, h] = size();
    return [(x - state.cx) * state.scale + w / 2, (y - state.cy) * state.scale + h / 2];
  }
  function toWorld(px, py) {
    const [w, h] = size();
    return [state.cx + (px - w / 2) / state.scale, state.cy + (py - h / 2) / state.scale];
  }
  const located = (e) => e.latitude != null && e.longitude != null;
  const colour = (type) => COLOURS[type] || OTHER;
  const radius = (e) => 5 + 2 * Math.sqrt(Math.max(0, (e.n_sources || 1) - 1));

  // -- view changes ----------------------------------------------------------------------
  function clampView() {
    const [w] = size();
    state.scale = Math.max(Math.max(w, 256), Math.min(state.scale, 2 ** 22));
    state.cx = Math.max(0, Math.min(1, state.cx));
    state.cy = Math.max(0, Math.min(1, state.cy));
  }
  function zoomAt(factor, px, py) {
    const [bx, by] = toWorld(px, py);
    state.scale *= factor;
    clampView();
    const [ax, ay] = toWorld(px, py);   // keep the point under the cursor in place
    state.cx += bx - ax;
    state.cy += by - ay;
    clampView();
    redraw();
  }
  // Fit the view to the points. With many points the extent is taken between the 3rd and 97th
  // percentiles, so a few far-away events (a story abroad) do not shrink the region of interest.
  function fit(points) {
    const [w, h] = size();
    if (!points.length) points = [[10, 5], [55, 38]];   // the Arab region rasad covers
    const ws = points.map(([lon, lat]) => world(lon, lat));
    const xs = ws.map((p) => p[0]).sort((a, b) => a - b);
    const ys = ws.map((p) => p[1]).sort((a, b) => a - b);
    const cut = xs.length >= 30 ? Math.floor(xs.length * 0.03) : 0;
    const [x0, x1] = [xs[cut], xs[xs.length - 1 - cut]];
    const [y0, y1] = [ys[cut], ys[ys.length - 1 - cut]];
    state.cx = (x0 + x1) / 2;
    state.cy = (y0 + y1) / 2;
    const pad = 60;  // keep markers and their labels off the edges
    state.scale = Math.min(
      Math.max(w - 2 * pad, 100) / Math.max(x1 - x0, 1e-9),
      Math.max(h - 2 * pad, 100) / Math.max(y1 - y0, 1e-9),
      w / 0.012,  // a single point: about 4° across, with its neighbours in view
    );
    clampView();
    redraw();
  }
  const fitEvents = () => fit(state.events.filter(located).map((e) => [e.longitude, e.latitude]));

  // -- drawing -----------------------------------------------------------------------------
  let pending = false;
  function redraw() {
    if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; draw(); }); }
  }
  function niceStep(degPerPx) {
    const want = degPerPx * 120;
    return [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30].find((s) => s >= want) || 45;
  }
  // Draw a label unless it would overlap one already drawn in this frame (``placed``).
  let placed = [];
  function label(text, x, y, font, fill, rtl) {
    ctx.font = font;
    const half = ctx.measureText(text).width / 2 + 2, px = parseInt(font.match(/(\d+)px/)[1], 10);
    const box = [x - half, y - px, x + half, y + 3];
    if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) return false;
    placed.push(box);
    ctx.direction = rtl ? "rtl" : "ltr";
    ctx.textAlign = "center";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,.85)";
    ctx.strokeText(text, x, y);
    ctx.fillStyle = fill;
    ctx.fillText(text, x, y);
    return true;
  }
  function draw() {
    const dpr = window.devicePixelRatio || 1;
    const [w, h] = size();
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    placed = [];
    ctx.fillStyle = "#dfe9f0";
    ctx.fillRect(0, 0, w, h);
    const [lonW, latN] = unworld(...toWorld(0, 0));
    const [lonE, latS] = unworld(...toWorld(w, h));

    // graticule with degree labels
    const step = niceStep((lonE - lonW) / w);
    ctx.strokeStyle = "rgba(60,80,100,.18)";
    ctx.lineWidth = 1;
    ctx.fillStyle = "#567";
    ctx.font = "10px sans-serif";
    ctx.direction = "ltr";
    ctx.textAlign = "left";
    for (let lon = Math.ceil(lonW / step) * step; lon <= lonE; lon += step) {
      const [x] = toScreen(lon, 0);
      ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, h); ctx.stroke();
      ctx.fillText(`${+lon.toFixed(2)}°`, x + 3, h - 4);
    }
    for (let lat = Math.ceil(latS / step) * step; lat <= latN; lat += step) {
      const [, y] = toScreen(0, lat);
      ctx.beginPath(); ctx.moveTo(0, y); ctx.lineTo(w, y); ctx.stroke();
      ctx.fillText(`${+lat.toFixed(2)}°`, 3, y - 3);
    }

    // where the events in view go: computed first so that capital labels keep clear of them
    const marks = [];
    for (const e of state.events) {
      if (!located(e)) continue;
      const [x, y] = toScreen(e.longitude, e.latitude);
      if (x < -10 || x > w + 10 || y < -10 || y > h + 10) continue;
      const r = radius(e);
      marks.push([e, x, y, r]);
    }

    // reference: country names, then governorate capitals once zoomed in enough to read them
    const ref = state.reference;
    for (const c of ref.countries) {
      const [x, y] = toScreen(c.lon, c.lat);
      if (x < -100 || x > w + 100 || y < -20 || y > h + 20) continue;
      if (label(c.name_ar, x, y, "bold 15px sans-serif", "rgba(40,60,80,.55)", true) && state.scale > 3000) {
        label(c.name || c.iso2, x, y + 14, "11px sans-serif", "rgba(40,60,80,.5)", false);
      }
    }
    for (const [, x, y, r] of marks) placed.push([x - r, y - r, x + r, y + r]);  // capitals avoid markers
    const showCapitals = state.scale > 2500;
    for (const a of ref.admin1) {
      const [x, y] = toScreen(a.lon, a.lat);
      if (x < -50 || x > w + 50 || y < -20 || y > h + 20) continue;
      ctx.fillStyle = "#334";
      ctx.fillRect(x - 2, y - 2, 4, 4);
      if (showCapitals) label(a.name_ar, x, y - 6, "12px sans-serif", "#223", true);
    }

    // events: coloured circles, bigger with more sources (drawn first, beneath smaller ones);
    // several events at one place show their number beside them; the selected one is ringed
    const visible = marks.map(([e]) => e);
    const stacks = new Map();
    for (const [e, x, y, r] of [...marks].sort((m1, m2) => m2[3] - m1[3])) {
      const key = `${e.latitude.toFixed(4)},${e.longitude.toFixed(4)}`;
      const stack = stacks.get(key) || { x, y, n: 0, r: 0 };
      stack.n += 1;
      stack.r = Math.max(stack.r, r);
      stacks.set(key, stack);
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = colour(e.event_type);
      ctx.globalAlpha = 0.85;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#222";
      ctx.stroke();
    }
    const sel = marks.find(([e]) => e.id === state.selected);
    if (sel) {
      ctx.beginPath();
      ctx.arc(sel[1], sel[2], sel[3] + 4, 0, 2 * Math.PI);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = "#000";
      ctx.stroke();
    }
    const countBoxes = [];  // a stack's count is left out where it would cover another's
    ctx.font = "bold 11px sans-serif";
    ctx.direction = "ltr";
    ctx.textAlign = "left";
    for (const { x, y, n, r } of stacks.values()) {
      if (n < 2) continue;
      const tx = x + r + 6, ty = y - r + 2;
      const box = [tx - 1, ty - 11, tx + 7 * String(n).length + 1, ty + 2];
      if (countBoxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      countBoxes.push(box);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#fff";
      ctx.strokeText(String(n), tx, ty);
      ctx.fillStyle = "#111";
      ctx.fillText(String(n), tx, ty);
    }
    canvas.dataset.count = String(visible.length);
    const kmPer100px = 100 * (lonE - lonW) / w * 111.32 * Math.cos(((latN + latS) / 2) * Math.PI / 180);
    $("scale").textContent = `100 px ≈ ${kmPer100px < 10 ? kmPer100px.toFixed(1) : Math.round(kmPer100px)} km`;
    renderList(visible);
  }

  // -- the list of events in view ----------------------------------------------------------
  function renderList(visible) {
    const ids = visible.map((e) => e.id).join("|");
    if (ids === state.listKey) return;   // unchanged: keep the DOM (and the focus)
    state.listKey = ids;
    state.visible = visible;
    const list = $("event-list");
    // the events at a clicked place come first, then the rest, newest first
    const here = state.here || new Set();
    const newest = [...visible].reverse();  // the API gives them by date, oldest first
    const ordered = [...newest.filter((e) => here.has(e.id)), ...newest.filter((e) => !here.has(e.id))];
    list.replaceChildren(...ordered.slice(0, MAX_LIST).map((e) => {
      const li = el("li", { tabindex: "0", "data-id": e.id, "data-type": e.event_type });
      if (e.id === state.selected) li.classList.add("selected");
      if (here.has(e.id)) li.classList.add("here");
      const dot = el("span", { class: "dot" });
      dot.style.background = colour(e.event_type);
      const actors = [e.actor1, e.actor2].filter(Boolean).join(" vs ");
      li.append(dot, el("div", {}, [
        el("div", {}, [el("strong", {}, [e.sub_event_type || e.event_type]), ` — ${e.location || "?"}`]),
        el("div", { class: "meta" }, [
          `${e.event_date || "undated"} · ${e.country || ""}${actors ? " · " + actors : ""}` +
          ` · ${e.fatalities} fatalities · ${e.n_sources} source${e.n_sources === 1 ? "" : "s"}`,
        ]),
      ]));
      li.addEventListener("click", () => select(e.id));  // keeps the clicked place's group
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") select(e.id); });
      return li;
    }));
    if (visible.length > MAX_LIST) {
      list.append(el("li", { class: "more" }, [`… ${visible.length - MAX_LIST} more: zoom in or filter`]));
    }
    const selected = list.querySelector("li.selected");
    if (selected) selected.scrollIntoView({ block: "nearest" });
    $("list-count").textContent = `${visible.length} event${visible.length === 1 ? "" : "s"}`;
    $("list-count").dataset.count = String(visible.length);
  }

  function el(tag, attrs = {}, children = []) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children.filter((c) => c != null));
    return node;
  }

  // -- detail panel ------------------------------------------------------------------------
  async function select(id) {
    state.selected = id;
    state.listKey = null;
    redraw();
    const body = $("detail-body");
    $("detail").hidden = false;
    $("detail").dataset.id = id;
    body.replaceChildren(el("p", {}, ["Loading…"]));
    let d;
    try {
      d = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    } catch (err) {
      body.replaceChildren(el("p", { class: "error" }, [String(err.message)]));
      return;
    }
    if (state.selected !== id) return;
    const rows = [
      ["Date", d.event_date], ["Event type", d.event_type], ["Sub-event type", d.sub_event_type],
      ["Actor 1", d.actor1], ["Assoc. actor 1", d.assoc_actor_1], ["Actor 2", d.actor2],
      ["Assoc. actor 2", d.assoc_actor_2], ["Interaction", d.interaction],
      ["Location", d.location], ["Admin 1", d.admin1], ["Admin 2", d.admin2],
      ["Country", d.country],
      ["Coordinates", located(d) ? `${d.latitude}, ${d.longitude}` : null],
      ["Geo precision", d.geo_precision], ["Fatalities", d.fatalities],
      ["Certainty", d.certainty], ["Claimed by", d.claimed_by],
      ["Confidence", d.confidence], ["ACLED id", d.event_id_cnty],
    ].filter(([, v]) => v !== null && v !== undefined && v !== "");
    const dl = el("dl", {}, rows.flatMap(([k, v]) => [el("dt", {}, [k]), el("dd", {}, [String(v)])]));
    const sources = d.sources.map((s) => {
      const title = s.url
        ? el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer", lang: "ar", dir: "auto" }, [s.title || s.url])
        : el("span", { lang: "ar", dir: "auto" }, [s.title || "(untitled)"]);
      return el("div", { class: "source", "data-article": s.article_id }, [
        el("div", {}, [el("strong", { dir: "auto" }, [s.outlet || "unknown outlet"]), ` · ${s.published || "undated"} · `, title]),
        el("div", { class: "meta" }, [
          `reports: ${s.event_date || "?"}, ${s.location || "?"}` +
          (s.fatalities != null ? `, ${s.fatalities} killed` : "") + (s.certainty ? `, ${s.certainty}` : ""),
          " · ", el("a", { href: `/api/articles/${encodeURIComponent(s.article_id)}`, target: "_blank" }, ["article JSON"]),
        ]),
        s.evidence ? el("blockquote", { class: "evidence", dir: "rtl", lang: "ar" }, [s.evidence]) : null,
        articleReader(s),
      ]);
    });
    body.replaceChildren(
      el("h3", {}, [`${d.sub_event_type || d.event_type} — ${d.location || "unlocated"}`]),
      dl,
      d.notes ? el("p", { class: "notes" }, [d.notes]) : null,
      el("h4", {}, [`Sources (${d.sources.length})`]),
      ...sources,
    );
  }
  // "read the article": the stored text with the evidence sentence marked, to check the claim
  function articleReader(s) {
    const button = el("button", { type: "button", class: "read" }, ["read the article"]);
    const box = el("div", { class: "article", dir: "rtl", lang: "ar", hidden: "" });
    button.addEventListener("click", async () => {
      if (!box.hidden) {
        box.hidden = true;
        button.textContent = "read the article";
        return;
      }
      if (!box.childNodes.length) {
        try {
          const a = await getJSON(`/api/articles/${encodeURIComponent(s.article_id)}`);
          const text = a.text || "", at = s.evidence ? text.indexOf(s.evidence) : -1;
          box.append(...(at < 0 ? [text] : [
            text.slice(0, at), el("mark", {}, [s.evidence]), text.slice(at + s.evidence.length),
          ]));
        } catch (err) {
          box.append(err.message);
        }
      }
      box.hidden = false;
      button.textContent = "hide the article";
      const mark = box.querySelector("mark");
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    });
    return el("div", {}, [button, box]);
  }

  function closeDetail() {
    $("detail").hidden = true;
    state.selected = null;
    state.here = null;
    state.listKey = null;
    redraw();
  }

  // -- data --------------------------------------------------------------------------------
  async function getJSON(url) {
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(typeof body.detail === "string" ? body.detail : `${url}: HTTP ${res.status}`);
    return body;
  }
  const FILTERS = [["country", "f-country"], ["event_type", "f-type"], ["since", "f-since"],
    ["until", "f-until"], ["actor", "f-actor"]];
  function filterParams() {
    const p = new URLSearchParams();
    for (const [key, id] of FILTERS) {
      const v = $(id).value.trim();
      if (v) p.append(key, v);
    }
    return p;
  }
  // the filters live in the address (#country=Syria&since=...), so a view can be shared
  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    for (const [key, id] of FILTERS) {
      const v = p.get(key);
      if (v === null) continue;
      const input = $(id);
      if (input.tagName === "SELECT" && ![...input.options].some((o) => o.value === v)) {
        input.append(el("option", { value: v }, [v]));  // a value the data does not hold (yet)
      }
      input.value = v;
    }
  }
  function setStatus(text, error = false) {
    $("status").textContent = text;
    $("status").classList.toggle("error", error);
  }
  async function loadEvents(refit) {
    const params = filterParams();
    const shown = params.toString();
    history.replaceState(null, "", shown ? `#${shown}` : location.pathname + location.search);
    setStatus("Loading events…");
    const events = [];
    let total = 0;
    try {
      do {
        params.set("limit", String(PAGE));
        params.set("offset", String(events.length));
        const page = await getJSON(`/api/events?${params}`);
        total = page.total;
        events.push(...page.items);
        if (!page.items.length) break;
      } while (events.length < total && events.length < MAX_EVENTS);
    } catch (err) {
      setStatus(err.message, true);
      return;
    }
    state.events = events;
    state.total = total;
    state.listKey = null;
    if (state.selected && !events.some((e) => e.id === state.selected)) closeDetail();
    const unlocated = events.filter((e) => !located(e)).length;
    setStatus(`${events.length}${total > events.length ? ` of ${total}` : ""} event${total === 1 ? "" : "s"}` +
      (unlocated ? ` (${unlocated} without coordinates, not drawn)` : ""));
    document.body.dataset.loaded = String(events.length);
    renderLegend();
    renderMonths();
    if (refit) fitEvents(); else redraw();
  }
  // a bar per month from the first to the last event (empty months too); a click filters to it
  function renderMonths() {
    const svg = $("months"), NS = "http://www.w3.org/2000/svg";
    const counts = new Map();
    for (const e of state.events) {
      if (e.event_date) counts.set(e.event_date.slice(0, 7), (counts.get(e.event_date.slice(0, 7)) || 0) + 1);
    }
    const keys = [...counts.keys()].sort();
    const months = [];
    if (keys.length) {
      let [y, m] = keys[0].split("-").map(Number);
      const last = keys[keys.length - 1];
      for (;;) {
        const key = `${y}-${String(m).padStart(2, "0")}`;
        months.push(key);
        if (key >= last) break;
        if (++m > 12) { m = 1; y += 1; }
      }
    }
    const width = svg.clientWidth || 300, height = 60, max = Math.max(1, ...counts.values());
    const bw = months.length ? width / months.length : 0;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.replaceChildren(...months.map((key, i) => {
      const n = counts.get(key) || 0, bh = n ? Math.max(2, (height - 4) * n / max) : 0;
      const bar = document.createElementNS(NS, "rect");
      for (const [k, v] of Object.entries({ x: i * bw + 0.5, y: height - bh, width: Math.max(1, bw - 1),
        height: bh, "data-month": key, "data-count": n, class: "bar" })) bar.setAttribute(k, v);
      const title = document.createElementNS(NS, "title");
      title.textContent = `${key}: ${n} event${n === 1 ? "" : "s"}`;
      bar.append(title);
      bar.addEventListener("click", () => {
        const [yy, mm] = key.split("-").map(Number);
        $("f-since").value = `${key}-01`;
        $("f-until").value = `${key}-${String(new Date(yy, mm, 0).getDate()).padStart(2, "0")}`;
        loadEvents(true);
      });
      return bar;
    }));
    svg.dataset.bars = String(months.length);
  }

  function renderLegend() {
    const counts = {};
    for (const e of state.events) counts[e.event_type] = (counts[e.event_type] || 0) + 1;
    const types = [...(state.reference.event_types.length ? state.reference.event_types : Object.keys(COLOURS))];
    for (const t of Object.keys(counts)) if (!types.includes(t)) types.push(t);
    $("legend").replaceChildren(...types.map((t) => {
      const sw = el("span", { class: "swatch" });
      sw.style.background = colour(t);
      return el("li", { "data-type": t }, [sw, t, el("span", { class: "n" }, [String(counts[t] || 0)])]);
    }));
  }
  async function init() {
    // the map works without its reference layer; the filters fall back to the data's own values
    const [ref, stats] = await Promise.allSettled([getJSON("/api/reference"), getJSON("/api/stats")]);
    if (ref.status === "fulfilled") state.reference = ref.value;
    const counts = stats.status === "fulfilled" ? stats.value : { by_country: [], by_event_type: [] };
    const types = state.reference.event_types.length
      ? state.reference.event_types : counts.by_event_type.map((t) => t.key).filter(Boolean);
    for (const t of types) $("f-type").append(el("option", { value: t }, [t]));
    for (const c of counts.by_country) {
      if (c.key) $("f-country").append(el("option", { value: c.key }, [`${c.key} (${c.events})`]));
    }
    readHash();
    await loadEvents(true);
    const failed = [ref, stats].find((r) => r.status === "rejected");
    if (failed) setStatus(`${$("status").textContent}; ${failed.reason.message}`, true);
  }

  // -- interaction -------------------------------------------------------------------------
  let drag = null;
  canvas.addEventListener("pointerdown", (ev) => {
    drag = { x: ev.clientX, y: ev.clientY, cx: state.cx, cy: state.cy, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; canvas.classList.add("dragging"); }
    if (drag.moved) {
      state.cx = drag.cx - dx / state.scale;
      state.cy = drag.cy - dy / state.scale;
      clampView();
      redraw();
    }
  });
  canvas.addEventListener("pointerup", (ev) => {
    const wasDrag = drag && drag.moved;
    drag = null;
    canvas.classList.remove("dragging");
    if (wasDrag) return;
    const rect = canvas.getBoundingClientRect();
    const px = ev.clientX - rect.left, py = ev.clientY - rect.top;
    let best = null, bestD = HIT_PX;
    for (const e of state.visible) {
      const [x, y] = toScreen(e.longitude, e.latitude);
      const d = Math.hypot(x - px, y - py) - (radius(e) - 5);
      if (d < bestD) { best = e; bestD = d; }
    }
    if (best) {
      const at = (e) => `${e.latitude.toFixed(4)},${e.longitude.toFixed(4)}`;
      state.here = new Set(state.visible.filter((e) => at(e) === at(best)).map((e) => e.id));
      select(best.id);
    }
  });
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const rect = canvas.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - rect.left, ev.clientY - rect.top);
  }, { passive: false });
  canvas.addEventListener("keydown", (ev) => {
    const [w, h] = size();
    const pan = { ArrowLeft: [-60, 0], ArrowRight: [60, 0], ArrowUp: [0, -60], ArrowDown: [0, 60] }[ev.key];
    if (pan) { state.cx += pan[0] / state.scale; state.cy += pan[1] / state.scale; clampView(); redraw(); }
    else if (ev.key === "+" || ev.key === "=") zoomAt(1.5, w / 2, h / 2);
    else if (ev.key === "-") zoomAt(1 / 1.5, w / 2, h / 2);
    else return;
    ev.preventDefault();
  });
  $("zoom-in").addEventListener("click", () => { const [w, h] = size(); zoomAt(1.5, w / 2, h / 2); });
  $("zoom-out").addEventListener("click", () => { const [w, h] = size(); zoomAt(1 / 1.5, w / 2, h / 2); });
  $("zoom-fit").addEventListener("click", fitEvents);
  $("detail-close").addEventListener("click", closeDetail);
  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadEvents(true); });
  for (const id of ["f-country", "f-type", "f-since", "f-until"]) {
    $(id).addEventListener("change", () => loadEvents(true));
  }
  $("f-reset").addEventListener("click", () => { $("filters").reset(); loadEvents(true); });
  window.addEventListener("resize", redraw);
  window.addEventListener("hashchange", () => {
    if (location.hash.slice(1) === filterParams().toString()) return;  // our own update
    $("filters").reset();
    readHash();
    loadEvents(true);
  });

  // where an event's marker is drawn (page coordinates), for scripted checks of the canvas
  window.rasadMap = {
    markerAt(id) {
      const e = state.events.find((x) => x.id === id);
      if (!e || !located(e)) return null;
      const [x, y] = toScreen(e.longitude, e.latitude);
      const rect = canvas.getBoundingClientRect();
      return [rect.left + x, rect.top + y];
    },
  };

  init();
})();
