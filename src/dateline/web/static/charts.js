/* dateline charts: plain SVG, no libraries. Timeline (stacked bars), network (force
   layout), map (equirectangular country outlines with event points). */
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const PALETTE = ["#2e6fba", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6cab",
  "#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#5e548e", "#9a8c98", "#bc4749",
  "#386641", "#6a994e", "#a7c957", "#577590", "#f3722c", "#90be6d", "#43aa8b"];

function el(name, attrs, parent) {
  const node = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

function tip(node, text) { el("title", {}, node).textContent = text; return node; }

function clear(svg) { while (svg.firstChild) svg.removeChild(svg.firstChild); }

function emptyNote(svg, msg) {
  const vb = svg.viewBox.baseVal;
  el("text", {x: vb.width / 2, y: vb.height / 2, "text-anchor": "middle", class: "empty"},
    svg).textContent = msg;
}

function typeColours(types) {
  const out = {};
  types.forEach((t, i) => { out[t] = PALETTE[i % PALETTE.length]; });
  return out;
}

/* rows: [{period, event_type, n}] */
function fillPeriods(periods, bucket) {
  if (periods.length < 2 || (bucket !== "month" && bucket !== "year")) return periods;
  const out = [];
  let [y, m] = periods[0].split("-").map(Number);
  const last = periods[periods.length - 1];
  while (out.length < 600) {
    const p = `${y}-${String(m).padStart(2, "0")}-01`;
    out.push(p);
    if (p >= last) break;
    if (bucket === "year") y += 1; else if (m === 12) { y += 1; m = 1; } else m += 1;
  }
  return out;
}

function niceStep(max) {
  const raw = max / 4, mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
  for (const f of [1, 2, 5, 10]) if (f * mag >= raw) return Math.max(1, f * mag);
  return Math.max(1, 10 * mag);
}

function drawTimeline(svg, rows, colours, bucket) {
  clear(svg);
  if (!rows.length) { emptyNote(svg, "no events"); return; }
  const W = svg.viewBox.baseVal.width, H = svg.viewBox.baseVal.height;
  const m = {l: 36, r: 8, t: 8, b: 34};
  const periods = fillPeriods([...new Set(rows.map(r => r.period))].sort(), bucket);
  const stacks = {};
  for (const r of rows) (stacks[r.period] = stacks[r.period] || []).push(r);
  const peak = Math.max(...periods.map(p => (stacks[p] || []).reduce((s, r) => s + r.n, 0)));
  const step = niceStep(peak), max = Math.ceil(peak / step) * step;
  const bw = Math.min(60, (W - m.l - m.r) / periods.length);
  const y = v => H - m.b - v / max * (H - m.t - m.b);
  const axis = el("g", {class: "axis"}, svg);
  el("line", {x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b}, axis);
  for (let v = 0; v <= max; v += step) {
    el("text", {x: m.l - 4, y: y(v) + 3, "text-anchor": "end"}, axis).textContent = v;
    el("line", {x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), "stroke-dasharray": "2 3",
      "stroke-opacity": .5}, axis);
  }
  const every = Math.max(1, Math.ceil(periods.length / 10));
  periods.forEach((p, i) => {
    let acc = 0;
    const g = el("g", {class: "bar", "data-period": p}, svg);
    for (const r of stacks[p] || []) {
      const h = y(acc) - y(acc + r.n);
      tip(el("rect", {x: m.l + i * bw + 1, y: y(acc + r.n), width: Math.max(1, bw - 2),
        height: h, fill: colours[r.event_type] || "#888", "data-type": r.event_type}, g),
        `${p}: ${r.event_type} ${r.n}`);
      acc += r.n;
    }
    if (i % every === 0) {
      el("text", {x: m.l + i * bw + bw / 2, y: H - m.b + 14, "text-anchor": "middle"},
        axis).textContent = bucket === "year" ? p.slice(0, 4) :
        bucket === "month" ? p.slice(0, 7) : p;
    }
  });
}

