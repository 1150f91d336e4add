/* Calls to the local Deskmate service, shared by the add-in pane and the tray's
 * window. Both pages come from the service itself, so the session cookie set
 * when the page loaded goes with every same-origin call.
 */
"use strict";

const NOT_RUNNING = "Deskmate is not running: start it from the tray (or run 'deskmate serve').";

class PaneError extends Error {}

async function api(path, body) {
  let response;
  try {
    response = await fetch(path, {
      method: body === undefined ? "GET" : "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new PaneError(NOT_RUNNING);
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new PaneError(data.error || `Deskmate answered ${response.status}`);
  }
  return data;
}
