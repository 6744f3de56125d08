// For a page that embeds the NAAS checker in an iframe (see README, Embedding): introduces itself
// to each <iframe data-naas-checker>, and sizes the frame to the height its page reports (the
// checker answers only pages whose origin the council allows), so there is no inner scrollbar.
(function () {
  function frames() {
    return document.querySelectorAll("iframe[data-naas-checker]");
  }
  // The introduction carries nothing, so it may go to whatever the frame holds ("*"): before the
  // checker has loaded it is lost, and the frame's load event says hello again.
  function hello(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "naas-checker:hello" }, "*");
  }
  function prepare() {
    frames().forEach(function (frame) {
      frame.style.width = "100%";
      frame.style.border = "0";
      frame.setAttribute("scrolling", "no");
      frame.addEventListener("load", function () {
        hello(frame);
      });
      hello(frame);
    });
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "naas-checker:height" || typeof data.height !== "number") return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.max(150, Math.min(50000, Math.ceil(data.height))) + "px";
      }
    });
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", prepare);
  else prepare();
})();
