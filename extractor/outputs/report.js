// jixiao report page: clicking a finding highlights the passage it points at and scrolls it into view.
// The passage's pieces carry data-at="N ..." (finding numbers); the link's href is #at-N, so the page
// also jumps there without this script.
(function () {
  "use strict";
  function clear() {
    document.querySelectorAll(".active, .current, .cited").forEach(function (el) {
      el.classList.remove("active", "current", "cited");
    });
  }
  function activate(n) {
    clear();
    var pieces = document.querySelectorAll('[data-at~="' + n + '"]');
    pieces.forEach(function (el) { el.classList.add("active"); });
    var item = document.getElementById("finding-" + n);
    if (item) {
      item.classList.add("current");
      (item.getAttribute("data-figs") || "").split(" ").forEach(function (g) {
        if (!g) return;
        document.querySelectorAll('mark[data-fig="' + g + '"]').forEach(function (m) { m.classList.add("cited"); });
      });
    }
    if (pieces.length) pieces[0].scrollIntoView({ block: "center" });
  }
  function fromHash() {
    var m = /^#at-(\d+)$/.exec(location.hash);
    if (m) activate(m[1]);
  }
  document.addEventListener("click", function (e) {
    var link = e.target.closest("a[data-finding]");
    if (!link) return;
    e.preventDefault();
    history.replaceState(null, "", link.getAttribute("href"));
    activate(link.getAttribute("data-finding"));
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
