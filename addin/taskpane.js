/* Deskmate task pane: Word, Excel and Outlook.
 *
 * Reads the document, range or message through Office.js, sends the text to
 * the local Deskmate service on this same origin (the session cookie was set
 * when this page loaded), and shows the answer, where it ran and why.
 */
"use strict";

const ROUTES = {
  local: ["Local", "local"],
  cloud: ["Cloud", "cloud"],
  cloud_redacted: ["Redacted", "redacted"],
  blocked: ["Blocked", "local"],
};
const state = { host: null, eventId: null, summary: "", labels: [] };
const $ = (id) => document.getElementById(id);

/* POST and read server-sent events: progress and token pieces, then done or error. */
async function stream(path, body, onToken, onProgress) {
  let response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw new PaneError(NOT_RUNNING);
  }
  if (!response.ok) {
    const data = await response.json().catch(() => ({}));
    throw new PaneError(data.error || `Deskmate answered ${response.status}`);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const kind = (block.match(/^event: (.*)$/m) || [])[1];
      const data = JSON.parse((block.match(/^data: (.*)$/m) || [])[1] || "null");
      if (kind === "token") onToken(data);
      if (kind === "progress" && onProgress) onProgress(data);
      if (kind === "error") throw new PaneError(data.error);
      if (kind === "done") return data;
    }
  }
  throw new PaneError("the answer was cut off; try again");
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
  if (message && !$("output").textContent.trim()) $("result").hidden = true;  // the error alone
  if (message) working(false);
}

/* The spinner at once; for long work, seconds so far and an estimate. */
let ticker = null;
function working(on, started) {
  clearInterval(ticker);
  $("progress").hidden = !on;
  if (!on) return;
  const begun = started || Date.now();
  state.progress = null;
  const show = () => {
    const seconds = Math.round((Date.now() - begun) / 1000);
    const p = state.progress;
    let text = seconds >= 3 ? `Working… ${seconds} s` : "Working…";
    if (p && p.stage === "writing") {
      text = `Working… step ${p.part} of ${p.parts}, ${seconds} s`;
      if (p.estimate_s) text += ` of about ${Math.max(seconds, Math.round(p.estimate_s))} s`;
    }
    $("progress-text").textContent = text;
  };
  show();
  ticker = setInterval(show, 1000);
}

/* Bullets ("- ...") as a list; other lines as paragraphs. */
function renderBullets(lines) {
  const out = $("output");
  const list = document.createElement("ul");
  const rest = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (/^[-*•]\s+/.test(line)) {
      list.appendChild(Object.assign(document.createElement("li"), { textContent: line.replace(/^[-*•]\s+/, "") }));
    } else rest.push(Object.assign(document.createElement("p"), { textContent: line }));
  }
  out.replaceChildren(...rest, ...(list.children.length ? [list] : []));
}

function showRoute(route, reasons) {
  const [text, css] = ROUTES[route] || [route, "local"];
  const badge = $("badge");
  badge.textContent = text;
  badge.className = `badge ${css}`;
  badge.hidden = false;
  const last = (reasons || []).slice(-1)[0];
  $("reason").textContent = last ? `Why ${text.toLowerCase()}: ${last.message}` : "";
  $("reason").hidden = !last;
}

function busy(on) {
  document.querySelectorAll("button").forEach((b) => { b.disabled = on; });
}

const HINTS = {
  "Summarize document": "Bullet points of the whole document.",
  "Summarize selection": "Bullet points of the text you selected.",
  "Meeting notes": "Decisions and action items from a transcript with 'Name:' lines.",
  "Summarize used range": "Bullet points of the sheet's filled cells.",
  "Summarize message": "Bullet points of the open email.",
  "Suggest labels": "Categories for the open email, with the reason.",
};

function withHint(b) {
  const hint = HINTS[b.textContent];
  if (!hint) return b;
  const box = Object.assign(document.createElement("div"), { className: "action" });
  box.append(b, Object.assign(document.createElement("p"), { className: "hint", textContent: hint }));
  return box;
}

function button(label, handler, primary) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  if (primary) b.className = "primary";
  b.addEventListener("click", async () => {
    showError("");
    busy(true);
    try {
      await handler();
    } catch (err) {
      showError(err instanceof PaneError ? err.message : `Something went wrong: ${err.message || err}`);
    } finally {
      busy(false);
    }
  });
  return b;
}

