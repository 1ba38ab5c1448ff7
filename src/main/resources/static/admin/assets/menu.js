// At phone width the navigation folds behind a Menu button (see admin.css); this opens and closes it.
document.documentElement.classList.add("js");
document.querySelectorAll("button.menu-toggle").forEach(function (toggle) {
  toggle.addEventListener("click", function () {
    var open = toggle.closest(".top").classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
});
