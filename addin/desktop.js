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

async function loadMetrics() {
  const m = await api("/api/metrics/me");
  $("week-hours").textContent = m.week_hours.toFixed(1);
  $("month-hours").textContent = m.month_hours.toFixed(1);
  $("metrics-note").textContent =
    `${m.week_requests} request(s) since ${m.week_start}, ${m.month_requests} since ${m.month_start}. ` +
    "Estimates from the org's time-saved model; rejected results count zero.";
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
  $("result-title").textContent = `Summarizing ${path.split(/[\\/]/).pop()}…`;
  $("output").textContent = "";
  const r = await api("/api/summarize/file", { path });
  $("result-title").textContent = "Summary";
  $("output").textContent = r.summary;
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

async function feedback(verdict) {
  await api("/api/feedback", { event_id: state.eventId, verdict });
  $("feedback").hidden = true;
  await showTab("history");
}

function start() {
  for (const b of document.querySelectorAll("nav button")) {
    b.addEventListener("click", () => { location.hash = b.dataset.tab; });
  }
  window.addEventListener("hashchange", () => showTab(location.hash.slice(1)));
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
