// Compiles assets/styles/app.scss (GOV.UK Frontend plus the checker's rules) to generated/app.css.
// Run by Trunk before each build; uses the npm `sass` package, so nothing is downloaded.
import { compile } from "sass";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const result = compile(join(root, "assets/styles/app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  // GOV.UK Frontend's own deprecation notices are not ours to fix.
  quietDeps: true,
  silenceDeprecations: ["import"],
});
mkdirSync(join(root, "generated"), { recursive: true });
writeFileSync(join(root, "generated/app.css"), result.css + "\n");
console.log(`generated/app.css: ${result.css.length} bytes`);
