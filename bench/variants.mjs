// Writes two copies of the release build (dist) for the benchmark, each without one part, to show what that part costs the first question:
// bench/out/ours-no-start, without the start page the build writes into the HTML (an empty #app in its place), and
// bench/out/ours-plain-css, with the plain JavaScript page's stylesheet in place of ours. Neither is a build anyone should use.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const out = join(root, "bench/out");

function copy(name) {
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true });
  return dir;
}

const noStart = copy("ours-no-start");
const page = readFileSync(join(noStart, "index.html"), "utf8");
const start = page.indexOf('<div id="app" data-prerendered>');
const end = page.indexOf("<!-- /app -->");
if (start < 0 || end < start) throw new Error("dist/index.html: no start page between <div id=\"app\" data-prerendered> and <!-- /app -->");
writeFileSync(join(noStart, "index.html"), `${page.slice(0, start)}<div id="app"></div>${page.slice(end)}`);

const plainCss = copy("ours-plain-css");
const css = readdirSync(plainCss).find((f) => /^app-.*\.css$/.test(f));
if (!css) throw new Error("dist: no app-*.css");
writeFileSync(join(plainCss, css), readFileSync(join(out, "plain/plain.css")));
// The page checks its stylesheet's integrity: drop that check for the copy whose stylesheet changed.
const html = readFileSync(join(plainCss, "index.html"), "utf8");
writeFileSync(join(plainCss, "index.html"), html.replace(/(<link rel="stylesheet" href="\.\/app-[^"]+\.css") integrity="[^"]*"/, "$1"));
console.log(`wrote ${noStart} and ${plainCss}`);
