// The search boxes (the front page's, and the one in every page's header): find
// municipalities, counties, city districts and the country by any of their names, by number,
// or by an old name or number ("Rygge", "0136" find Moss), and indicators and themes by title.
// Letters are folded so a reader without a Norwegian keyboard finds the place: "vaga" finds
// Vågå, "tromso" Tromsø, "baerum" Bærum, "karasjohka" Kárášjohka; a small misspelling
// ("Lilestrøm") still finds it.
// Progressive enhancement: the forms are hidden in the HTML and shown only here, so without
// JavaScript (or when the index cannot be loaded) readers use the A–Å list on the front page.
// No dependencies, no build step. The index is sok/indeks.js, written by `kommunetall build`:
// a script, which browsers load from a folder on disk (file://) as well as from a server.
(function () {
  "use strict";

  var MAX_RESULTS = 10;
  var KIND_ORDER = { kommune: 0, bydel: 1, fylke: 2, land: 3, indikator: 4, tema: 5 };
  var KIND_NAME = { indikator: "indikator", tema: "tema" };
  // Scores: a place's own name or code first, then its old names and codes, then titles;
  // within each, exact before "starts with" before a word that starts with it before
  // anywhere in it; misspelled matches after all of those.
  var OLD_NAME = 4, FUZZY = 12;

  var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-search-index]"));
  if (!forms.length || !String.prototype.normalize) return;

  var entries = null;  // the index's places, indicators and themes, with folded search keys
  var loading = null;  // the pending load, shared by every form on the page

  // Lower case, no accents, æ, ø and å folded to ae, o and a, the way readers type them
  // without a Norwegian keyboard ("aa" and "oe" too: "Vaagaa", "Tromsoe"). Punctuation and
  // hyphens count as spaces ("Nord-Odal", "St. Hanshaugen").
  function fold(text) {
    return String(text)
      .toLocaleLowerCase("nb")
      .normalize("NFD")
      .replace(/[\u0300-\u036F]/g, "")     // accents and the ring of å
      .replace(/\u00F8/g, "o")             // ø, æ and Sámi đ, ŋ, ŧ have no decomposition
      .replace(/\u00E6/g, "ae")
      .replace(/\u0111/g, "d")
      .replace(/\u014B/g, "n")
      .replace(/\u0167/g, "t")
      .replace(/aa/g, "a")
      .replace(/oe/g, "o")
      .replace(/[\s\-\u2010-\u2015.,:;'’()\/«»"]+/g, " ")
      .trim();
  }

  function prepare(index) {
    var out = [];
    (index["områder"] || []).forEach(function (area) {
      out.push({
        kind: area.type, name: area.navn, code: area.kode, url: area.url, area: area,
        key: fold(area.navn),
        // "Troms - Romsa - Tromssa": each language's name is a name of its own.
        parts: area.navn.split(" - ").map(fold),
        earlier: (area.tidligere || []).map(function (old) {
          return { old: old, key: fold(old.navn) };
        })
      });
    });
    var indicators = index.indikatorer || {};
    Object.keys(indicators).forEach(function (id) {
      var indicator = indicators[id];
      out.push({ kind: "indikator", name: indicator.tittel, url: indicator.url,
                 key: fold(indicator.tittel), parts: [], earlier: [] });
    });
    (index.tema || []).forEach(function (theme) {
      out.push({ kind: "tema", name: theme.tittel, url: theme.url, key: fold(theme.tittel),
                 parts: [], earlier: [] });
    });
    return out;
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
    if (!code) return -1;
    if (code === query) return 0;
    if (code.indexOf(query) === 0) return 1;
    return -1;
  }

  // Edits (a letter added, left out, changed, or two swapped) between a and b, or limit + 1
  // once it is clear there are more than limit.
  function edits(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var before = [], previous = [], current = [];
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var smallest = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d = Math.min(d, before[j - 2] + 1);
        current[j] = d;
        smallest = Math.min(smallest, d);
      }
      if (smallest > limit) return limit + 1;
      before = previous;
      previous = current;
    }
    return previous[b.length];
  }

  // Whether the query is a small misspelling of a word of the text, or of the start of one
  // (the reader may not have typed the whole word): one edit from four letters, two from
  // eight.
  function nearly(text, query) {
    var limit = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
    if (!limit) return false;
    var words = text.split(" ");
    words.push(text);
    return words.some(function (word) {
      for (var n = query.length - limit; n <= query.length + limit; n++)
        if (n > 0 && n <= word.length && edits(word.slice(0, n), query, limit) <= limit)
          return true;
      return false;
    });
  }

  // The best way an entry matches, or null.
  function match(entry, query) {
    var best = null;
    function consider(score, offset, via) {
      if (score < 0 || (best !== null && score + offset >= best.score)) return;
      best = { score: score + offset, via: via };
    }
    consider(textScore(entry.key, query), 0, null);
    entry.parts.forEach(function (part) {
      var score = textScore(part, query);
      if (score === 0 || score === 1) consider(score, 0, null);
    });
    consider(codeScore(entry.code, query), 0, null);
    entry.earlier.forEach(function (e) {
      consider(textScore(e.key, query), OLD_NAME, e.old);
      consider(codeScore(e.old.kode, query), OLD_NAME, e.old);
    });
    if (best === null && /[a-z]/.test(query)) {
      if (nearly(entry.key, query)) consider(0, FUZZY, null);
      else entry.earlier.forEach(function (e) {
        if (nearly(e.key, query)) consider(1, FUZZY, e.old);
      });
    }
    return best;
  }

  // Words that say what kind of place is meant ("Vågå kommune", "fylket Troms"): they choose
  // among the places found, and are no part of a name.
  var KIND_WORDS = { kommune: "kommune", kommunen: "kommune", fylke: "fylke", fylket: "fylke",
                     bydel: "bydel", bydelen: "bydel" };

  function search(raw) {
    var query = fold(raw);
    if (!query) return null;
    var kind = null;
    var words = query.split(" ").filter(function (word) {
      if (KIND_WORDS[word] && query.indexOf(" ") >= 0) {
        kind = KIND_WORDS[word];
        return false;
      }
      return true;
    });
    if (words.length) query = words.join(" ");
    var hits = [];
    entries.forEach(function (entry) {
      if (kind && entry.kind !== kind) return;
      var m = match(entry, query);
      if (m) hits.push({ entry: entry, score: m.score, via: m.via });
    });
    hits.sort(function (a, b) {
      return a.score - b.score ||
        (KIND_ORDER[a.entry.kind] || 0) - (KIND_ORDER[b.entry.kind] || 0) ||
        a.entry.name.localeCompare(b.entry.name, "nb") ||
        (a.entry.url < b.entry.url ? -1 : a.entry.url > b.entry.url ? 1 : 0);
    });
    return hits;
  }

  function describe(entry) {
    var area = entry.area;
    if (!area) return KIND_NAME[entry.kind];
    if (area.type === "kommune" && area.fylke) return "kommune i " + area.fylke;
    if (area.type === "bydel" && area.kommune) return "bydel i " + area.kommune;
    if (area.type === "land") return "hele landet";
    return area.type;
  }

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL(forms[0].getAttribute("data-search-index"), document.baseURI).href;
        script.onload = function () {
          if (window.kommunetallSok) resolve(prepare(window.kommunetallSok));
          else reject(new Error("no index"));
        };
        script.onerror = function () { reject(new Error("not loaded")); };
        document.head.appendChild(script);
      }).then(function (prepared) { entries = prepared; }, function (error) {
        loading = null;  // a later keystroke tries again
        throw error;
      });
    }
    return loading;
  }

  function attach(form) {
    var input = form.querySelector("input[type=search]");
    var status = form.querySelector("[data-search-status]");
    var list = form.querySelector("[data-search-results]");
    if (!input || !status || !list) return;
    var indexUrl = new URL(form.getAttribute("data-search-index"), document.baseURI);
    var siteRoot = new URL("../", indexUrl);  // the index lies in sok/ under the site root

    function render(raw) {
      list.textContent = "";
      var hits = search(raw);
      if (hits === null) {
        status.textContent = "";
        return;
      }
      if (hits.length === 0) {
        var shown = raw.trim();
        if (shown.length > 60) shown = shown.slice(0, 60) + "…";
        status.textContent = "Ingen treff på «" + shown + "». Prøv et annet navn eller nummer, eller se listen over alle kommuner A–Å på forsiden.";
        return;
      }
      hits.slice(0, MAX_RESULTS).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = new URL(hit.entry.url, siteRoot).href;
        link.textContent = hit.entry.name;
        item.appendChild(link);
        var about = document.createElement("span");
        about.className = "search__about";
        var text = " – " + describe(hit.entry) + (hit.entry.code ? " (" + hit.entry.code + ")" : "");
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

    function update() {
      if (entries) {
        render(input.value);
        return;
      }
      status.textContent = "Henter søket …";
      load().then(function () { render(input.value); }, function () {
        status.textContent = "Søket kunne ikke lastes. Bruk listen over alle kommuner A–Å på forsiden.";
      });
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    input.addEventListener("focus", function () { load().catch(function () {}); });
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
      function open() {
        render(input.value);
        var first = links()[0];
        if (first) window.location.href = first.href;
      }
      if (entries) open();
      else load().then(open, update);  // Enter before the index has come: open it then
    });

    // The header's results lie over the page: they close when the reader goes elsewhere (a
    // click or a tab out of the form, or Escape anywhere) and come back when the field has
    // focus again. The front page's lie in the page and stay.
    if (!form.classList.contains("search--header")) {
      form.hidden = false;
      return;
    }
    function close() {
      list.textContent = "";
      status.textContent = "";
    }
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) close();
    });
    form.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !form.contains(event.relatedTarget)) close();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !form.contains(document.activeElement)) close();
    });
    input.addEventListener("focus", function () {
      if (entries && input.value.trim()) render(input.value);
    });

    form.hidden = false;
  }

  forms.forEach(attach);
})();
