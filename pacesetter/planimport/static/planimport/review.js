// The review page: a candidate's "#n" link scrolls the document to its sentence (the #q- anchor
// does that without script too) and lights up every part of it; clicking a highlighted sentence
// brings its candidate into view.
(function () {
  "use strict";

  function marksOf(pk) {
    return document.querySelectorAll('#source-text mark[data-c~="' + pk + '"]');
  }

  function light(pk) {
    document.querySelectorAll("#source-text mark.current").forEach(function (m) {
      m.classList.remove("current");
    });
    marksOf(pk).forEach(function (m) { m.classList.add("current"); });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.quote-link");
    if (link) {
      var pk = link.dataset.candidate, first = marksOf(pk)[0];
      if (!first) return;
      event.preventDefault();
      light(pk);
      first.scrollIntoView({ block: "center" });
      history.replaceState(null, "", "#q-" + pk);
      return;
    }
    var mark = event.target.closest("#source-text mark[data-c]");
    if (mark) {
      // Nested quotes: the last listed is the latest-starting, i.e. the innermost one.
      var ids = mark.dataset.c.split(" "), last = ids[ids.length - 1];
      var card = document.getElementById("c-" + last);
      light(last);
      if (card) card.scrollIntoView({ block: "center" });
    }
  });

  var hash = window.location.hash;
  if (hash.indexOf("#q-") === 0) light(hash.slice(3));
  if (hash.indexOf("#c-") === 0) light(hash.slice(3));
})();