/* Fruchterman-Reingold on one connected component, in local coordinates. */
function forceLayout(nodes, edges, k) {
  nodes.forEach((a, i) => {
    const ang = 2 * Math.PI * i / nodes.length, rad = k * nodes.length / 4;
    a.x = rad * Math.cos(ang); a.y = rad * Math.sin(ang);
  });
  let temp = k * 2;
  for (let it = 0; it < 200; it++) {
    for (const a of nodes) { a.vx = 0; a.vy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), .01);
        const f = k * k / d / d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.max(Math.hypot(dx, dy), .01);
      const f = d / k;
      e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    }
    for (const a of nodes) {
      const v = Math.max(Math.hypot(a.vx, a.vy), .01), step = Math.min(v, temp);
      a.x += a.vx / v * step; a.y += a.vy / v * step;
    }
    temp = Math.max(temp * .96, .5);
  }
}

/* Lay out each connected component on its own (a force layout), then pack the
   components in rows, biggest first; returns the scale that fits the box. */
function layout(nodes, edges, W, H) {
  const parent = new Map(nodes.map(a => [a, a]));
  const find = a => { while (parent.get(a) !== a) a = parent.get(a); return a; };
  for (const e of edges) parent.set(find(e.s), find(e.t));
  const comps = new Map();
  for (const a of nodes) {
    const root = find(a);
    if (!comps.has(root)) comps.set(root, {nodes: [], edges: []});
    comps.get(root).nodes.push(a);
  }
  for (const e of edges) comps.get(find(e.s)).edges.push(e);
  const boxes = [...comps.values()].sort((a, b) => b.nodes.length - a.nodes.length);
  const half = a => Math.min(22, a.id.length) * 3.1 + 6;  // half a label's width
  const padY = 24;
  for (const c of boxes) {
    if (c.nodes.length === 2) {  // a pair: side by side, labels clear of each other
      const [a, b] = c.nodes;
      a.x = 0; a.y = 0; b.x = Math.max(70, half(a) + half(b)); b.y = 0;
    } else {
      forceLayout(c.nodes, c.edges, 80);
    }
    c.x0 = Math.min(...c.nodes.map(a => a.x - half(a)));
    c.y0 = Math.min(...c.nodes.map(a => a.y)) - padY / 2;
    c.w = Math.max(...c.nodes.map(a => a.x + half(a))) - c.x0;
    c.h = Math.max(...c.nodes.map(a => a.y)) + padY - c.y0;
  }
  // shelf packing in a strip as wide as the box, then scale to fit the height
  let x = 0, y = 0, shelf = 0, width = W;
  for (let tries = 0; tries < 8; tries++) {
    x = 0; y = 0; shelf = 0;
    for (const c of boxes) {
      if (x + c.w > width && x > 0) { x = 0; y += shelf; shelf = 0; }
      c.ox = x - c.x0; c.oy = y - c.y0;
      x += c.w; shelf = Math.max(shelf, c.h);
    }
    if ((y + shelf) * W / width <= H) break;
    width *= 1.25;  // too tall: use a wider strip, drawn smaller
  }
  const total = y + shelf, scale = Math.min(1, W / width, H / total);
  const offX = (W - Math.min(width, W / scale) * scale) / 2;
  for (const c of boxes) {
    for (const a of c.nodes) {
      a.x = offX + (a.x + c.ox) * scale; a.y = (a.y + c.oy) * scale + (H - total * scale) / 2;
    }
  }
  return scale;
}

