// Reads the published site as a reader's browser does: one page of every kind, opened in
// Debian's Chromium at desktop (1280 px) and phone (390 px) width. Fails on any WCAG 2.1 A/AA
// violation axe-core finds, on any element wider than the page (content a reader cannot
// reach), on an image that does not load, and on chart text smaller than 9 px. Prints each
// page's height.
// The site is served over HTTP from this process, as a web server would (its 404 page for
// addresses that do not exist).
// Usage: node check_pages.js SITE_DIR
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const site = path.resolve(process.argv[2] || "public");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

function firstDir(dir, pattern) {
  const names = fs.readdirSync(path.join(site, dir)).filter((n) => pattern.test(n)).sort();
  if (!names.length) throw new Error(`no page in ${dir}/ matching ${pattern}`);
  return `${dir}/${names[0]}/index.html`;
}

const pages = [
  ["front page", "index.html"],
  ["municipality", fs.existsSync(path.join(site, "kommune/3435-vaga")) ? "kommune/3435-vaga/index.html" : firstDir("kommune", /^\d{4}-/)],
  ["county", "fylke/34-innlandet/index.html"],
  ["country", "landet/index.html"],
  ["city district", firstDir("bydel", /^\d{6}-/)],
  // The indicator with the most columns in its ranking: a share with a goal.
  ["indicator", fs.existsSync(path.join(site, "indikator/intro_arbeid_utdanning_andel")) ?
    "indikator/intro_arbeid_utdanning_andel/index.html" : firstDir("indikator", /andel$/)],
  ["theme", firstDir("tema", /./)],
  ["grouping", firstDir("gruppe", /./)],
  ["index", firstDir("indeks", /./)],
  ["content page", "om/index.html"],
  ["method page", "metode/index.html"],
  ["404 page", "finnes/ikke/"],
];
// The survey's pages, where the site has a survey: the overview and a one-answer question
// (stacked bars, the panel, groups).
if (fs.existsSync(path.join(site, "undersokelse"))) {
  pages.push(["survey", "undersokelse/index.html"]);
  pages.push(["survey question", fs.existsSync(path.join(site, "undersokelse/resultatmaal")) ?
    "undersokelse/resultatmaal/index.html" : firstDir("undersokelse", /./)]);
}
// An old municipality's page (one that is not only a redirect to its new number).
const historical = fs.readdirSync(path.join(site, "kommune")).sort().find((n) => {
  const html = fs.readFileSync(path.join(site, "kommune", n, "index.html"), "utf8");
  return html.includes("area--historical") && !html.includes('http-equiv="refresh"');
});
if (historical) pages.push(["historical municipality", `kommune/${historical}/index.html`]);

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".svg": "image/svg+xml", ".json": "application/json", ".csv": "text/csv", ".xml": "application/xml" };

function serve() {
  const server = http.createServer((request, response) => {
    let file = path.join(site, decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (!file.startsWith(site)) file = site + "/404.html";
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    const found = fs.existsSync(file);
    if (!found) file = path.join(site, "404.html");
    response.writeHead(found ? 200 : 404, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

(async () => {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  let failures = 0;
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    for (const [kind, file] of pages) {
      const page = await context.newPage();
      const broken = [];
      page.on("requestfailed", (r) => broken.push(`${r.url()} (${r.failure() && r.failure().errorText})`));
      page.on("response", (r) => { if (r.status() >= 400 && !r.url().endsWith(file)) broken.push(`${r.url()} (${r.status()})`); });
      await page.goto(base + file, { waitUntil: "load" });
      // Every <details> opened, as a reader may: what is inside must fit and load too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      // Lazy images load when scrolled to; every image must load.
      await page.evaluate(() => document.querySelectorAll("img[loading=lazy]").forEach((i) => (i.loading = "eager")));
      await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 10000 });
      const badImages = await page.evaluate(() => [...document.images].filter((i) => !i.naturalWidth).map((i) => i.src));
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      let layout = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        const wide = [];
        for (const el of document.querySelectorAll("body *")) {
          // Inside a scrolling container (a table with its own scroll bar) is reachable.
          let scroller = el.parentElement, inside = false;
          for (; scroller; scroller = scroller.parentElement) {
            const o = getComputedStyle(scroller).overflowX;
            if (o === "auto" || o === "scroll") { inside = true; break; }
          }
          const r = el.getBoundingClientRect();
          if (!inside && r.width > 0 && r.right > limit + 1) wide.push(`${el.tagName.toLowerCase()}.${el.className && el.className.baseVal !== undefined ? el.className.baseVal : el.className} (${Math.round(r.right)} px)`);
        }
        // Text in inline SVG charts, as rendered.
        const small = [...document.querySelectorAll("svg text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM() ? t.getScreenCTM().a : 1))
          .filter((size) => size < 9);
        return { height: document.documentElement.scrollHeight, wide: wide.slice(0, 5), wideCount: wide.length, smallText: small.length };
      });
      // Text in SVG images (charts and maps are standalone files), as large as it is shown: each
      // file is laid, alone, into a box of the image's size and measured there.
      layout.smallText += await page.evaluate(async () => {
        let small = 0;
        for (const img of [...document.images].filter((i) => /\.svg(#|$)/.test(i.src))) {
          const box = img.getBoundingClientRect();
          if (!box.width) continue;
          const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), "image/svg+xml").documentElement;
          const holder = document.createElement("div");
          holder.style.cssText = `position:absolute;left:0;top:0;width:${box.width}px`;
          svg.setAttribute("width", "100%");
          svg.removeAttribute("height");
          holder.appendChild(document.importNode(svg, true));
          document.body.appendChild(holder);
          for (const t of holder.querySelectorAll("text")) {
            const ctm = t.getScreenCTM();
            if (parseFloat(getComputedStyle(t).fontSize) * (ctm ? ctm.a : 1) < 9) small++;
          }
          holder.remove();
        }
        return small;
      });
      const problems = [];
      for (const v of result.violations)
        problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
      if (layout.wideCount) problems.push(`${layout.wideCount} element(s) reach past the page's right edge: ${layout.wide.join(", ")}`);
      if (layout.smallText) problems.push(`${layout.smallText} chart label(s) smaller than 9 px`);
      for (const src of badImages) problems.push(`image does not load: ${src}`);
      for (const url of broken) problems.push(`request failed: ${url}`);
      console.log(`${problems.length ? "FAIL" : "ok"}: ${kind} at ${width} px (${file}), ${layout.height} px tall`);
      for (const p of problems) console.log("    " + p);
      failures += problems.length ? 1 : 0;
      await page.close();
    }
    await context.close();
  }
  await browser.close();
  server.close();
  console.log(failures ? `${failures} page view(s) failed` : "every page view passed");
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
