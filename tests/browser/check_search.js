// The search boxes as a reader uses them, in Debian's Chromium: the front page's and the one
// in a municipality page's header, opened straight from disk (file://) and over HTTP. Each
// query is typed as a reader without a Norwegian keyboard, or with a slip, would type it, and
// the place (or indicator or theme) must be among the results, the expected one first where
// the query names one place. Fails on any console error or failed request. The front page's
// A–Å list must list a municipality under each of its names.
// Usage: node check_search.js SITE_DIR
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { pathToFileURL } = require("url");
const { chromium } = require("playwright-core");

const site = path.resolve(process.argv[2] || "public");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

// [query, a result's link text that must come first]
const queries = [
  ["vaga", "Vågå"],
  ["Vaagaa", "Vågå"],
  ["tromso", "Tromsø"],
  ["Alesund", "Ålesund"],
  ["Bodo", "Bodø"],
  ["Lillestrom", "Lillestrøm"],
  ["Lilestrøm", "Lillestrøm"],    // one letter left out
  ["kautokeino", "Guovdageaidnu - Kautokeino"],
  ["Rygge", "Moss"],              // an old municipality, now part of Moss
  ["0136", "Moss"],               // its old number
  ["3435", "Vågå"],
  ["Troms", "Troms - Romsa - Tromssa"],  // one language's name, whole, before Tromsø
  ["Vågå kommune", "Vågå"],               // the kind of place, as journalists write it
  ["fylket Innlandet", "Innlandet"],
];
// [query, a result's link text that must be among the results]
const among = [
  ["bosatte", "Bosatte flyktninger"],  // an indicator
  ["bosetting", "Bosetting"],          // a theme
];

function serve() {
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
    ".svg": "image/svg+xml", ".json": "application/json" };
  const server = http.createServer((request, response) => {
    let file = path.join(site, decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (!file.startsWith(site) || !fs.existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    response.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function results(page, field, query) {
  await page.fill(field, "");
  await page.fill(field, query);
  const form = page.locator("form", { has: page.locator(field) });
  const status = form.locator("[data-search-status]");
  // The status says how many were found ("3 treff.") or that nothing was ("Ingen treff").
  try {
    await status.filter({ hasText: /treff/ }).waitFor({ timeout: 10000 });
  } catch (e) {
    return [`(no answer: ${JSON.stringify(await status.textContent())})`];
  }
  return form.locator("[data-search-results] a").allTextContents();
}

(async () => {
  const server = await serve();
  const http_base = `http://127.0.0.1:${server.address().port}/`;
  const file_base = pathToFileURL(site).href + "/";
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  let failures = 0;
  const fail = (message) => { failures++; console.log(`FAIL: ${message}`); };

  const municipality = fs.readdirSync(path.join(site, "kommune")).find((n) => n.startsWith("3435-"));
  const places = [
    ["front page", "index.html", "#sok"],
    ["municipality page's header", `kommune/${municipality}/index.html`, "#sok-topp"],
  ];
  for (const [baseName, base] of [["file://", file_base], ["HTTP", http_base]]) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      for (const [where, file, field] of places) {
        const page = await context.newPage();
        const errors = [];
        page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
        page.on("pageerror", (e) => errors.push(String(e)));
        page.on("requestfailed", (r) => errors.push(`${r.url()} did not load`));
        await page.goto(base + file, { waitUntil: "load" });
        const label = `${where} from ${baseName} at ${width} px`;
        if (!(await page.locator(field).isVisible())) {
          fail(`${label}: the search field is not shown`);
          await page.close();
          continue;
        }
        for (const [query, first] of queries) {
          const found = await results(page, field, query);
          if (found[0] !== first) fail(`${label}: "${query}" gives ${JSON.stringify(found.slice(0, 3))}, not ${first} first`);
        }
        for (const [query, wanted] of among) {
          const found = await results(page, field, query);
          if (!found.includes(wanted)) fail(`${label}: "${query}" gives ${JSON.stringify(found)}, without ${wanted}`);
        }
        // The header's results close when the reader clicks elsewhere.
        if (field === "#sok-topp") {
          await results(page, field, "tromso");
          await page.mouse.click(5, 600);
          const open = await page.locator("#sok-topp-treff a").count();
          if (open) fail(`${label}: the header's results stay open after a click elsewhere`);
        }
        // Enter opens the best match.
        await page.fill(field, "vaga");
        await page.locator(field).press("Enter");
        await page.waitForURL(/3435-vaga\/index\.html$/, { timeout: 10000 }).catch(() => fail(`${label}: Enter on "vaga" does not open Vågå's page`));
        for (const e of errors) fail(`${label}: ${e}`);
        console.log(`checked: ${label}`);
        await page.close();
      }
      await context.close();
    }
  }

  // The A–Å list without JavaScript: Guovdageaidnu - Kautokeino under G, and under K as well.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(http_base + "index.html");
  const listed = await page.evaluate(() => [...document.querySelectorAll(".letter-group")].map((g) =>
    [g.querySelector("h3").textContent, [...g.querySelectorAll(".az a")].map((a) => [a.textContent, a.getAttribute("href")])]));
  const under = (letter, name) => (listed.find(([l]) => l === letter) || [null, []])[1].find(([n]) => n === name);
  const full = under("G", "Guovdageaidnu - Kautokeino"), alias = under("K", "Kautokeino");
  if (!full) fail("the A–Å list has no Guovdageaidnu - Kautokeino under G");
  if (!alias) fail("the A–Å list has no Kautokeino under K");
  if (full && alias && full[1] !== alias[1]) fail(`Kautokeino under K links to ${alias[1]}, not ${full[1]}`);
  await browser.close();
  server.close();
  if (failures) {
    console.log(`${failures} problem(s)`);
    process.exit(1);
  }
  console.log("search: every query found its place");
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
