/* Deskmate desktop window: history, metrics and settings, plus "Summarize a
 * file…". Served by the local service like the add-in pane (same origin,
 * session cookie set when this page loaded). Inside the tray's window,
 * pywebview provides window.pywebview.api.pick_file() for the native dialog.
 */
"use strict";

const ROUTES = { local: "Local", cloud: "Cloud", cloud_redacted: "Redacted", blocked: "Blocked" };
const $ = (id) => document.getElementById(id);
const state = { eventId: null };

function showError(message) {
  $("error").textContent = message || "";
  $("error").hidden = !message;
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text;
  row.appendChild(td);
  return td;
}

function when(ts) {
  const d = new Date(ts);
  return isNaN(d) ? ts : d.toLocaleString([], { dateStyle: "short", timeStyle: "short" });
}

async function loadHistory() {
  const data = await api("/api/history");
  const body = $("history-rows");
  body.textContent = "";
  for (const r of data.rows) {
    const tr = document.createElement("tr");
    tr.dataset.event = r.id;
    cell(tr, when(r.ts));
    const what = cell(tr, r.title ? `${r.workflow}: ${r.title}` : r.workflow);
    if (r.preview) what.title = r.preview;
    cell(tr, ROUTES[r.route] || r.route);
    cell(tr, r.surface);
    cell(tr, r.feedback === "none" ? "" : r.feedback);
    cell(tr, r.minutes_saved ? `${Math.round(r.minutes_saved)} min` : "");
    body.appendChild(tr);
  }
  $("history-note").textContent = data.rows.length
    ? (data.details ? "Titles and previews are kept on this laptop (Settings)." :
       "No content is kept: only what ran, where, and your feedback.")
    : "No requests yet. Summarize a file, or drop one into a watched folder.";
}

const COLOURS = ["#0f766e", "#2563eb", "#b45309", "#7c3aed", "#be123c", "#4b5563"];
const charts = {};

function chart(id, type, labels, datasets, stacked) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart($(id), {
    type,
    data: { labels, datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked }, y: { stacked, beginAtZero: true, ticks: stacked ? { precision: 0 } : {} } },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
    },
  });
}

