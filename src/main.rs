//! Starts the NAAS checker in the browser.

fn main() {
    naas_checker::ui::start();
}

/// The allocator: talc, smaller in the WebAssembly than Rust's default (dlmalloc).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
