// "Kopier" beside each citation copies its text and address in one click. Without
// JavaScript the button stays hidden and the citation is text to select like any other.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var label = button.textContent;
    // Selects the citation, so the reader can copy it where the clipboard is out of reach.
    function select() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      try {
        return document.execCommand("copy");
      } catch (e) {
        return false;
      }
    }
    function said(copied) {
      button.textContent = copied ? "Kopiert" : "Merket: kopier med Ctrl+C";
      window.setTimeout(function () { button.textContent = label; }, 2500);
    }
    button.addEventListener("click", function () {
      var text = source.textContent.replace(/\s+/g, " ").trim();
      if (navigator.clipboard && window.isSecureContext)
        navigator.clipboard.writeText(text).then(function () { said(true); },
                                                 function () { said(select()); });
      else said(select());
    });
    button.hidden = false;
  });
})();
