// The search page's only script: Pagefind's interface over the bundle in
// ../pagefind/ (it finds the bundle from its own address, so the site works from
// any folder). A "?q=" in the address searches at once.
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    autofocus: true,
  });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
