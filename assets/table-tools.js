// Sorting and filtering for long tables (the ranking of all municipalities on an indicator
// page). Progressive enhancement: without JavaScript the table is complete and in rank order.
// A table opts in with data-sortable (every column header becomes a sort button); a column
// header with data-filter gets a list above the table that shows only the rows with the
// chosen value in that column. No dependencies, no build step.
(function () {
  "use strict";

  // The number a cell starts with, Norwegian style ("4 822", "70,0 %", "−3,2"); null for a
  // symbol (":", "..", "-") or text.
  function numberOf(text) {
    var t = text.replace(/[\s\u00a0\u202f]/g, "").replace("\u2212", "-");
    var m = /^[-+]?\d+(,\d+)?/.exec(t);
    return m ? parseFloat(m[0].replace(",", ".")) : null;
  }

  function cellText(row, column) {
    var cell = row.cells[column];
    return cell ? cell.textContent.trim() : "";
  }

  function makeSortable(table) {
    var body = table.tBodies[0];
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var collator = new Intl.Collator("nb");
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        var numeric = rows.some(function (r) { return numberOf(cellText(r, column)) !== null; });
        rows.sort(function (a, b) {
          var x = cellText(a, column), y = cellText(b, column), order;
          if (numeric) {
            var nx = numberOf(x), ny = numberOf(y);
            // Rows without a number go last whichever way the column is sorted.
            if (nx === null || ny === null) return (nx === null ? 1 : 0) - (ny === null ? 1 : 0);
            order = nx - ny;
          } else {
            order = collator.compare(x, y);
          }
          return ascending ? order : -order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function makeFilter(table, column, index) {
    var body = table.tBodies[0];
    var values = [];
    Array.prototype.forEach.call(body.rows, function (r) {
      var v = cellText(r, column);
      if (v && values.indexOf(v) < 0) values.push(v);
    });
    values.sort(new Intl.Collator("nb").compare);
    var header = table.tHead ? cellText(table.tHead.rows[0], column) : "";
    var label = document.createElement("label");
    label.className = "table-filter";
    label.textContent = "Vis " + header.toLowerCase() + ": ";
    var select = document.createElement("select");
    select.id = "tabellfilter-" + index;
    var all = document.createElement("option");
    all.value = "";
    all.textContent = "Alle";
    select.appendChild(all);
    values.forEach(function (v) {
      var option = document.createElement("option");
      option.value = v;
      option.textContent = v;
      select.appendChild(option);
    });
    label.appendChild(select);
    var status = document.createElement("span");
    status.className = "table-filter__count";
    status.setAttribute("role", "status");
    label.appendChild(status);
    var wrap = table.closest(".table-wrap") || table;
    wrap.parentNode.insertBefore(label, wrap);
    select.addEventListener("change", function () {
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (r) {
        var match = !select.value || cellText(r, column) === select.value;
        r.hidden = !match;
        shown += match ? 1 : 0;
      });
      status.textContent = select.value ? " " + shown + " av " + body.rows.length + " rader" : "";
    });
  }

  var tables = document.querySelectorAll("table[data-sortable]");
  Array.prototype.forEach.call(tables, function (table, index) {
    if (!table.tBodies.length || !table.tHead) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      if (th.hasAttribute("data-filter")) makeFilter(table, column, index);
    });
    makeSortable(table);
  });
})();
