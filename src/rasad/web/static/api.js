// A readable page of the API from /openapi.json (FastAPI's own docs page would load its
// scripts from a CDN; rasad works offline).
"use strict";

(async () => {
  const main = document.getElementById("api");
  const el = (tag, attrs = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children.filter((c) => c != null));
    return node;
  };
  const spec = await (await fetch("/openapi.json")).json();
  const schemas = spec.components?.schemas || {};
  const typeOf = (s) => {
    if (!s) return "";
    if (s.$ref) return s.$ref.split("/").pop();
    if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
    if (s.type === "array") return `${typeOf(s.items)}[]`;
    return s.type || "object";
  };
  main.append(el("p", {}, [spec.info.description || ""]));
  let routes = 0;
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      routes += 1;
      const params = (op.parameters || []).map((p) => el("li", {}, [
        el("code", {}, [p.name]), ` (${p.in}, ${typeOf(p.schema)}${p.required ? ", required" : ""}) `,
        p.description || p.schema?.description || "",
      ]));
      const body = op.requestBody?.content?.["application/json"]?.schema;
      const responses = Object.entries(op.responses || {}).map(([code, r]) => {
        const content = Object.entries(r.content || {})[0];
        return el("li", {}, [`${code} ${r.description || ""}`,
          content ? el("code", {}, [` ${content[0]} ${typeOf(content[1].schema)}`]) : null]);
      });
      main.append(el("section", { class: "route" }, [
        el("h2", {}, [el("code", {}, [`${method.toUpperCase()} ${path}`]), ` — ${op.summary || ""}`]),
        el("p", {}, [op.description || ""]),
        params.length ? el("ul", {}, params) : null,
        body ? el("p", {}, ["Body: ", el("code", {}, [typeOf(body)])]) : null,
        el("ul", {}, responses),
      ]));
    }
  }
  main.append(el("h2", {}, ["Schemas"]));
  for (const [name, s] of Object.entries(schemas)) {
    const fields = Object.entries(s.properties || {}).map(([k, p]) => el("li", {}, [
      el("code", {}, [k]), ` ${typeOf(p)}${(s.required || []).includes(k) ? "" : "?"} `, p.description || "",
    ]));
    main.append(el("section", { class: "schema", id: name }, [
      el("h3", {}, [name]), s.description ? el("p", {}, [s.description]) : null, el("ul", {}, fields),
    ]));
  }
  main.dataset.routes = String(routes);
})();
