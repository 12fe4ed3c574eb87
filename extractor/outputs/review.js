// jixiao review page: the auditor confirms a finding or dismisses it with a reason; "保存忽略文件"
// writes the dismissed ones as a suppressions TOML keyed by fingerprint (downloaded, and shown for
// copying). `jixiao check --suppressions FILE` then reports them as suppressed.
(function () {
  "use strict";
  var decisions = {};  // fingerprint -> {state: "confirmed" | "dismissed", reason, rule, message}
  var file = document.body.getAttribute("data-file") || "";

  function tomlString(s) {
    // JSON's escapes (\" \\ \n \t \uXXXX) are TOML's too
    return JSON.stringify(String(s));
  }
  function oneLine(s) {
    return String(s).replace(/[\r\n\u2028\u2029]+/g, " ");
  }
  function toml() {
    var out = ["# jixiao 审阅结果：" + oneLine(file), "# 用法：jixiao check 报告 --suppressions 本文件", ""];
    Object.keys(decisions).forEach(function (fp) {
      var d = decisions[fp];
      if (d.state === "confirmed") out.push("# 已确认 " + d.rule + " " + fp + "：" + oneLine(d.message));
    });
    Object.keys(decisions).forEach(function (fp) {
      var d = decisions[fp];
      if (d.state !== "dismissed") return;
      out.push("", "# " + oneLine(d.message), "[[suppress]]", "fingerprint = " + tomlString(fp),
               "rule = " + tomlString(d.rule), "reason = " + tomlString(d.reason));
    });
    return out.join("\n") + "\n";
  }
  function refresh() {
    var text = toml();
    var area = document.getElementById("review-toml");
    if (area) area.value = text;
    var dismissed = 0, confirmed = 0;
    Object.keys(decisions).forEach(function (fp) {
      if (decisions[fp].state === "dismissed") dismissed++; else confirmed++;
    });
    var tally = document.getElementById("review-tally");
    if (tally) tally.textContent = "已确认 " + confirmed + " 条，已忽略 " + dismissed + " 条";
  }
  function decide(item, state) {
    var fp = item.getAttribute("data-fingerprint");
    var reason = item.querySelector("input.reason");
    var status = item.querySelector(".review-state");
    if (state === "dismissed" && !reason.value.trim()) {
      status.textContent = "请先写明忽略原因";
      reason.focus();
      return;
    }
    decisions[fp] = {
      state: state, reason: reason.value.trim(), rule: item.getAttribute("data-rule"),
      message: (item.querySelector(".msg") || {}).textContent || ""
    };
    item.classList.remove("confirmed", "dismissed");
    item.classList.add(state);
    status.textContent = state === "dismissed" ? "已忽略" : "已确认";
    refresh();
  }
  document.querySelectorAll("#findings .finding[data-fingerprint]").forEach(function (item) {
    var box = document.createElement("div");
    box.className = "review";
    box.innerHTML = '<button type="button" class="confirm">确认</button>' +
      '<button type="button" class="dismiss">忽略</button>' +
      '<input class="reason" type="text" placeholder="忽略原因（必填）">' +
      '<span class="review-state"></span>';
    item.appendChild(box);
    box.querySelector(".confirm").addEventListener("click", function () { decide(item, "confirmed"); });
    box.querySelector(".dismiss").addEventListener("click", function () { decide(item, "dismissed"); });
  });
  var save = document.getElementById("review-save");
  if (save) save.addEventListener("click", function () {
    var blob = new Blob([toml()], { type: "application/toml" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = save.getAttribute("data-name") || "suppressions.toml";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });
  refresh();
})();
