// For a page that embeds the NAAS checker in an iframe (see README, Embedding): introduces itself
// to each <iframe data-naas-checker>, and sizes the frame to the height its page reports (the
// checker answers only pages whose origin the council allows), so there is no inner scrollbar.
// Until a height arrives the frame is as tall as the window and scrolls, so it is usable anyway.
(function () {
  // How long to wait for a height before telling the host page's developer why none came.
  var PATIENCE = 10000;
  function frames() {
    return document.querySelectorAll("iframe[data-naas-checker]");
  }
  // The introduction carries nothing, so it may go to whatever the frame holds ("*"): before the
  // checker has loaded it is lost, and the frame's load event says hello again.
  function hello(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "naas-checker:hello" }, "*");
  }
  // Frames already told a height. Until then a frame keeps its scrollbar: the checker answers
  // only pages the council allows, and a 150-pixel frame that cannot scroll would hide it all.
  var sized = [];
  function prepare() {
    frames().forEach(function (frame) {
      frame.style.width = "100%";
      frame.style.border = "0";
      // The window's height, and never less than 600 pixels, unless the page gave the frame a
      // height of its own. (Browsers without CSS max() keep the 600 pixels.)
      if (!frame.style.height && !frame.hasAttribute("height")) {
        frame.style.height = "600px";
        frame.style.height = "max(600px, 100vh)";
      }
      frame.addEventListener("load", function () {
        hello(frame);
      });
      hello(frame);
      setTimeout(function () {
        if (sized.indexOf(frame) < 0) warn(frame);
      }, PATIENCE);
    });
  }
  function warn(frame) {
    var source = frame.getAttribute("src") || "";
    console.warn(
      "NAAS checker (embed.js): the checker in this page's frame (" + source + ") has not reported its height after " +
        PATIENCE / 1000 + " seconds, so the frame keeps its own scrollbar. If the checker is served from another origin than this page, " +
        "add this page's origin, " + JSON.stringify(location.origin) + ", to parentOrigins in the checker's settings (naas-config.json beside it). " +
        "If the checker's site sends a Content-Security-Policy with frame-ancestors, that must name this page's origin too, or the frame stays empty. " +
        "If both do, the checker may not have started: see the frame's console. (README, Embedding.)",
    );
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "naas-checker:height" || typeof data.height !== "number") return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.max(150, Math.min(50000, Math.ceil(data.height))) + "px";
        // Sized to its content now, it needs no scrollbar of its own.
        frame.setAttribute("scrolling", "no");
        if (sized.indexOf(frame) < 0) sized.push(frame);
      }
    });
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", prepare);
  else prepare();
})();
