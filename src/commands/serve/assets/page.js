// counteroffer serve: the page's script. Every figure shown comes from the
// counteroffer process that served this page (the CLI's JSON documents);
// this script only sends the offers' text and the chosen flags, and lays
// the answers out. Nothing is sent anywhere else.
"use strict";

const token = document.body.dataset.token;
const $ = (id) => document.getElementById(id);

// ---- exact numbers: a decimal as written, never rounded through a float ----
class Num {
  constructor(text) { this.text = text; }
}
function parseExact(text) {
  return JSON.parse(text, function (key, value, context) {
    return typeof value === "number" && context && context.source !== undefined
      ? new Num(context.source) : value;
  });
}
function stringify(value, indent = "") {
  const inner = indent + "  ";
  if (value instanceof Num) return value.text;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return "[\n" + value.map((v) => inner + stringify(v, inner)).join(",\n") + "\n" + indent + "]";
  }
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return "{}";
    return "{\n" + keys.map((k) => inner + JSON.stringify(k) + ": " + stringify(value[k], inner)).join(",\n") + "\n" + indent + "}";
  }
  return JSON.stringify(value);
}
const numText = (value) => (value instanceof Num ? value.text : value === undefined || value === null ? "" : String(value));

// ---- the server ----
async function call(path, body) {
  const response = await fetch(path + "?t=" + token, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    const failure = type.startsWith("application/json") ? await response.json() : { error: await response.text() };
    throw Object.assign(new Error(failure.error), { exitCode: failure.exit_code });
  }
  return type.startsWith("application/json") ? response.json() : response.text();
}

// ---- layout helpers (text only: nothing from an answer becomes markup) ----
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of [].concat(children)) if (child) node.append(child);
  return node;
}
const label = (key) => key.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
// Groups the digits of a figure as given ("911459.91" -> "911,459.91").
function figure(value) {
  if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value)) return value === null ? "—" : String(value);
  const [whole, part] = value.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return part === undefined ? grouped : grouped + "." + part;
}
function cell(tag, value) {
  const attrs = { text: figure(value) };
  if (typeof value === "string" && /^-?\d/.test(value)) { attrs["data-value"] = value; attrs.class = "num"; }
  return el(tag, attrs);
}
// A table of rows (objects): a column for every scalar field of the first.
function table(rows, caption) {
  if (!rows || rows.length === 0) return null;
  const keys = Object.keys(rows[0]).filter((k) => rows.every((r) => typeof r[k] !== "object" || r[k] === null));
  return el("div", { class: "scroll" }, el("table", {}, [
    caption ? el("caption", { text: caption }) : null,
    el("thead", {}, el("tr", {}, keys.map((k) => el("th", { text: label(k) })))),
    el("tbody", {}, rows.map((row) => el("tr", {}, keys.map((k) => cell("td", row[k]))))),
  ]));
}
// A definition list of an object's scalar fields; nested objects follow.
function fields(object, skip = []) {
  const list = el("dl", { class: "fields" });
  const nested = [];
  for (const [key, value] of Object.entries(object)) {
    if (skip.includes(key)) continue;
    if (Array.isArray(value)) { if (value.length && typeof value[0] === "object") nested.push(table(value, label(key))); continue; }
    if (value && typeof value === "object") { nested.push(el("h4", { text: label(key) }), fields(value)); continue; }
    list.append(el("dt", { text: label(key) }), cell("dd", value));
  }
  return el("div", {}, [list, ...nested]);
}

// ---- offers as forms ----
const offers = []; // { name, text, value, form }

function addOffer(file) {
  const form = $("offer-template").content.firstElementChild.cloneNode(true);
  const offer = { name: file.name, text: file.text, value: null, form };
  offers.push(offer);
  $("offers").append(form);
  form.querySelector(".load").addEventListener("change", async (event) => {
    const chosen = event.target.files[0];
    if (!chosen) return;
    load(offer, { name: chosen.name, text: await chosen.text() });
    refresh();
  });
  form.querySelector(".save").addEventListener("click", () => save(offer.name, offer.text));
  form.querySelector(".remove").addEventListener("click", () => {
    if (offers.length <= 2) return;
    offers.splice(offers.indexOf(offer), 1);
    form.remove();
    refresh();
  });
  form.querySelector(".add-grant").addEventListener("click", () => {
    if (!offer.value) return;
    offer.value.equity = offer.value.equity || [];
    offer.value.equity.push({ grant_value: new Num("0"), schedule: "even", frequency: "annual", cliff_months: new Num("12") });
    edited(offer);
  });
  for (const input of form.querySelectorAll("[data-path]")) {
    input.addEventListener("input", () => {
      if (!offer.value) return;
      setField(offer.value, input.dataset.path, input.value, input.dataset.kind);
      edited(offer, false);
    });
  }
  load(offer, file);
}

