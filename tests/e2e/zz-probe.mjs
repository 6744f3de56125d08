import { serve, launch, ready, DIST, address, newPage, printedCitations } from "./harness.mjs";
import { inflateSync } from "node:zlib";
function pdfPages(buf) {
  const s = buf.toString("latin1");
  const objs = new Map();
  for (const m of s.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objs.set(Number(m[1]), m[2]);
  const out = [];
  const kids = [...s.match(/\/Type\s*\/Pages[\s\S]*?\/Kids\s*\[([^\]]*)\]/)[1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  for (const body of kids.map((k) => objs.get(k))) {
    const c = body.match(/\/Contents\s+(\d+) 0 R/);
    const o = objs.get(Number(c[1]));
    const start = o.indexOf("stream") + 6;
    let data = Buffer.from(o.slice(start, o.lastIndexOf("endstream")).replace(/^\r?\n/, ""), "latin1");
    let text = /FlateDecode/.test(o) ? inflateSync(data).toString("latin1") : data.toString("latin1");
    out.push({ glyphs: (text.match(/T[jJ]/g) || []).length, len: text.length });
  }
  return out;
}
const browser = await launch();
const server = await serve(DIST);
import { execFileSync } from "node:child_process";
const list = execFileSync("cargo", ["run", "--quiet", "-p", "naas-tools", "--example", "outcome_addresses"], { encoding: "utf8" }).trim().split("\n").map((l) => l.split("\t"));
const ppp = await newPage(browser); await ppp.page.goto(server.url + "#/readiness/plan?set=practitioner&p1=partly&p2=partly&p3=partly&p4=partly&p5=partly&p6=partly&p7=partly&p8=partly&p9=partly&p10=partly&done=none"); await ready(ppp.page); await ppp.page.emulateMedia({ media: "print" }); console.log("plan", JSON.stringify((await printedCitations(ppp.page)).listed));
for (const [id, a] of [...list, ["leeds-sup", "#/result?date=2019-10-05&role=practice-supervisor&registration=yes&employer=local-authority&council=leeds"], ["leeds-agency", "#/result?date=2019-10-05&role=frontline&registration=yes&employer=agency&council=leeds"], ["leeds", "#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds"]]) {
  const { page, context } = await newPage(browser);
  await page.goto(server.url + a);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const { listed } = await printedCitations(page);
  if (listed.some((n, i) => n !== i + 1)) console.log(id, JSON.stringify(listed));
  await context.close();
}
await browser.close(); await server.close();
