// seismo dashboard: draws every <canvas data-chart='{"type", "labels", "datasets"}'> with Chart.js.
// Data comes from the page (escaped JSON in an attribute); this file makes no requests.
"use strict";

(function () {
  var PALETTE = ["#2f7ed8", "#4caf50", "#f0a30a", "#d9534f", "#8e6bbf", "#17a2b8", "#795548", "#e83e8c"];
  var QUAD_COLORS = {
    "Verbal cooperation": "#4caf50",
    "Material cooperation": "#2e7d32",
    "Verbal conflict": "#f0a30a",
    "Material conflict": "#d9534f"
  };

  function colorFor(label, index) {
    return QUAD_COLORS[label] || PALETTE[index % PALETTE.length];
  }

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute("data-chart"));
    } catch (err) {
      return;
    }
    if (!spec || !spec.labels || spec.labels.length === 0) {
      canvas.parentNode.classList.add("empty");
      return;
    }
    var stacked = spec.type === "bar";
    var datasets = spec.datasets.map(function (ds, i) {
      var color = colorFor(ds.label, i);
      return { label: ds.label, data: ds.data, backgroundColor: color, borderColor: color, tension: 0.2 };
    });
    new window.Chart(canvas, {
      type: spec.type || "line",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } }
      }
    });
    canvas.setAttribute("data-rendered", "true");
  }

  function init() {
    if (typeof window.Chart === "undefined") {
      return;
    }
    var canvases = document.querySelectorAll("canvas[data-chart]");
    for (var i = 0; i < canvases.length; i++) {
      draw(canvases[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
