// Compiles assets/styles/app.scss (GOV.UK Frontend plus the checker's rules) to generated/app.css,
// keeping only the rules whose classes the app uses. Run by Trunk before each build; uses the npm
// packages sass and purgecss, so nothing is downloaded.
import { compile } from "sass";
import { PurgeCSS } from "purgecss";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const full = compile(join(root, "assets/styles/app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  // GOV.UK Frontend's own deprecation notices are not ours to fix.
  quietDeps: true,
  silenceDeprecations: ["import"],
}).css;

// Class names appear in the Rust pages as plain strings, so a word-level scan of the sources finds
// every class the app can put on the page.
const [purged] = await new PurgeCSS().purge({
  content: [join(root, "src/**/*.rs"), join(root, "pages/src/**/*.rs"), join(root, "index.html"), join(root, "assets/*.js"), join(root, "scripts/post-build.mjs")],
  css: [{ raw: full }],
  defaultExtractor: (text) => text.match(/[A-Za-z0-9_-]+/g) || [],
  // Element and state selectors that no class scan can see.
  safelist: { standard: [/^(html|body|main|a|p|h[1-6]|ul|ol|li|dl|dt|dd|input|label|button|fieldset|legend|strong|svg|path)$/], greedy: [/:focus|:hover|:active|:visited|:checked/] },
  variables: true,
  keyframes: true,
});
mkdirSync(join(root, "generated"), { recursive: true });
writeFileSync(join(root, "generated/app.css"), purged.css + "\n");
console.log(`generated/app.css: ${purged.css.length} bytes (from ${full.length} before unused rules were removed)`);
