// For a page that embeds the NAAS checker in an iframe (see README, Embedding): sizes each
// <iframe data-naas-checker> to the height its page reports, so there is no inner scrollbar.
(function () {
  function frames() {
    return document.querySelectorAll("iframe[data-naas-checker]");
  }
  function prepare() {
    frames().forEach(function (frame) {
      frame.style.width = "100%";
      frame.style.border = "0";
      frame.setAttribute("scrolling", "no");
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
