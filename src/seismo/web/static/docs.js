// Starts the vendored Swagger UI on /docs (kept out of the page: the CSP allows no inline script).
"use strict";
window.addEventListener("load", function () {
  window.ui = window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
