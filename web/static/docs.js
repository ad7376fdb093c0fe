// docs.js draws the API docs page from the OpenAPI document: operations
// grouped by tag, each with its parameters, request body and responses.
// Labels come from data- attributes of #api-docs, which the server writes in
// the page's language. Text from the document only ever goes in as text.
(function () {
	"use strict";

	var root = document.getElementById("api-docs");
	if (!root) {
		return;
	}
	var label = root.dataset;
	var methods = ["get", "post", "put", "patch", "delete"];
	var spec;

	function el(tag, className, text) {
		var node = document.createElement(tag);
		if (className) {
			node.className = className;
		}
		if (text !== undefined && text !== null) {
			node.textContent = String(text);
		}
		return node;
	}

	function append(parent) {
		for (var i = 1; i < arguments.length; i++) {
			if (arguments[i]) {
				parent.appendChild(arguments[i]);
			}
		}
		return parent;
	}

	// refName returns "User" for "#/components/schemas/User".
	function refName(ref) {
		return ref.split("/").pop();
	}

	function resolve(schema) {
		if (schema && schema.$ref) {
			return spec.components.schemas[refName(schema.$ref)] || {};
		}
		return schema || {};
	}

	// typeOf describes a schema in one short phrase, such as "string (date-time)"
	// or "array of RegionBody".
	function typeOf(schema) {
		if (!schema) {
			return "";
		}
		if (schema.$ref) {
			return refName(schema.$ref);
		}
		var type = schema.type;
		if (Array.isArray(type)) {
			type = type.join(" | ");
		}
		if (type === "array" || (Array.isArray(schema.type) && schema.type.indexOf("array") >= 0)) {
			type = type.replace("array", "array of " + typeOf(schema.items));
		}
		if (!type && (schema.oneOf || schema.anyOf)) {
			type = (schema.oneOf || schema.anyOf).map(typeOf).join(" | ");
		}
		if (schema.format) {
			type += " (" + schema.format + ")";
		}
		if (schema["enum"]) {
			type += ": " + schema["enum"].map(JSON.stringify).join(", ");
		}
		return type || "any";
	}

	// schemaTree lists an object's properties, nesting objects it contains;
	// seen stops the walk on schemas that refer to themselves.
	function schemaTree(schema, seen) {
		var name = schema && schema.$ref ? refName(schema.$ref) : "";
		var s = resolve(schema);
		if (s.type === "array" && s.items) {
			return schemaTree(s.items, seen);
		}
		if (!s.properties || (name && seen.indexOf(name) >= 0)) {
			return null;
		}
		seen = name ? seen.concat(name) : seen;
		var list = el("ul", "schema");
		var required = s.required || [];
		Object.keys(s.properties).forEach(function (prop) {
			var p = s.properties[prop];
			var item = append(el("li"), el("code", "", prop), document.createTextNode(" "), el("span", "type", typeOf(p)));
			if (required.indexOf(prop) >= 0) {
				append(item, document.createTextNode(" "), el("span", "req", label.required));
			}
			var doc = p.description || resolve(p).description;
			if (doc) {
				append(item, document.createTextNode(" — " + doc));
			}
			append(item, schemaTree(p, seen));
			list.appendChild(item);
		});
		return list;
	}

	function schemaBlock(content) {
		var types = Object.keys(content || {});
		if (types.length === 0) {
			return null;
		}
		var schema = content[types[0]].schema;
		var block = append(el("div"), append(el("p"), el("code", "", types[0]), document.createTextNode(" "), el("span", "type", typeOf(schema))));
		return append(block, schemaTree(schema, []));
	}

	function parameterTable(params) {
		var table = el("table");
		var head = append(el("tr"), el("th", "", label.name), el("th", "", label["in"]), el("th", "", label.type), el("th", "", label.description));
		append(table, append(el("thead"), head));
		var body = el("tbody");
		params.forEach(function (p) {
			var name = append(el("td"), el("code", "", p.name));
			if (p.required) {
				append(name, document.createTextNode(" "), el("span", "req", label.required));
			}
			append(body, append(el("tr"), name, el("td", "", p["in"]), el("td", "", typeOf(p.schema)), el("td", "", p.description || "")));
		});
		return append(el("div", "scroll"), append(table, body));
	}

	function operation(base, path, method, op) {
		var summary = append(el("summary"), el("span", "method method-" + method, method.toUpperCase()), el("code", "", base + path));
		if ((op.security || spec.security || []).length > 0) {
			append(summary, el("span", "lock", label.signin));
		}
		append(summary, el("span", "op-summary", op.summary || op.operationId || ""));
		var body = el("div", "op-body");
		if (op.description && op.description !== op.summary) {
			append(body, el("p", "", op.description));
		}
		var params = (op.parameters || []).map(resolve);
		if (params.length > 0) {
			append(body, el("h4", "", label.parameters), parameterTable(params));
		}
		if (op.requestBody) {
			append(body, el("h4", "", label.request), schemaBlock(resolve(op.requestBody).content));
		}
		append(body, el("h4", "", label.responses));
		Object.keys(op.responses || {}).forEach(function (status) {
			var r = resolve(op.responses[status]);
			append(body, append(el("p"), el("span", "status", status), document.createTextNode(" " + (r.description || ""))), schemaBlock(r.content));
		});
		var details = append(el("details", "op"), summary, body);
		details.id = op.operationId || "";
		return details;
	}

	// group returns the operations by their first tag, in the order tags are
	// declared and then first met.
	function group() {
		var groups = {};
		var order = (spec.tags || []).map(function (t) { return t.name; });
		Object.keys(spec.paths || {}).forEach(function (path) {
			methods.forEach(function (method) {
				var op = spec.paths[path][method];
				if (!op) {
					return;
				}
				var tag = (op.tags && op.tags[0]) || label.untagged;
				if (!groups[tag]) {
					groups[tag] = [];
					if (order.indexOf(tag) < 0) {
						order.push(tag);
					}
				}
				groups[tag].push({ path: path, method: method, op: op });
			});
		});
		return order.filter(function (tag) { return groups[tag]; }).map(function (tag) {
			return { tag: tag, ops: groups[tag] };
		});
	}

	function render() {
		var base = (spec.servers && spec.servers[0] && spec.servers[0].url) || "";
		base = base.replace(/\/$/, "");
		var groups = group();
		root.textContent = "";
		append(root, el("p", "hint", (spec.info.title || "") + " " + (spec.info.version || "")));
		var tags = el("ul", "tags");
		groups.forEach(function (g) {
			var link = el("a", "", g.tag);
			link.href = "#tag-" + g.tag;
			append(tags, append(el("li"), link));
		});
		append(root, tags);
		groups.forEach(function (g) {
			var section = el("section");
			var heading = el("h2", "", g.tag);
			heading.id = "tag-" + g.tag;
			append(section, heading);
			g.ops.forEach(function (o) {
				append(section, operation(base, o.path, o.method, o.op));
			});
			append(root, section);
		});
	}

	root.textContent = label.loading;
	fetch(label.source, { credentials: "same-origin", headers: { Accept: "application/json" } })
		.then(function (response) {
			if (!response.ok) {
				throw new Error("HTTP " + response.status);
			}
			return response.json();
		})
		.then(function (doc) {
			spec = doc;
			spec.components = spec.components || {};
			spec.components.schemas = spec.components.schemas || {};
			render();
		})
		.catch(function () {
			root.textContent = "";
			append(root, el("p", "alert", label.failed));
		});
})();