function startResult(title) {
  $("result").hidden = false;
  $("result-title").textContent = title;
  $("output").textContent = "";
  $("reason").hidden = true;
  $("badge").hidden = true;
  working(true);
  $("after").replaceChildren();
  $("feedback").hidden = true;
  $("thanks").hidden = true;
}

function finishResult(data) {
  working(false);
  state.eventId = data.event_id;
  showRoute(data.route, data.reasons);
  $("feedback").hidden = !data.event_id;
}

async function summarize(text, title) {
  startResult("Summary");
  let streamed = "";
  const data = await stream("/api/summarize/stream", { text, title }, (piece) => {
    streamed += piece;
    renderBullets(streamed.split("\n"));
  }, (progress) => { state.progress = progress; });
  state.summary = data.summary;
  renderBullets((data.bullets || []).map((b) => `- ${b}`));
  finishResult(data);
  return data;
}

/* ---- Word ---------------------------------------------------------------- */

async function wordText(selectionOnly) {
  return Word.run(async (context) => {
    const source = selectionOnly ? context.document.getSelection() : context.document.body;
    source.load("text");
    const props = context.document.properties;
    props.load("title");
    await context.sync();
    return { text: source.text, title: props.title || "" };
  });
}

function looksLikeTranscript(text) {
  const speakers = text.split("\n").filter((line) => /^[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}:\s+\S/.test(line));
  return speakers.length >= 3;
}

async function insertSummary(where) {
  const text = `Summary\n${state.summary}`;
  await Word.run(async (context) => {
    if (where === "cursor") {
      context.document.getSelection().insertText(`${text}\n`, "After");
    } else {
      context.document.body.insertParagraph(text, "End");
    }
    await context.sync();
  });
  $("after").replaceChildren(Object.assign(document.createElement("span"), {
    className: "muted", textContent: where === "cursor" ? "Inserted at the cursor." : "Added at the end.",
  }));
}

function wordActions() {
  const afterSummary = () => {
    $("after").replaceChildren(
      button("Insert at cursor", () => insertSummary("cursor")),
      button("Insert at end", () => insertSummary("end")),
    );
  };
  return [
    button("Summarize document", async () => {
      const { text, title } = await wordText(false);
      await summarize(text, title);
      afterSummary();
    }, true),
    button("Summarize selection", async () => {
      const { text, title } = await wordText(true);
      if (!text.trim()) throw new PaneError("Select some text first.");
      await summarize(text, title);
      afterSummary();
    }),
    button("Meeting notes", async () => {
      const { text, title } = await wordText(false);
      if (!looksLikeTranscript(text)) {
        throw new PaneError("This document does not look like a transcript (no 'Name:' speaker lines).");
      }
      startResult("Meeting notes");
      const data = await api("/api/notes", { text, title });
      renderNotes(data);
      finishResult(data);
    }),
  ];
}

function renderNotes(data) {
  const out = $("output");
  out.replaceChildren();
  const add = (tag, text) => out.appendChild(Object.assign(document.createElement(tag), { textContent: text }));
  add("p", data.summary);
  if (data.action_items.length) {
    const table = document.createElement("table");
    table.innerHTML = "<tr><th>Owner</th><th>Task</th><th>Due</th></tr>";
    for (const item of data.action_items) {
      const row = table.insertRow();
      [item.owner, item.task, item.due || ""].forEach((v) => { row.insertCell().textContent = v; });
    }
    out.appendChild(table);
  }
  for (const d of data.decisions) add("p", `Decision: ${d}`);
}

/* ---- Excel --------------------------------------------------------------- */

async function excelText(selectionOnly) {
  return Excel.run(async (context) => {
    const range = selectionOnly
      ? context.workbook.getSelectedRange()
      : context.workbook.worksheets.getActiveWorksheet().getUsedRange();
    range.load("values");
    await context.sync();
    const rows = range.values
      .map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))))
      .filter((row) => row.some((v) => v !== ""));
    return rows.map((row) => row.join(" | ")).join("\n");
  });
}

function excelActions() {
  return [
    button("Summarize used range", async () => summarize(await excelText(false), ""), true),
    button("Summarize selection", async () => summarize(await excelText(true), "")),
  ];
}

