// A checkbox in a table's head that selects every row's checkbox of the same form (leads, interests).
document.querySelectorAll("input.select-all").forEach(function (all) {
  var boxes = function () {
    return all.closest("table").querySelectorAll("tbody input[type=checkbox][name=ids]");
  };
  all.addEventListener("change", function () {
    boxes().forEach(function (box) { box.checked = all.checked; });
  });
  all.closest("table").addEventListener("change", function (event) {
    if (event.target !== all) {
      var list = Array.prototype.slice.call(boxes());
      all.checked = list.length > 0 && list.every(function (box) { return box.checked; });
    }
  });
});