/* net: {nodes: [{id, weight}], edges: [{source, target, weight}]} */
function drawNetwork(svg, net, onNode) {
  clear(svg);
  if (!net.edges.length) { emptyNote(svg, "no source-target pairs"); return; }
  const W = svg.viewBox.baseVal.width, H = svg.viewBox.baseVal.height;
  const nodes = net.nodes.map((n, i) => {
    const a = 2 * Math.PI * i / net.nodes.length;
    return {...n, x: W / 2 + W * .38 * Math.cos(a), y: H / 2 + H * .38 * Math.sin(a),
      vx: 0, vy: 0};
  });
  const byId = Object.fromEntries(nodes.map(n => [n.id, n]));
  const edges = net.edges.map(e => ({...e, s: byId[e.source], t: byId[e.target]}));
  const scale = layout(nodes, edges, W, H);
  const defs = el("defs", {}, svg);
  const marker = el("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5,
    markerWidth: 8, markerHeight: 8, markerUnits: "userSpaceOnUse",
    orient: "auto-start-reverse"}, defs);
  el("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#6b7a90"}, marker);
  const maxW = Math.max(...edges.map(e => e.weight));
  const maxNode = Math.max(...nodes.map(x => x.weight));
  const r = n => 4 + 6 * Math.sqrt(n.weight / maxNode);
  const ge = el("g", {}, svg);
  for (const e of edges) {
    const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.hypot(dx, dy) || 1;
    const rt = r(e.t) + 2;
    tip(el("line", {class: "edge", x1: e.s.x, y1: e.s.y, x2: e.t.x - dx / d * rt,
      y2: e.t.y - dy / d * rt, "stroke-width": 1 + 5 * e.weight / maxW,
      "marker-end": "url(#arrow)"}, ge),
      `${e.source} -> ${e.target}: ${e.weight} event(s) (${(e.event_types || []).join(", ")})`);
  }
  const font = Math.max(6, 10 * scale);
  for (const n of nodes) {
    const g = el("g", {class: "node", transform: `translate(${n.x},${n.y})`}, svg);
    tip(el("circle", {r: r(n)}, g), `${n.id}${n.country ? " (" + n.country + ")" : ""}: ` +
      `${n.weight} event(s)`);
    el("text", {x: 0, y: r(n) + font, "text-anchor": "middle", "font-size": font}, g)
      .textContent = n.id.length > 22 ? n.id.slice(0, 21) + "…" : n.id;
    if (onNode) g.addEventListener("click", () => onNode(n));
  }
}

/* countries: [{iso3, name, rings}], places: [{place_name, place_lat, place_lon, n}] */
function drawMap(svg, countries, places, activeIso3) {
  clear(svg);
  const W = svg.viewBox.baseVal.width, H = svg.viewBox.baseVal.height;
  const top = 84, bottom = -58;  // crop the poles
  const px = lon => (lon + 180) / 360 * W;
  const py = lat => (top - lat) / (top - bottom) * H;
  el("rect", {x: 0, y: 0, width: W, height: H, class: "ocean"}, svg);
  const gc = el("g", {id: "countries"}, svg);
  for (const c of countries) {
    let d = "";
    for (const ring of c.rings) {
      let prev = null;
      for (const [lon, lat] of ring) {
        const jump = prev !== null && Math.abs(lon - prev) > 180;  // the antimeridian
        d += (prev === null || jump ? "M" : "L") + px(lon).toFixed(1) + " " +
          py(lat).toFixed(1);
        prev = lon;
      }
    }
    const cls = activeIso3.has(c.iso3) ? "country active" : "country";
    tip(el("path", {d, class: cls, "data-iso3": c.iso3 || ""}, gc), c.name);
  }
  const gp = el("g", {id: "places"}, svg);
  const maxN = Math.max(1, ...places.map(p => p.n));
  for (const p of places) {
    tip(el("circle", {class: "place", cx: px(p.place_lon), cy: py(p.place_lat),
      r: 3 + 9 * Math.sqrt(p.n / maxN), "data-place": p.place_name || ""}, gp),
      `${p.place_name} (${p.place_country || "?"}): ${p.n} event(s); ` +
      (p.event_types || []).join(", "));
  }
}
