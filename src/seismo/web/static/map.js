// seismo map: draws <div id="map" data-world="URL" data-points='[[lon, lat, quad, event_id, label], ...]'>
// as an SVG: the bundled world outline (Natural Earth 1:110m as TopoJSON, same origin) in an
// equirectangular projection, each event a point coloured by quad class and linked to its page.
// No tiles, no other server: the outline is one static file. Text goes in with textContent only.
"use strict";

(function () {
  var SVG = "http://www.w3.org/2000/svg";
  var TOP = 84, BOTTOM = -60; // latitudes shown (Antarctica left out)
  var WIDTH = 360, HEIGHT = TOP - BOTTOM;
  var RADIUS = 1.4; // point radius at zoom 1, in degrees
  var ANTARCTICA = "010"; // ISO 3166-1 numeric

  function el(name, attrs) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    return node;
  }

  function project(lon, lat) {
    return [lon + 180, TOP - lat];
  }

  // TopoJSON arcs: quantized and delta-encoded when the topology has a transform.
  function decodeArcs(topo) {
    var t = topo.transform;
    return topo.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) {
        if (!t) { return [p[0], p[1]]; }
        x += p[0]; y += p[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      });
    });
  }

  // A ring is a list of arc indexes; ~i is arc i reversed; consecutive arcs share an end point.
  // A ring that crosses the antimeridian (Russia, Fiji) is unwrapped into one continuous ring past
  // +-180 degrees and drawn twice, once shifted by 360, so each side shows its part.
  function ringPath(arcs, indexes) {
    var points = [], prev = null, low = Infinity, high = -Infinity;
    indexes.forEach(function (i) {
      var arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      arc.forEach(function (p, k) {
        if (k > 0 || points.length === 0) {
          var lon = p[0];
          while (prev !== null && lon - prev > 180) { lon -= 360; }
          while (prev !== null && lon - prev < -180) { lon += 360; }
          prev = lon;
          low = Math.min(low, lon);
          high = Math.max(high, lon);
          points.push([lon, p[1]]);
        }
      });
    });
    var shifts = [0];
    if (high > 180) { shifts.push(-360); }
    if (low < -180) { shifts.push(360); }
    return shifts.map(function (shift) {
      return "M" + points.map(function (p) {
        var xy = project(p[0] + shift, p[1]);
        return xy[0].toFixed(2) + "," + xy[1].toFixed(2);
      }).join("L") + "Z";
    }).join("");
  }

  function geometryPath(arcs, geometry) {
    var polygons = geometry.type === "Polygon" ? [geometry.arcs] :
      geometry.type === "MultiPolygon" ? geometry.arcs : [];
    return polygons.map(function (rings) {
      return rings.map(function (ring) { return ringPath(arcs, ring); }).join("");
    }).join("");
  }

  function drawWorld(layer, topo) {
    var arcs = decodeArcs(topo);
    topo.objects.countries.geometries.forEach(function (geometry) {
      if (geometry.id === ANTARCTICA) { return; } // below the map's edge, and it rings the pole
      var d = geometryPath(arcs, geometry);
      if (!d) { return; }
      var path = el("path", { d: d, "class": "country" });
      var title = el("title");
      title.textContent = (geometry.properties && geometry.properties.name) || "";
      path.appendChild(title);
      layer.appendChild(path);
    });
  }

  function drawPoints(layer, points) {
    points.forEach(function (p) {
      var xy = project(p[0], p[1]);
      var link = el("a", { href: "/event/" + encodeURIComponent(String(p[3])), "class": "point" });
      var quad = [1, 2, 3, 4].indexOf(p[2]) >= 0 ? p[2] : 0;
      var dot = el("circle", { cx: xy[0].toFixed(3), cy: xy[1].toFixed(3), r: RADIUS, "class": "q" + quad });
      var title = el("title");
      title.textContent = String(p[4]);
      dot.appendChild(title);
      link.appendChild(dot);
      layer.appendChild(link);
    });
  }

  // Zoom with the wheel around the pointer, pan by dragging; points keep their size on screen.
  function interact(svg, dots) {
    var view = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
    var drag = null;

    function apply() {
      svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(3); }).join(" "));
      var r = (RADIUS * view.w / WIDTH).toFixed(3);
      dots.querySelectorAll("circle").forEach(function (c) { c.setAttribute("r", r); });
      svg.setAttribute("data-zoom", (WIDTH / view.w).toFixed(2));
    }

    function toView(event) {
      var box = svg.getBoundingClientRect();
      return [view.x + (event.clientX - box.left) / box.width * view.w,
              view.y + (event.clientY - box.top) / box.height * view.h];
    }

    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var at = toView(event);
      var factor = event.deltaY < 0 ? 0.8 : 1.25;
      var w = Math.min(WIDTH, Math.max(WIDTH / 40, view.w * factor));
      var k = w / view.w;
      view = { x: at[0] - (at[0] - view.x) * k, y: at[1] - (at[1] - view.y) * k, w: w, h: view.h * k };
      apply();
    }, { passive: false });
    svg.addEventListener("pointerdown", function (event) {
      if (event.target.tagName === "circle") { return; } // a click on a point follows its link
      drag = { start: toView(event), view: view };
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", function (event) {
      if (!drag) { return; }
      var box = svg.getBoundingClientRect();
      var dx = (event.clientX - box.left) / box.width * drag.view.w - (drag.start[0] - drag.view.x);
      var dy = (event.clientY - box.top) / box.height * drag.view.h - (drag.start[1] - drag.view.y);
      view = { x: drag.view.x - dx, y: drag.view.y - dy, w: drag.view.w, h: drag.view.h };
      apply();
    });
    svg.addEventListener("pointerup", function () { drag = null; });
    var reset = document.getElementById("map-reset");
    if (reset) {
      reset.addEventListener("click", function () { view = { x: 0, y: 0, w: WIDTH, h: HEIGHT }; apply(); });
    }
    apply();
  }

  function init() {
    var box = document.getElementById("map");
    if (!box) { return; }
    var points;
    try {
      points = JSON.parse(box.getAttribute("data-points") || "[]");
    } catch (err) {
      points = [];
    }
    var svg = el("svg", { viewBox: "0 0 " + WIDTH + " " + HEIGHT, role: "img", "aria-label": "Map of located events" });
    var land = el("g", { "class": "land" });
    var dots = el("g", { "class": "points" });
    svg.appendChild(el("rect", { x: -WIDTH, y: -HEIGHT, width: 3 * WIDTH, height: 3 * HEIGHT, "class": "sea" }));
    svg.appendChild(land);
    svg.appendChild(dots);
    box.appendChild(svg);
    drawPoints(dots, points);
    interact(svg, dots);
    box.setAttribute("data-points-drawn", String(points.length));
    fetch(box.getAttribute("data-world"))
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (topo) {
        drawWorld(land, topo);
        box.setAttribute("data-rendered", "true");
      })
      .catch(function () {
        box.classList.add("no-outline");
        box.setAttribute("data-rendered", "true");
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