/* ---- Outlook ------------------------------------------------------------- */

function officeAsync(call) {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new PaneError(result.error ? result.error.message : "Outlook refused the request"));
    });
  });
}

async function message() {
  const item = Office.context.mailbox.item;
  const body = await officeAsync((done) => item.body.getAsync(Office.CoercionType.Text, done));
  const from = item.from ? `${item.from.displayName} <${item.from.emailAddress}>` : "";
  // Summaries name people only: the address stays out of what a model sees.
  const fromName = item.from ? item.from.displayName || "(sender)" : "";
  return { item, text: body, subject: item.subject || "", from, fromName };
}

async function applyCategories(labels) {
  const mailbox = Office.context.mailbox;
  const existing = await officeAsync((done) => mailbox.masterCategories.getAsync(done));
  const known = new Set((existing || []).map((c) => c.displayName));
  const missing = labels.filter((l) => !known.has(l))
    .map((displayName) => ({ displayName, color: Office.MailboxEnums.CategoryColor.Preset7 }));
  if (missing.length) await officeAsync((done) => mailbox.masterCategories.addAsync(missing, done));
  await officeAsync((done) => mailbox.item.categories.addAsync(labels, done));
  $("after").replaceChildren(Object.assign(document.createElement("span"), {
    className: "muted", textContent: `Applied: ${labels.join(", ")}`,
  }));
}

function outlookActions() {
  return [
    button("Summarize message", async () => {
      const m = await message();
      await summarize(`From: ${m.fromName}\nSubject: ${m.subject}\n\n${m.text}`, m.subject);
    }, true),
    button("Suggest labels", async () => {
      const m = await message();
      startResult("Labels");
      const data = await api("/api/label", { from: m.from, subject: m.subject, text: m.text });
      state.labels = data.labels;
      renderLabels(data);
      finishResult(data);
      const names = data.labels.map((l) => `"${l}"`).join(", ");
      $("after").replaceChildren(
        button(`Apply ${names} to this message`, () => applyCategories(state.labels)),
        Object.assign(document.createElement("p"), {
          className: "hint", textContent: "Adds them as Outlook categories on the open message only.",
        }),
      );
    }),
  ];
}

function renderLabels(data) {
  const chips = Object.assign(document.createElement("div"), { className: "chips" });
  for (const label of data.labels) {
    const chip = document.createElement("fluent-badge");
    chip.setAttribute("appearance", "tint");
    chip.className = "chip";
    chip.textContent = label;
    chip.title = data.reason || "";
    chips.appendChild(chip);
  }
  const why = Object.assign(document.createElement("p"), {
    className: "hint", textContent: `Priority ${data.priority}. Why: ${data.reason || "no reason given"}`,
  });
  $("output").replaceChildren(chips, why);
}

/* ---- start --------------------------------------------------------------- */

async function sendFeedback(verdict) {
  await api("/api/feedback", { event_id: state.eventId, verdict });
  $("feedback").hidden = true;
  $("thanks").hidden = false;
}

function officeIsDark() {
  const theme = Office.context && Office.context.officeTheme;
  const hex = theme && theme.bodyBackgroundColor;
  if (!hex || !/^#?[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.replace("#", "").slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

async function start(info) {
  state.host = info.host;
  if (window.deskmateTheme) window.deskmateTheme(officeIsDark());
  $("accept").addEventListener("click", () => sendFeedback("accept").catch((e) => showError(e.message)));
  $("reject").addEventListener("click", () => sendFeedback("reject").catch((e) => showError(e.message)));
  try {
    await api("/api/health");
  } catch (err) {
    $("actions").replaceChildren();
    showError(err.message);
    return;
  }
  const actions = {
    [Office.HostType.Word]: wordActions,
    [Office.HostType.Excel]: excelActions,
    [Office.HostType.Outlook]: outlookActions,
  }[info.host];
  $("actions").replaceChildren(...(actions ? actions().map(withHint) : []));
  if (!actions) showError(`Deskmate does not support ${info.host} yet.`);
}

if (window.Office) {
  Office.onReady(start);
} else {
  window.addEventListener("DOMContentLoaded", () => showError("Open Deskmate from Word, Excel or Outlook."));
}
