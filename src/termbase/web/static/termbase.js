// termbase web page: search as you type, keyboard navigation, copy buttons, live romanize box.
// Every page works without this file (forms submit to the server); this only makes it quicker.
// Markup built here mirrors src/termbase/web/search.py and romanize.py: keep them in step.
"use strict";

(function () {
  const DEBOUNCE_MS = 150;
  const labels = readLabels();

  function readLabels() {
    const block = document.getElementById("labels");
    const empty = { languages: {}, statuses: {}, marks: {}, via: {}, systems: {} };
    try {
      return block ? JSON.parse(block.textContent) : empty;
    } catch (_) {
      return empty;
    }
  }

  // h("a", {href: "/x", class: "y"}, "text", child, [more]) -> element. Text is never parsed as HTML.
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(node, child);
      else node.append(child instanceof Node ? child : String(child));
    }
  }

  function announce(text) {
    const region = document.getElementById("announcer");
    if (!region) return;
    region.textContent = "";
    window.setTimeout(() => { region.textContent = text; }, 50);
  }

  // ---- shared pieces (parts.py) ----
  function readingLang(tag) {
    return tag.split("-")[0] === "zh" ? "zh-Latn" : tag;
  }

  function form(text, lang, cls) {
    return h("span", { lang: lang, class: cls || "form" }, text);
  }

  function native(text, lang, reading) {
    if (!reading || reading === text) return form(text, lang, "form native");
    const rtLang = readingLang(lang) !== lang ? readingLang(lang) : null;
    return h("ruby", { lang: lang, class: "form native" }, text,
      h("rp", {}, "("), h("rt", { lang: rtLang }, reading), h("rp", {}, ")"));
  }

  function statusMark(value) {
    const mark = labels.marks[value] || "";
    const label = labels.statuses[value] || value;
    return h("span", { class: "status status-" + value }, mark ? mark + " " + label : label);
  }

  function copyButton(text) {
    return h("button", { type: "button", class: "copy", "data-copy": text, "aria-label": "Copy " + text }, "Copy");
  }

  function replacementLang(text, matchedLang) {
    const latinTags = ["en", "de", "fr"];
    if (/[^\u0000-\u024f\u1e00-\u1eff\s\p{P}\p{N}]/u.test(text)) return matchedLang;
    return latinTags.includes(matchedLang) || matchedLang.endsWith("-Latn") ? matchedLang : "en";
  }

  // parts.matched_lang: a zh term's pinyin reading is zh-Latn.
  function matchedLang(text, lang) {
    if (["en", "de", "fr"].includes(lang) || lang.includes("-")) return lang;
    return /[^\p{Script=Latin}\s\p{P}\p{N}\p{M}]/u.test(text) ? lang : lang + "-Latn";
  }

  function problemMessage(body, fallback) {
    if (body && (body.detail || body.title)) return body.detail || body.title;
    return fallback;
  }

  const OFFLINE = "The termbase service did not answer. Check that it is running and try again.";

  async function fetchJSON(url, options) {
    let response;
    try {
      response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options));
    } catch (error) {
      if (error.name === "AbortError") throw error;
      throw new Error(OFFLINE);
    }
    let body = null;
    try { body = await response.json(); } catch (_) { body = null; }
    if (!response.ok) throw new Error(problemMessage(body, "The service answered " + response.status + "."));
    if (body === null) throw new Error("The service sent an answer that is not JSON.");
    return body;
  }

  function debounce(fn, ms) {
    let timer = 0;
    const wrapped = (...args) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => fn(...args), ms);
    };
    wrapped.cancel = () => window.clearTimeout(timer);
    return wrapped;
  }

  function errorBlock(title, message) {
    return h("div", { class: "error", role: "alert" }, h("h2", {}, title), h("p", {}, message));
  }

  // ---- search (search.py) ----
  function matchedLine(matched) {
    const facts = [];
    if (matched.system) facts.push(h("span", { class: "system" }, labels.systems[matched.system] || matched.system));
    facts.push(statusMark(matched.status));
    facts.push(h("span", { class: "via" }, labels.via[matched.via] || matched.via));
    return h("p", { class: "matched" }, h("span", { class: "muted" }, "Matched "),
      form(matched.form, matchedLang(matched.form, matched.lang)), facts.map((fact) => [" · ", fact]));
  }

  function advice(matched) {
    if (matched.status !== "deprecated" && matched.status !== "erroneous") return null;
    const use = matched.preferred;
    const instead = use
      ? [" Use ", h("strong", {}, form(use, replacementLang(use, matched.lang))), " instead."] : null;
    return h("p", { class: "advice" }, matched.note, instead);
  }

  function kindLabel(value) {
    const words = value.replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function resultItem(result) {
    const head = h("div", { class: "result-head" },
      h("a", { href: "/entries/" + encodeURIComponent(result.id), class: "result-link" }, result.label),
      h("span", { class: "kind" }, kindLabel(result.kind)),
      result.match ? h("span", { class: "badge badge-match" }, "✓ Confident match") : null,
      result.matched.verification === "dictionary"
        ? h("span", { class: "badge badge-dictionary" }, result.glossary + " · dictionary data, unverified")
        : null);
    const natives = (result.native || []).map((n) => [native(n.form, n.lang, n.reading), " "]);
    return h("li", { class: "result" }, head, matchedLine(result.matched), advice(result.matched),
      result.matched.detail ? h("p", { class: "detail" }, result.matched.detail) : null,
      natives.length ? h("p", { class: "native-forms" }, natives) : null);
  }

  // parts.query_lang: the lang of what the user typed, from its script ("" = unknown, Han alone).
  function queryLang(query, hint) {
    if (/\p{Script=Cyrillic}/u.test(query)) return "ru";
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(query)) return "ja";
    if (/\p{Script=Bopomofo}/u.test(query)) return "zh";
    if (/\p{Script=Hangul}/u.test(query)) return "ko";
    if (/\p{Script=Han}/u.test(query)) return hint === "ja" || hint === "zh" ? hint : "";
    return null;
  }

  function quoted(query, hint) {
    return h("span", {}, "“", h("span", { lang: queryLang(query, hint) }, query), "”");
  }

  function statusText(query, lang, count) {
    if (!query) return [];
    if (count === 0) return [h("span", {}, "No entry matches ", quoted(query, lang), ".")];
    return [h("span", {}, count + " result" + (count !== 1 ? "s" : "") + " for ", quoted(query, lang), ".")];
  }

  function emptyState(query, lang) {
    const q = encodeURIComponent(query);
    return h("div", { class: "empty", id: "empty" }, h("h2", {}, "Nothing found"), h("ul", {},
      h("li", {}, "Check the spelling, or type fewer letters (one part of a name is enough)."),
      h("li", {}, "Try another script or spelling: characters (", h("span", { lang: "zh-Hans" }, "毛泽东"),
        "), Cyrillic (", h("span", { lang: "ru" }, "Мао Цзэдун"), ") or another romanization (Mao Tse-tung)."),
      lang ? h("li", {}, "Search every language: ", h("a", { href: "/?q=" + q }, "drop the language hint")) : null,
      h("li", {}, "Not in the glossary? ", h("a", { href: "/romanize?text=" + q }, "Romanize the text instead"),
        " (machine readings are labelled as such).")));
  }

  function setupSearch() {
    const formEl = document.getElementById("search-form");
    const input = document.getElementById("q");
    const langEl = document.getElementById("lang");
    const list = document.getElementById("results");
    const status = document.getElementById("status");
    const feedback = document.getElementById("feedback");
    if (!formEl || !input || !list || !status || !feedback) return;
    let controller = null;
    const fromEl = document.getElementById("from");
    const source = () => (fromEl ? fromEl.value : "");
    let shown = input.value.trim() + "\u0000" + (langEl ? langEl.value : "") + "\u0000" + source();

    function show(query, lang, results, error) {
      list.replaceChildren(...results.map(resultItem));
      list.hidden = results.length === 0;
      feedback.replaceChildren();
      if (error) feedback.append(errorBlock("Search failed", error));
      else if (query && !results.length) feedback.append(emptyState(query, lang));
      if (error) status.textContent = "Search failed.";
      else status.replaceChildren(...statusText(query, lang, results.length));
      const params = new URLSearchParams();
      if (query) params.set("q", query);
      if (query && lang) params.set("lang", lang);
      if (query && source()) params.set("from", source());
      const url = params.toString() ? "/?" + params : "/";
      history.replaceState(null, "", url);
      document.title = (query ? "“" + query + "”" : "Search") + " · termbase";
    }

    async function search() {
      const query = input.value.trim();
      const lang = langEl ? langEl.value : "";
      const key = query + "\u0000" + lang + "\u0000" + source();
      if (key === shown) return;
      shown = key;
      if (controller) controller.abort();
      if (!query) { show("", lang, [], null); return; }
      controller = new AbortController();
      const params = new URLSearchParams({ q: query, limit: "20" });
      if (lang) params.set("lang", lang);
      if (source()) params.set("from", source());
      formEl.setAttribute("aria-busy", "true");
      try {
        const body = await fetchJSON("/v1/lookup?" + params, { signal: controller.signal });
        show(query, lang, body.results, null);
      } catch (error) {
        if (error.name === "AbortError") return;
        shown = "";  // let the same query be tried again
        show(query, lang, [], error.message);
      } finally {
        if (shown === key || shown === "") formEl.removeAttribute("aria-busy");
      }
    }

    const later = debounce(search, DEBOUNCE_MS);
    input.addEventListener("input", later);
    if (langEl) langEl.addEventListener("change", () => { later.cancel(); search(); });
    if (fromEl) fromEl.addEventListener("change", () => { later.cancel(); search(); });
    formEl.addEventListener("submit", (event) => {
      event.preventDefault();
      later.cancel();
      shown = "";
      search();
    });

    function links() { return Array.from(list.querySelectorAll(".result-link")); }

    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" && links().length) {
        event.preventDefault();
        links()[0].focus();
      }
    });
    list.addEventListener("keydown", (event) => {
      const all = links();
      const at = all.indexOf(document.activeElement);
      if (at < 0) return;
      const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
      if (event.key === "Escape" || (event.key === "ArrowUp" && at === 0)) {
        event.preventDefault();
        input.focus();
      } else if (event.key in moves) {
        event.preventDefault();
        all[Math.max(0, Math.min(all.length - 1, moves[event.key]))].focus();
      }
    });
    document.addEventListener("keydown", (event) => {
      const target = event.target instanceof Element ? event.target : document.body;
      const typing = target.closest("input, textarea, select, button, [contenteditable]");
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  // ---- copy buttons (parts.copy_button) ----
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(text); return true; } catch (_) { /* fall back */ }
    }
    const area = h("textarea", { class: "copy-buffer", readonly: true, "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    let done = false;
    try { done = document.execCommand("copy"); } catch (_) { done = false; }
    area.remove();
    return done;
  }

  function setupCopy() {
    for (const button of document.querySelectorAll("button.copy")) button.hidden = false;
    document.addEventListener("click", async (event) => {
      const button = event.target.closest("button.copy");
      if (!button) return;
      const text = button.getAttribute("data-copy");
      const done = await copyText(text);
      announce(done ? "Copied " + text : "Could not copy; select the text and copy it by hand.");
      button.textContent = done ? "Copied" : "Not copied";
      button.classList.toggle("copied", done);
      window.setTimeout(() => { button.textContent = "Copy"; button.classList.remove("copied"); }, 1500);
    });
  }

  // ---- romanize box (romanize.py) ----
  function provenance(result) {
    const reading = form(result.reading, readingLang(result.lang), "form reading");
    if (result.reading_source === "glossary") {
      return h("p", { class: "provenance provenance-glossary" }, h("strong", {}, "Glossary reading "), reading,
        ", checked by a person, from the entry ",
        h("a", { href: "/entries/" + encodeURIComponent(result.entry) }, result.entry), ".");
    }
    if (result.reading_source === "machine") {
      return h("p", { class: "provenance provenance-machine notice", role: "note" },
        h("strong", {}, "⚠ Machine reading "), reading,
        ": guessed by a program, not checked by a person; names are often misread.");
    }
    return h("p", { class: "provenance" }, h("strong", {}, "Reading "), reading, " (the text as typed).");
  }

  function romanizeResult(result) {
    const rows = result.spellings.map((s) => h("tr", {}, h("th", { scope: "row" }, s.name),
      h("td", {}, form(s.text, s.target), " ", copyButton(s.text))));
    const table = h("table", { class: "spellings" },
      h("caption", { id: "romanize-caption" }, (labels.languages[result.lang] || result.lang) + " ",
        form(result.text, result.lang), " in each system"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "System"), h("th", { scope: "col" }, "Rendering"))),
      h("tbody", {}, rows));
    return h("div", {}, provenance(result), h("div", {
      class: "table-scroll", role: "region", "aria-labelledby": "romanize-caption", tabindex: "0",
    }, table));
  }

  function setupRomanize() {
    const formEl = document.getElementById("romanize-form");
    const output = document.getElementById("romanize-output");
    if (!formEl || !output) return;
    const text = formEl.elements.namedItem("text");
    const langEl = formEl.elements.namedItem("lang");
    const system = formEl.elements.namedItem("system");
    const order = formEl.elements.namedItem("order");
    let controller = null;

    function filterSystems() {
      const lang = langEl.value;
      for (const group of system.querySelectorAll("optgroup")) {
        const off = Boolean(lang) && group.getAttribute("data-lang") !== lang;
        group.hidden = off;
        group.disabled = off;
      }
      const chosen = system.selectedOptions[0];
      if (chosen && chosen.parentElement.disabled) system.value = "all";
    }

    async function run() {
      const value = text.value.trim();
      if (controller) controller.abort();
      const params = new URLSearchParams({ text: value, lang: langEl.value, system: system.value });
      if (order.checked) params.set("order", "given-first");
      history.replaceState(null, "", value ? "/romanize?" + params : "/romanize");
      if (!value) { output.replaceChildren(); return; }
      controller = new AbortController();
      const chosen = system.selectedOptions[0];
      const lang = langEl.value || (system.value !== "all" && chosen ? chosen.getAttribute("data-lang") : null);
      const body = { text: value, system: system.value, order: order.checked ? "given-first" : "native" };
      if (lang) body.lang = lang;
      try {
        const result = await fetchJSON("/v1/romanize", {
          method: "POST", signal: controller.signal,
          headers: { Accept: "application/json", "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
        output.replaceChildren(romanizeResult(result));
      } catch (error) {
        if (error.name === "AbortError") return;
        output.replaceChildren(errorBlock("Cannot romanize this", error.message));
      }
    }

    const later = debounce(run, 300);
    text.addEventListener("input", later);
    langEl.addEventListener("change", () => { filterSystems(); later.cancel(); run(); });
    system.addEventListener("change", () => {
      const chosen = system.selectedOptions[0];
      if (system.value !== "all" && chosen) langEl.value = chosen.getAttribute("data-lang");
      later.cancel();
      run();
    });
    order.addEventListener("change", () => { later.cancel(); run(); });
    formEl.addEventListener("submit", (event) => { event.preventDefault(); later.cancel(); run(); });
    filterSystems();
  }

  function start() {
    setupCopy();
    setupSearch();
    setupRomanize();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
