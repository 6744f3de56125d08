// Prints the size of a WebAssembly file's code and data sections, raw and gzip -9: how much of it is code and how much is text and other data.
// Usage: node bench/sections.mjs FILE.wasm
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const bytes = readFileSync(process.argv[2]);
const NAMES = { 10: "code", 11: "data" };
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
let at = 8;
const leb = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
};
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  if (NAMES[id]) {
    const section = bytes.subarray(at, at + size);
    console.log(`${NAMES[id].padEnd(6)} ${kb(size).padStart(9)} raw ${kb(gzipSync(section, { level: 9 }).length).padStart(9)} gzip`);
  }
  at += size;
}
