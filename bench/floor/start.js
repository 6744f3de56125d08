// Starts the floor app, as the checker's boot script starts the checker (without its settings file or checks).
import init from "./floor.js";
await init({ module_or_path: new URL("floor_bg.wasm", import.meta.url) });