function setField(object, key, text, kind) {
  const trimmed = text.trim();
  if (trimmed === "") { delete object[key]; return; }
  if (kind === "number") object[key] = /^-?\d+(\.\d+)?$/.test(trimmed) ? new Num(trimmed) : trimmed;
  else if (kind === "list") object[key] = trimmed.split(/[,\s]+/).filter(Boolean).map((t) => (/^-?\d+(\.\d+)?$/.test(t) ? new Num(t) : t));
  else object[key] = text;
}

function load(offer, file) {
  offer.name = file.name;
  offer.text = file.text;
  try {
    const value = parseExact(file.text);
    offer.value = value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch (_) {
    offer.value = null; // sent as it is: the answer says what is wrong, where
  }
  fill(offer);
}

// The form shows the offer; fields it has no input for are kept as loaded.
function fill(offer) {
  const form = offer.form;
  form.querySelector(".offer-title").textContent = offer.name;
  for (const input of form.querySelectorAll("[data-path]")) {
    const value = offer.value ? offer.value[input.dataset.path] : undefined;
    input.value = Array.isArray(value) ? value.map(numText).join(", ") : numText(value);
    input.disabled = !offer.value;
  }
  const grants = form.querySelector(".grants");
  grants.replaceChildren();
  const equity = offer.value && Array.isArray(offer.value.equity) ? offer.value.equity : [];
  equity.forEach((grant, index) => {
    const set = $("grant-template").content.firstElementChild.cloneNode(true);
    set.dataset.index = index;
    set.querySelector("legend").textContent = "Grant " + (index + 1);
    for (const input of set.querySelectorAll("[data-field]")) {
      const value = grant[input.dataset.field];
      if (input.tagName === "SELECT" && typeof value !== "string" && value !== undefined) {
        input.disabled = true; // a custom schedule: edit it in the file
        input.append(el("option", { text: "custom", selected: "" }));
        continue;
      }
      input.value = numText(value);
      input.addEventListener(input.tagName === "SELECT" ? "change" : "input", () => {
        setField(grant, input.dataset.field, input.value, input.dataset.kind);
        edited(offer, false);
      });
    }
    set.querySelector(".remove-grant").addEventListener("click", () => {
      equity.splice(index, 1);
      edited(offer);
    });
    grants.append(set);
  });
  form.querySelector(".file-error").textContent = offer.value ? "" : "This file is not an offer object; fix it in an editor and load it again.";
}

function edited(offer, refill = true) {
  offer.text = stringify(offer.value) + "\n";
  if (refill) fill(offer);
  refreshSoon();
}

function save(name, text) {
  const link = el("a", { href: URL.createObjectURL(new Blob([text], { type: "application/json" })), download: name.endsWith(".json") ? name : name + ".json" });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// ---- the choices, as the CLI's flags ----
function value(id) { return $(id).value.trim(); }
function compareFlags() {
  const flags = {};
  for (const name of ["years", "as-of", "tax", "leave-after", "in"]) if (value("opt-" + name)) flags[name] = value("opt-" + name);
  const rates = value("opt-rate").split(/[,\s]+/).filter(Boolean);
  if (rates.length) flags.rate = rates;
  if ($("opt-vests").checked) flags.vests = true;
  return flags;
}
const files = () => offers.map((o) => ({ name: o.name, text: o.text }));
let benchmarks = null; // an uploaded benchmark file, or the built-in one
let current = null;

// ---- errors beside the field they concern ----
function showError(box, error) {
  const message = error.message + (error.exitCode ? " (exit " + error.exitCode + ")" : "");
  for (const offer of offers) {
    const prefix = offer.name + ": ";
    if (!error.message.startsWith(prefix)) continue;
    const rest = error.message.slice(prefix.length);
    const path = rest.split(": ")[0];
    const grant = /^equity\[(\d+)\]\.(\w+)/.exec(path);
    const input = grant
      ? offer.form.querySelector(`.grant[data-index="${grant[1]}"] [data-field="${grant[2]}"]`)
      : offer.form.querySelector(`[data-path="${path.split(/[.[]/)[0]}"]`);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      input.closest("label").append(el("span", { class: "field-error", text: rest }));
    } else {
      offer.form.querySelector(".file-error").textContent = message;
    }
  }
  $(box).textContent = message;
}
function clearErrors() {
  for (const node of document.querySelectorAll(".field-error")) node.remove();
  for (const node of document.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  for (const id of ["options-error", "comparison-error", "market-error", "plan-error"]) $(id).textContent = "";
  for (const offer of offers) if (offer.value) offer.form.querySelector(".file-error").textContent = "";
}

// ---- the views ----
function showComparison(document_) {
  const comparison = document_.comparison;
  const summary = [el("p", { class: "leader", text: comparison.close
    ? "Too close to call over " + comparison.horizon_years + " years."
    : comparison.leader + " leads over " + comparison.horizon_years + " years." })];
  summary.push(table(comparison.standings, "Standings"));
  for (const crossing of comparison.crossovers || []) {
    summary.push(el("p", { text: `In year ${crossing.year}, ${crossing.ahead} overtakes ${crossing.behind}.` }));
  }
  summary.push(table(comparison.break_even, "Break-even: what would close each gap"));
  $("summary").replaceChildren(...summary.filter(Boolean));
  $("years").replaceChildren(...document_.offers.map((offer) => el("div", { class: "offer-result" }, [
    el("h3", { text: offer.name + " (" + offer.currency + ")" }),
    table(offer.years, "Year by year"),
    fields(offer, ["name", "years", "currency"]),
  ])));
}

let chartUrl = null;
function showChart(svg) {
  if (chartUrl) URL.revokeObjectURL(chartUrl);
  chartUrl = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  $("chart").src = chartUrl;
}

function showMarket(results) {
  $("market").replaceChildren(...results.map(([offer, result]) => el("div", { class: "offer-result" }, [
    el("h3", { text: offer.name }),
    result.error
      ? el("p", { class: "error", text: result.error.message })
      : el("div", {}, [
        el("p", { text: `Against ${result.value.benchmarks}, entry ${result.value.entry}, target ${result.value.target}.` }),
        table(result.value.metrics),
        el("p", { class: "source", text: result.value.source }),
      ]),
  ])));
}

function showPlan(plan) {
  const parts = [];
  parts.push(el("h3", { text: "The ask" }), table(plan.asks.map((a) => ({ label: a.label, offered: a.offered, ask: a.ask, position: a.position }))));
  for (const ask of plan.asks) if (ask.reason) parts.push(el("p", { class: "reason", text: ask.reason }));
  parts.push(el("h3", { text: "The call" }));
  for (const key of ["opening", "anchor", "ask", "close"]) if (plan.say[key]) parts.push(el("p", { class: "say", text: plan.say[key] }));
  const copy = el("button", { type: "button", id: "copy-email", text: "Copy the email" });
  const body = el("pre", { class: "email", id: "email-body", text: plan.email.body });
  copy.addEventListener("click", async () => {
    const text = "Subject: " + plan.email.subject + "\n\n" + plan.email.body;
    try { await navigator.clipboard.writeText(text); copy.textContent = "Copied"; }
    catch (_) { getSelection().selectAllChildren(body); copy.textContent = "Selected: copy it with Ctrl-C"; }
  });
  parts.push(el("h3", { text: "The email" }), el("p", { class: "subject", text: "Subject: " + plan.email.subject }), body, copy);
  parts.push(el("h3", { text: "If they push back" }));
  parts.push(el("dl", { class: "replies" }, plan.pushbacks.flatMap((p) => [el("dt", { text: p.they_say }), el("dd", { text: p.you_say })])));
  if (plan.ladder.length) {
    parts.push(el("h3", { text: "The ladder" }), el("ol", {}, plan.ladder.map((step) => el("li", { text: step.say }))));
  }
  if (plan.non_cash.length) parts.push(el("h3", { text: "Beyond cash" }), el("ul", {}, plan.non_cash.map((item) => el("li", { text: item.say }))));
  parts.push(el("h3", { text: "Timeline" }), el("ol", { class: "timeline" }, plan.timeline.map((step) => el("li", {}, [el("strong", { text: step.day + ": " }), step.what]))));
  for (const note of [...plan.warnings, ...plan.notes]) parts.push(el("p", { class: "note", text: typeof note === "string" ? note : JSON.stringify(note) }));
  $("plan").replaceChildren(...parts.filter(Boolean));
}

// ---- recomputing on every change ----
let generation = 0;
async function refresh() {
  const mine = ++generation;
  clearErrors();
  for (const offer of offers) offer.form.querySelector(".remove").hidden = offers.length <= 2;
  const select = $("plan-offer");
  const chosen = Math.min(Number(select.value) || 0, offers.length - 1);
  select.replaceChildren(...offers.map((o, i) => el("option", { value: String(i), text: o.name })));
  select.value = String(chosen);
  const flags = compareFlags();
  const target = $("opt-target").value;
  // One request at a time: the browser then keeps to one connection, and
  // the server (one request at a time too) answers each in turn.
  try { showComparison(await call("/api/compare", { offers: files(), flags })); }
  catch (e) { if (mine === generation) showError("comparison-error", e); }
  if (mine !== generation) return;
  try { showChart(await call("/api/chart", { offers: files(), flags })); } catch (_) { /* the comparison says why */ }
  const market = [];
  for (const offer of offers) {
    if (mine !== generation) return;
    market.push(await call("/api/market", {
      offers: [{ name: offer.name, text: offer.text }],
      benchmarks: benchmarks || undefined,
      flags: Object.assign({ target }, flags["as-of"] ? { "as-of": flags["as-of"] } : {}),
    }).then((value) => [offer, { value }], (error) => [offer, { error }]));
  }
  if (mine !== generation) return;
  showMarket(market);
  await plan(chosen, flags, target, mine);
}

async function plan(chosen, compare, target, mine) {
  const flags = { situation: value("plan-situation"), target };
  for (const name of ["impact", "impact-desc", "offer-date", "deadline", "walk-away"]) if (value("plan-" + name)) flags[name] = value("plan-" + name);
  for (const name of ["as-of", "years", "tax", "rate"]) if (compare[name]) flags[name] = compare[name];
  const body = { offers: [files()[chosen]], flags };
  const other = offers.find((_, i) => i !== chosen);
  if ($("plan-competing").checked && other) body.competing = { name: other.name, text: other.text };
  if ($("plan-current").checked && current) body.current = current;
  if (benchmarks) body.benchmarks = benchmarks;
  try {
    const result = await call("/api/script", body);
    if (mine === generation) showPlan(result);
  } catch (error) {
    if (mine === generation) showError("plan-error", error);
  }
}

let timer = null;
function refreshSoon() { clearTimeout(timer); timer = setTimeout(refresh, 250); }

async function start() {
  const examples = await call("/api/examples");
  for (const name of examples.tax_tables) $("opt-tax").append(el("option", { value: name, text: name }));
  for (const [name, given] of Object.entries(examples.plan)) $("plan-" + name).value = given;
  current = examples.current;
  for (const file of examples.offers) addOffer(file);
  $("add-offer").addEventListener("click", () => {
    const n = offers.length + 1;
    addOffer({ name: "offer-" + n + ".json", text: stringify({ name: "Offer " + n, currency: "USD", base_salary: new Num("150000") }) + "\n" });
    refresh();
  });
  for (const node of document.querySelectorAll("#options-section input, #options-section select, #plan-section input:not([type=file]), #plan-section select, #opt-target")) {
    node.addEventListener(node.tagName === "SELECT" || node.type === "checkbox" ? "change" : "input", refreshSoon);
  }
  $("benchmarks-file").addEventListener("change", async (event) => {
    const chosen = event.target.files[0];
    if (!chosen) return;
    benchmarks = { name: chosen.name, text: await chosen.text() };
    $("benchmarks-name").textContent = chosen.name;
    refresh();
  });
  $("benchmarks-built-in").addEventListener("click", () => { benchmarks = null; $("benchmarks-name").textContent = "built-in benchmarks"; refresh(); });
  $("current-file").addEventListener("change", async (event) => {
    const chosen = event.target.files[0];
    if (!chosen) return;
    current = { name: chosen.name, text: await chosen.text() };
    refresh();
  });
  $("app").hidden = false;
  await refresh();
  // A link to a section (#plan-section) is followed once there is something to show.
  const section = location.hash && document.getElementById(location.hash.slice(1));
  if (section) section.scrollIntoView();
  document.body.dataset.ready = "true";
}

start().catch((error) => { document.body.prepend(el("p", { class: "error", text: "The page could not start: " + error.message })); });