function plural(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

async function loadMetrics() {
  const [m, w] = await Promise.all([api("/api/metrics/me"), api("/api/metrics/weeks")]);
  $("week-hours").textContent = m.week_hours.toFixed(1);
  $("month-hours").textContent = m.month_hours.toFixed(1);
  const labels = w.weeks.map((d) => new Date(`${d}T00:00:00`).toLocaleDateString([], { month: "short", day: "numeric" }));
  const flows = Object.entries(w.requests).map(([name, counts], i) =>
    ({ label: name, data: counts, backgroundColor: COLOURS[i % COLOURS.length] }));
  chart("chart-requests", "bar", labels, flows, true);
  chart("chart-routes", "bar", labels, [
    { label: "On this laptop", data: w.local, backgroundColor: COLOURS[0] },
    { label: "Cloud", data: w.cloud, backgroundColor: COLOURS[1] },
  ], true);
  chart("chart-hours", "line", labels, [
    { label: "Hours saved", data: w.hours, borderColor: COLOURS[0], backgroundColor: COLOURS[0], tension: 0.2 },
  ], false);
  let note = `${plural(w.total, "request")} in the last 8 weeks; ${w.counted} counted toward hours saved` +
    (w.rejected ? `, ${w.rejected} rejected by you` : "") + (w.failed ? `, ${w.failed} failed` : "") + ".";
  if (w.hours_total < 1) {
    note += " The hours are small because only results that ran and that you did not reject count," +
      " and the time you waited for the model is subtracted from each.";
  }
  $("metrics-note").textContent = note;
  $("method-lines").replaceChildren(...w.method.map((line) =>
    Object.assign(document.createElement("li"), { textContent: line })));
}

function renderSettings(s) {
  const keys = $("keys");
  keys.textContent = "";
  if (!s.keys.length) {
    const tr = document.createElement("tr");
    cell(tr, "The org policy approves no cloud endpoint: everything runs on this laptop.");
    keys.appendChild(tr);
  }
  for (const k of s.keys) {
    const tr = document.createElement("tr");
    cell(tr, k.name);
    cell(tr, k.source === "missing" ? "no key" : `key in ${k.source}`);
    const td = cell(tr, "");
    const input = document.createElement("input");
    input.type = "password";
    input.placeholder = "paste a new key";
    input.setAttribute("aria-label", `Key for ${k.name}`);
    td.appendChild(input);
    td.appendChild(action("Save", async () => {
      renderSettings(await api("/api/settings/key", { name: k.name, key: input.value }));
    }));
    if (k.source === "keyring") {
      td.appendChild(action("Remove", async () => {
        renderSettings(await api("/api/settings/key", { name: k.name, delete: true }));
      }));
    }
    keys.appendChild(tr);
  }
  const folders = $("folders");
  folders.textContent = "";
  s.preferences.watched.forEach((f, i) => {
    const tr = document.createElement("tr");
    cell(tr, f.path);
    cell(tr, f.workflow);
    cell(tr, "").appendChild(action("Remove", async () => {
      const watched = s.preferences.watched.filter((_, j) => j !== i);
      renderSettings(await api("/api/settings/preferences", { watched }));
    }));
    folders.appendChild(tr);
  });
  $("history-details").checked = s.preferences.history_details;
  $("autostart").checked = s.autostart;
  const p = s.policy;
  $("policy-meta").textContent = `version ${p.version}, ${p.signature}, from ${p.source}`;
  $("policy-text").textContent = p.text || "(built-in defaults: no cloud endpoints)";
  $("untrusted").textContent = p.untrusted ? `Local-only: ${p.untrusted}` : "";
  $("untrusted").hidden = !p.untrusted;
  state.settings = s;
}

async function loadSettings() {
  renderSettings(await api("/api/settings"));
}

const LOADERS = { history: loadHistory, metrics: loadMetrics, settings: loadSettings };

async function showTab(name) {
  if (!LOADERS[name]) name = "history";
  for (const b of document.querySelectorAll("nav button")) {
    b.setAttribute("aria-selected", String(b.dataset.tab === name));
  }
  for (const key of Object.keys(LOADERS)) $(key).hidden = key !== name;
  showError("");
  try {
    await LOADERS[name]();
  } catch (err) {
    showError(err.message);
  }
}

function action(label, handler) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", async () => {
    showError("");
    b.disabled = true;
    try {
      await handler();
    } catch (err) {
      showError(err.message);
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

async function pickAndSummarize() {
  const path = window.pywebview && window.pywebview.api
    ? await window.pywebview.api.pick_file()
    : window.prompt("Full path of the file to summarize:");
  if (!path) return;
  $("result").hidden = false;
  $("badge").hidden = true;
  $("reason").hidden = true;
  $("feedback").hidden = true;
  $("result-actions").hidden = true;
  $("saved").textContent = "";
  $("result-title").textContent = `Summarizing ${path.split(/[\\/]/).pop()}…`;
  $("output").replaceChildren(Object.assign(document.createElement("div"), { className: "spinner", role: "progressbar" }));
  const r = await api("/api/summarize/file", { path });
  $("result-title").textContent = "Summary";
  state.summary = r;
  $("output").replaceChildren(Object.assign(document.createElement("ul"), {}));
  for (const b of r.bullets || []) {
    $("output").firstChild.appendChild(Object.assign(document.createElement("li"), { textContent: b }));
  }
  $("result-actions").hidden = false;
  $("badge").textContent = ROUTES[r.route] || r.route;
  $("badge").className = `badge ${r.route === "cloud" ? "cloud" : r.route === "cloud_redacted" ? "redacted" : "local"}`;
  $("badge").hidden = false;
  const last = (r.reasons || []).slice(-1)[0];
  $("reason").textContent = last ? last.message : "";
  $("reason").hidden = !last;
  state.eventId = r.event_id;
  $("feedback").hidden = false;
  await showTab("history");
}

async function copySummary() {
  const text = (state.summary.bullets || []).map((b) => `- ${b}`).join("\n");
  try {
    await navigator.clipboard.writeText(text);
  } catch (err) {  // no clipboard permission: select the text for Ctrl+C instead
    const range = document.createRange();
    range.selectNodeContents($("output"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.execCommand("copy");
  }
  $("saved").textContent = "Copied.";
}

async function saveSummary() {
  const name = `${(state.summary.title || "summary").replace(/[\\/:*?"<>|]+/g, " ").trim() || "summary"}.summary.docx`;
  const path = window.pywebview && window.pywebview.api
    ? await window.pywebview.api.save_file(name)
    : window.prompt("Save the summary as (a full path ending in .docx or .md):", name);
  if (!path) return;
  const done = await api("/api/summary/save", { event_id: state.summary.event_id, path, overwrite: !!window.pywebview });
  $("saved").textContent = `Saved to ${done.saved}`;
}

async function feedback(verdict) {
  await api("/api/feedback", { event_id: state.eventId, verdict });
  $("feedback").hidden = true;
  await showTab("history");
}

function start() {
  for (const b of document.querySelectorAll("nav button")) {
    b.addEventListener("click", () => { location.hash = b.dataset.tab; });
  }
  window.addEventListener("hashchange", () => {
    const tab = location.hash.slice(1);
    if (tab === "summarize") pickAndSummarize().catch((err) => showError(err.message));
    else showTab(tab);
  });
  for (const [id, run] of [["copy", copySummary], ["save", saveSummary]]) {
    const b = action($(id).textContent, run);
    b.id = id;
    $(id).replaceWith(b);
  }
  const pick = action("Summarize a file…", pickAndSummarize);
  pick.className = "primary";
  pick.id = "pick";
  $("pick").replaceWith(pick);
  for (const verdict of ["accept", "reject"]) {
    const b = action(verdict === "accept" ? "Accept" : "Reject", () => feedback(verdict));
    b.id = verdict;
    $(verdict).replaceWith(b);
  }
  $("folder-add").addEventListener("click", async () => {
    try {
      const watched = [...state.settings.preferences.watched,
        { path: $("folder-path").value, workflow: $("folder-workflow").value }];
      renderSettings(await api("/api/settings/preferences", { watched }));
      $("folder-path").value = "";
    } catch (err) { showError(err.message); }
  });
  $("history-details").addEventListener("change", async (e) => {
    try { renderSettings(await api("/api/settings/preferences", { history_details: e.target.checked })); }
    catch (err) { showError(err.message); }
  });
  $("autostart").addEventListener("change", async (e) => {
    try { renderSettings(await api("/api/settings/autostart", { enabled: e.target.checked })); }
    catch (err) { showError(err.message); }
  });
  const first = location.hash.slice(1);
  if (first === "summarize") {
    showTab("history");
    pickAndSummarize().catch((err) => showError(err.message));
  } else {
    showTab(first);
  }
  api("/api/settings").then(renderSettings).catch(() => {});
}

document.addEventListener("DOMContentLoaded", start);
