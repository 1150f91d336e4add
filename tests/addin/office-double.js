/* A test double of Office.js, and only of Office.js (Office does not run on
 * Linux). The pane's query string picks the host and the content:
 *   ?host=word|excel|outlook&doc=sensitive|plain|long&theme=dark|light
 * Everything the pane writes back is recorded in window.__office.
 */
(function () {
  const params = new URLSearchParams(location.search);
  const host = params.get("host") || "word";
  const sensitive = params.get("doc") === "sensitive";
  const recorded = { inserted: [], categories: [], masterAdded: [] };
  window.__office = recorded;

  // doc=long: about 4,500 tokens, more than one 4,096-token context holds, so the
  // summary runs in parts and the pane shows its progress.
  const places = ["Lisbon", "Porto", "Madrid", "Lyon", "Turin", "Gdansk", "Leeds", "Graz"];
  const templates = [
    (n, w) => `The ${n} warehouse finished its scanner rollout in week ${w}.`,
    (n, w) => `Team ${n} reported ${w} late shipments and asked for more drivers.`,
    (n, w) => `Budget line ${w} for the ${n} office moved to the next quarter.`,
    (n, w) => `The ${n} pilot measured ${w} percent fewer picking errors.`,
  ];
  const longText = Array.from({ length: 320 }, (_, i) => templates[i % 4](places[i % 8], i % 53)).join(" ");
  const wordText = params.get("doc") === "long" ? longText : sensitive
    ? "Refund request. Please refund card 4539 1488 0343 6467 for the Aurora order."
    : "The Aurora rollout reached twelve warehouses. Lisbon waits for scanner firmware.";
  const Succeeded = "succeeded";
  const ok = (value) => ({ status: Succeeded, value });

  window.Office = {
    HostType: { Word: "Word", Excel: "Excel", Outlook: "Outlook" },
    CoercionType: { Text: "text" },
    AsyncResultStatus: { Succeeded, Failed: "failed" },
    MailboxEnums: { CategoryColor: { Preset7: "Preset7" } },
    onReady(callback) {
      const info = { host: { word: "Word", excel: "Excel", outlook: "Outlook" }[host] };
      setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    context: {
      officeTheme: params.get("theme") === "dark"
        ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" }
        : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#262626" },
      mailbox: {
        item: {
          subject: "Invoice 4411 is due",
          from: { displayName: "Billing", emailAddress: "billing@vendor.example" },
          body: { getAsync: (type, cb) => cb(ok("Please pay invoice 4411 by Friday. Thanks, Billing.")) },
          categories: { addAsync: (labels, cb) => { recorded.categories.push(...labels); cb(ok()); } },
        },
        masterCategories: {
          getAsync: (cb) => cb(ok([{ displayName: "FYI", color: "Preset0" }])),
          addAsync: (cats, cb) => { recorded.masterAdded.push(...cats.map((c) => c.displayName)); cb(ok()); },
        },
      },
    },
  };

  const sync = async () => {};
  window.Word = {
    run: async (fn) => fn({
      sync,
      document: {
        body: {
          text: wordText,
          load() {},
          insertParagraph: (text, where) => recorded.inserted.push({ text, where }),
        },
        properties: { title: "Refunds", load() {} },
        getSelection: () => ({
          text: wordText.split(". ")[0],
          load() {},
          insertText: (text, where) => recorded.inserted.push({ text, where }),
        }),
      },
    }),
  };
  window.Excel = {
    run: async (fn) => fn({
      sync,
      workbook: {
        getSelectedRange: () => ({ values: [["Region", "Spend"], ["North", 120000]], load() {} }),
        worksheets: {
          getActiveWorksheet: () => ({
            getUsedRange: () => ({
              values: [["Region", "Aurora spend"], ["North", 120000], ["South", 95000], ["Lisbon", null]],
              load() {},
            }),
          }),
        },
      },
    }),
  };
})();
