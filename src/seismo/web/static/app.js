// seismo dashboard: draws every <canvas data-chart='{"type", "labels", "days", "datasets"}'> with Chart.js.
// Data comes from the page (escaped JSON in an attribute); this file makes no requests.
// The x axis is time: a linear axis of days since 1970-01-01 with date ticks, so periods are spaced
// by the time between them (no date adapter needed).
"use strict";

(function () {
  var PALETTE = ["#2f7ed8", "#4caf50", "#f0a30a", "#d9534f", "#8e6bbf", "#17a2b8", "#795548", "#e83e8c"];
  var QUAD_COLORS = {
    "Verbal cooperation": "#4caf50",
    "Material cooperation": "#2e7d32",
    "Verbal conflict": "#f0a30a",
    "Material conflict": "#d9534f"
  };
  var DAY_MS = 86400000;

  function colorFor(label, index) {
    return QUAD_COLORS[label] || PALETTE[index % PALETTE.length];
  }

  function isoDay(day) {
    return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
  }

  function dayOf(year, month) { // first day of a month (0-based) as days since 1970-01-01
    return Math.round(Date.UTC(year, month, 1) / DAY_MS);
  }

  // Ticks on round dates: years (every 1, 2, 5, 10... years), months (1, 3, 6) or days (1, 7, 14).
  function dateTicks(min, max, wanted) {
    var span = Math.max(1, max - min), ticks = [], first = new Date(min * DAY_MS), step, y, m, d;
    if (span > 3 * 365) {
      step = [1, 2, 5, 10, 20, 50, 100].find(function (s) { return span / 365 / s <= wanted; }) || 200;
      for (y = Math.ceil(first.getUTCFullYear() / step) * step; dayOf(y, 0) <= max; y += step) {
        if (dayOf(y, 0) >= min) { ticks.push({ value: dayOf(y, 0) }); }
      }
    } else if (span > 75) {
      step = [1, 3, 6, 12].find(function (s) { return span / 30.4 / s <= wanted; }) || 12;
      for (m = first.getUTCFullYear() * 12; dayOf(Math.floor(m / 12), m % 12) <= max; m += 1) {
        if (m % step === 0 && dayOf(Math.floor(m / 12), m % 12) >= min) { ticks.push({ value: dayOf(Math.floor(m / 12), m % 12) }); }
      }
    } else {
      step = [1, 2, 7, 14].find(function (s) { return span / s <= wanted; }) || 28;
      for (d = Math.ceil(min); d <= max; d += 1) {
        if ((step >= 7 ? d + 3 : d) % step === 0) { ticks.push({ value: d }); } // weeks: on Mondays
      }
    }
    return ticks;
  }

  function tickLabel(day, span) {
    var iso = isoDay(day);
    return span > 3 * 365 ? iso.slice(0, 4) : span > 75 ? iso.slice(0, 7) : iso;
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
    var days = spec.days;
    var width = spec.interval_days || 1;
    var min = days[0] - width, max = days[days.length - 1] + width;
    var span = max - min;
    var stacked = spec.type === "bar";
    var pxPerPeriod = (canvas.parentNode.clientWidth || 800) / span * width;
    var datasets = spec.datasets.map(function (ds, i) {
      var color = colorFor(ds.label, i);
      var points = ds.data.map(function (y, k) { return { x: days[k], y: y }; });
      var set = { label: ds.label, data: points, backgroundColor: color, borderColor: color, tension: 0.2,
                  pointRadius: spec.type === "line" ? 2 : 0 };
      if (stacked && pxPerPeriod < 3) { set.barThickness = 3; } // decades of days: keep each bar visible
      return set;
    });
    new window.Chart(canvas, {
      type: spec.type || "line",
      data: { datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "nearest", axis: "x", intersect: false },
        plugins: { tooltip: { callbacks: { title: function (items) { return items.length ? isoDay(items[0].parsed.x) : ""; } } } },
        scales: {
          x: {
            type: "linear", stacked: stacked, min: min, max: max, offset: false,
            afterBuildTicks: function (axis) { axis.ticks = dateTicks(axis.min, axis.max, 10); },
            ticks: { autoSkip: true, maxRotation: 0, callback: function (value) { return tickLabel(value, span); } }
          },
          y: { stacked: stacked, beginAtZero: true }
        }
      }
    });
    canvas.setAttribute("data-rendered", "true");
    canvas.setAttribute("data-x-axis", "time");
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
