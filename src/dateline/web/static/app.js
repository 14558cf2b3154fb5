/* dateline page: filters, list, charts and the event view. Talks to /api only. */
"use strict";

const PAGE = 25;
const state = {offset: 0, total: 0, colours: {}, countries: null};
const $ = sel => document.querySelector(sel);

function showError(msg) {
  const box = $("#error");
  box.textContent = msg;
  box.hidden = !msg;
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) qs.set(k, v);
  const url = "/api/" + path + (qs.toString() ? "?" + qs : "");
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) {
    const e = body.error || {};
    throw new Error(`${e.message || res.statusText}` + (e.parameter ? ` (${e.parameter})` : ""));
  }
  return body;
}

function filterValues() {
  const out = {};
  for (const [k, v] of new FormData($("#filters")).entries()) if (v) out[k] = v;
  return out;
}

function fillSelect(select, items, label) {
  for (const it of items) {
    const o = document.createElement("option");
    o.value = it.value;
    o.textContent = `${label ? label(it.value) : it.value} (${it.n})`;
    select.appendChild(o);
  }
}

function cell(tr, text) {
  const td = document.createElement("td");
  td.textContent = text == null ? "" : text;
  tr.appendChild(td);
  return td;
}

function who(names, countries) {
  const n = (names || []).join("; ");
  const c = (countries || []).join("/");
  return c ? `${n} [${c}]` : n;
}

async function loadList() {
  const data = await api("events", {...filterValues(), limit: PAGE, offset: state.offset});
  state.total = data.total;
  $("#total").textContent = `(${data.total})`;
  const body = $("#events tbody");
  body.replaceChildren();
  for (const ev of data.items) {
    const tr = document.createElement("tr");
    tr.dataset.eventId = ev.event_id;
    cell(tr, ev.date_start === ev.date_end ? ev.date_start : `${ev.date_start} – ${ev.date_end}`);
    cell(tr, ev.event_type);
    cell(tr, ev.modality);
    cell(tr, who(ev.source_names, ev.source_countries));
    cell(tr, who(ev.target_names, ev.target_countries));
    cell(tr, ev.place_name);
    cell(tr, ev.trigger);
    tr.addEventListener("click", () => openEvent(ev.event_id));
    body.appendChild(tr);
  }
  const last = Math.min(state.offset + PAGE, data.total);
  $("#page").textContent = data.total ? `${state.offset + 1}–${last} of ${data.total}` : "none";
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = last >= data.total;
}

async function loadTimeline() {
  const data = await api("timeline", {...filterValues(), bucket: $("#bucket").value});
  drawTimeline($("#timeline"), data.items, state.colours, data.bucket);
  const types = [...new Set(data.items.map(r => r.event_type))].sort();
  const legend = $("#timeline-legend");
  legend.replaceChildren();
  for (const t of types) {
    const s = document.createElement("span");
    s.style.setProperty("--c", state.colours[t] || "#888");
    s.textContent = t;
    legend.appendChild(s);
  }
}

async function loadNetwork() {
  const data = await api("network", {...filterValues(), by: $("#network-by").value,
    limit: 40});
  drawNetwork($("#network"), data, node => {
    if ($("#network-by").value === "country" && /^[A-Z]{3}$/.test(node.id)) {
      $("#f-country").value = node.id;
    } else {
      $("#f-actor").value = node.id;
    }
    refresh(true);
  });
}

async function loadMap() {
  if (!state.countries) {
    const res = await fetch("/static/countries.json");
    state.countries = (await res.json()).countries;
  }
  const data = await api("places", filterValues());
  const active = new Set(data.items.map(p => p.place_country).filter(Boolean));
  drawMap($("#map"), state.countries, data.items, active);
}

async function refresh(resetPage) {
  if (resetPage) state.offset = 0;
  showError("");
  try {
    await Promise.all([loadList(), loadTimeline(), loadNetwork(), loadMap()]);
    document.body.dataset.ready = "1";
  } catch (e) {
    showError(String(e.message || e));
  }
}

function field(dl, name, value) {
  const dt = document.createElement("dt");
  dt.textContent = name;
  const dd = document.createElement("dd");
  dd.textContent = Array.isArray(value) ? value.join("; ") :
    (value === null || value === undefined ? "—" : String(value));
  dl.append(dt, dd);
}

async function openEvent(id) {
  showError("");
  let data;
  try {
    data = await api("events/" + encodeURIComponent(id));
  } catch (e) {
    showError(String(e.message || e));
    return;
  }
  const ev = data.event, art = data.article || {text: ""};
  $("#ev-title").textContent = `${ev.event_type} (${ev.modality}), ${ev.date_start}`;
  $("#ev-article-title").textContent = art.title || art.id || "";
  $("#ev-article-meta").textContent =
    [art.id, art.published, art.source, art.url].filter(Boolean).join(" · ");
  const text = art.text || "";
  const s = ev.sentence_start, e = ev.sentence_end;
  const box = $("#ev-text");
  box.replaceChildren();
  box.append(document.createTextNode(text.slice(0, s)));
  const mark = document.createElement("mark");
  mark.id = "sentence";
  const ts = ev.trigger_start, te = ev.trigger_end;
  if (ts >= s && te <= e && te > ts) {
    const strong = document.createElement("strong");
    strong.textContent = text.slice(ts, te);
    mark.append(document.createTextNode(text.slice(s, ts)), strong,
      document.createTextNode(text.slice(te, e)));
  } else {
    mark.textContent = text.slice(s, e);
  }
  box.append(mark, document.createTextNode(text.slice(e)));
  const dl = $("#ev-fields");
  dl.replaceChildren();
  for (const [k, v] of Object.entries(ev)) if (k !== "sentence") field(dl, k, v);
  const tbody = $("#ev-actors tbody");
  tbody.replaceChildren();
  for (const a of data.actors) {
    const tr = document.createElement("tr");
    for (const v of [a.role, a.text, a.name, a.country, (a.sectors || []).join(" "), a.kind]) {
      cell(tr, v);
    }
    tbody.appendChild(tr);
  }
  $("#event-view").hidden = false;
  mark.scrollIntoView({block: "center"});
  $("#event-view").scrollIntoView({block: "start"});
}

async function init() {
  try {
    const [health, facets] = await Promise.all([api("health"), api("facets")]);
    const c = health.counts;
    $("#counts").textContent =
      `${c.articles} articles · ${c.events} event mentions · ${c.quarantine} quarantined`;
    fillSelect($("#f-country"), facets.countries);
    fillSelect($("#f-type"), facets.types);
    fillSelect($("#f-modality"), facets.modalities);
    state.colours = typeColours(facets.types.map(t => t.value));
  } catch (e) {
    showError(String(e.message || e));
  }
  $("#filters").addEventListener("submit", ev => { ev.preventDefault(); refresh(true); });
  $("#reset").addEventListener("click", () => { $("#filters").reset(); refresh(true); });
  $("#bucket").addEventListener("change", () => loadTimeline().catch(e => showError(e.message)));
  $("#network-by").addEventListener("change",
    () => loadNetwork().catch(e => showError(e.message)));
  $("#prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE); loadList();
  });
  $("#next").addEventListener("click", () => { state.offset += PAGE; loadList(); });
  $("#close-event").addEventListener("click", () => { $("#event-view").hidden = true; });
  await refresh(true);
}

init();
