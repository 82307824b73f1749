// Search box on the front page: finds municipalities, counties, city districts and the
// country by name, number or an old name or number ("Rygge", "0136" find Moss).
// Progressive enhancement: the form is hidden in the HTML and shown only here, so without
// JavaScript (or when the index cannot be loaded) readers use the A–Å list below it.
// No dependencies, no build step. The index is sok/indeks.json, written by `kommunetall build`.
(function () {
  "use strict";

  var MAX_RESULTS = 10;
  var KIND_ORDER = { kommune: 0, bydel: 1, fylke: 2, land: 3 };

  var form = document.querySelector("form[data-search-index]");
  if (!form || !window.fetch || !String.prototype.normalize) return;
  var input = form.querySelector("input[type=search]");
  var status = form.querySelector("[data-search-status]");
  var list = form.querySelector("[data-search-results]");
  if (!input || !status || !list) return;

  var indexUrl = new URL(form.getAttribute("data-search-index"), document.baseURI);
  var siteRoot = new URL("../", indexUrl);  // the index lies in sok/ under the site root
  var areas = null;      // the index's entries, each with normalized search keys
  var loading = null;    // the pending fetch

  // Lower case, no accents (Kárášjohka = karasjohka), but æ, ø and å stay letters of their
  // own: "å" is not "a". Without a Norwegian keyboard, "aa", "ae" and "oe" stand for them
  // ("Baerum" finds Bærum), as in Norwegian spelling and collation. Punctuation and hyphens
  // count as spaces ("Nord-Odal", "St. Hanshaugen").
  function normalize(text) {
    return String(text)
      .toLocaleLowerCase("nb")
      .normalize("NFD")
      .replace(/a\u030A/g, "\u00E5")      // keep å (a + ring above) as å
      .replace(/[\u0300-\u036F]/g, "")     // drop other accents
      .replace(/\u0111/g, "d")             // Sámi đ, ŋ, ŧ have no decomposition
      .replace(/\u014B/g, "n")
      .replace(/\u0167/g, "t")
      .replace(/aa/g, "\u00E5")
      .replace(/ae/g, "\u00E6")
      .replace(/oe/g, "\u00F8")
      .replace(/[\s\-\u2010-\u2015.,:;'’()\/]+/g, " ")
      .trim();
  }

  function prepare(index) {
    return (index["områder"] || []).map(function (area) {
      return {
        area: area,
        name: normalize(area.navn),
        earlier: (area.tidligere || []).map(function (old) {
          return { old: old, name: normalize(old.navn) };
        })
      };
    });
  }

  // 0 exact, 1 starts with, 2 a word starts with, 3 contains; -1 no match.
  function textScore(text, query) {
    if (text === query) return 0;
    if (text.indexOf(query) === 0) return 1;
    if (text.indexOf(" " + query) >= 0) return 2;
    if (text.indexOf(query) >= 0) return 3;
    return -1;
  }

  function codeScore(code, query) {
    if (code === query) return 0;
    if (code.indexOf(query) === 0) return 1;
    return -1;
  }

  // The best way an entry matches: its own name or code first (scores 0-3), then old names
  // and codes (4-7), which the result then mentions.
  function match(entry, query) {
    var best = null;
    function consider(score, offset, via) {
      if (score < 0 || (best !== null && score + offset >= best.score)) return;
      best = { score: score + offset, via: via };
    }
    consider(textScore(entry.name, query), 0, null);
    consider(codeScore(entry.area.kode, query), 0, null);
    entry.earlier.forEach(function (e) {
      consider(textScore(e.name, query), 4, e.old);
      consider(codeScore(e.old.kode, query), 4, e.old);
    });
    return best;
  }

  function search(raw) {
    var query = normalize(raw);
    if (!query) return null;
    var hits = [];
    areas.forEach(function (entry) {
      var m = match(entry, query);
      if (m) hits.push({ area: entry.area, score: m.score, via: m.via });
    });
    hits.sort(function (a, b) {
      return a.score - b.score ||
        (KIND_ORDER[a.area.type] || 0) - (KIND_ORDER[b.area.type] || 0) ||
        a.area.navn.localeCompare(b.area.navn, "nb") ||
        (a.area.kode < b.area.kode ? -1 : a.area.kode > b.area.kode ? 1 : 0);
    });
    return hits;
  }

  function describe(area) {
    if (area.type === "kommune" && area.fylke) return "kommune i " + area.fylke;
    if (area.type === "bydel" && area.kommune) return "bydel i " + area.kommune;
    if (area.type === "land") return "hele landet";
    return area.type;
  }

  function render(raw) {
    list.textContent = "";
    var hits = search(raw);
    if (hits === null) {
      status.textContent = "";
      return;
    }
    if (hits.length === 0) {
      status.textContent = "Ingen treff på «" + raw.trim() + "». Prøv et annet navn eller nummer, eller bruk listen A–Å nedenfor.";
      return;
    }
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = new URL(hit.area.url, siteRoot).href;
      link.textContent = hit.area.navn;
      item.appendChild(link);
      var about = document.createElement("span");
      about.className = "search__about";
      var text = " – " + describe(hit.area) + " (" + hit.area.kode + ")";
      if (hit.via)
        text += ", " + (hit.via.delvis ? "omfatter deler av " : "tidligere ") +
          hit.via.navn + " (" + hit.via.kode + ")";
      about.textContent = text;
      item.appendChild(about);
      list.appendChild(item);
    });
    var shown = Math.min(hits.length, MAX_RESULTS);
    status.textContent = hits.length > shown
      ? "Viser " + shown + " av " + hits.length + " treff. Skriv mer for å finne færre."
      : hits.length + " treff.";
  }

  function load() {
    if (!loading) {
      status.textContent = "Henter søket …";
      loading = fetch(indexUrl.href)
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (index) {
          areas = prepare(index);
          render(input.value);
        })
        .catch(function () {
          status.textContent = "Søket kunne ikke lastes. Bruk listen A–Å nedenfor.";
        });
    }
    return loading;
  }

  function update() {
    if (areas) render(input.value);
    else load();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === "Escape" && input.value) {
      event.preventDefault();
      input.value = "";
      update();
    }
  });
  // Arrow keys move between the results; Escape goes back to the search field.
  list.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < all.length) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
    }
  });
  // Enter in the field opens the best match.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) window.location.href = first.href;
    else update();
  });

  form.hidden = false;
})();
