// The search page's only script, over Pagefind's search API (../pagefind/pagefind.js,
// which finds its index beside itself, so the site works from any folder). The
// words come from the page (data-* attributes), so this file is the same in both
// languages. Excerpts come back as HTML with <mark> around the hits; only their
// text and the <mark>s are kept, so nothing in an indexed page can become markup here.
import * as pagefind from "../pagefind/pagefind.js";

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const filtersBox = document.getElementById("search-filters");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const words = form.dataset;
const selects = new Map();

function say(text) {
  status.textContent = text;
}

function countWords(n) {
  return (n === 1 ? words.one : words.other).replace("{n}", String(n));
}

/// The excerpt's text with its <mark>s, built as nodes: never innerHTML.
function excerpt(html) {
  const inert = document.implementation.createHTMLDocument("");
  inert.body.innerHTML = html;
  const p = document.createElement("p");
  for (const node of inert.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(document.createTextNode(node.textContent));
    }
  }
  return p;
}

function chosenFilters() {
  const chosen = {};
  for (const [name, select] of selects) {
    if (select.value) chosen[name] = select.value;
  }
  return chosen;
}

async function showFilters() {
  const available = await pagefind.filters();
  for (const name of Object.keys(available).sort()) {
    const label = document.createElement("label");
    label.textContent = name;
    const select = document.createElement("select");
    select.name = name;
    const all = new Option(words.all, "");
    select.append(all);
    for (const [value, count] of Object.entries(available[name]).sort()) {
      select.append(new Option(`${value} (${count})`, value));
    }
    select.addEventListener("change", run);
    label.append(select);
    filtersBox.append(label);
    selects.set(name, select);
  }
  filtersBox.hidden = selects.size === 0;
}

async function run() {
  const term = input.value.trim();
  const filters = chosenFilters();
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    say("");
    return;
  }
  say(words.searching);
  const search = await pagefind.debouncedSearch(term || null, { filters });
  if (search === null) return; // a later keystroke superseded this search
  const results = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
  const items = results.map((data) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = data.url;
    a.textContent = data.meta.title || data.url;
    const h = document.createElement("h2");
    h.append(a);
    li.append(h, excerpt(data.excerpt));
    return li;
  });
  list.replaceChildren(...items);
  say(results.length === 0 ? words.none.replace("{q}", term) : countWords(search.results.length));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
input.addEventListener("input", run);
form.hidden = false;
await pagefind.init();
await showFilters();
const query = new URLSearchParams(window.location.search).get("q");
if (query) {
  input.value = query;
  run();
}
