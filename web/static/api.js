// api.js is the pages' client of the JSON API. XiangcaiAPI(method, path,
// body, options) sends a request to /api/v1 + path with the session cookie
// and the page's CSRF token (from <meta name="csrf-token">): body is an
// object, sent as JSON, or an ArrayBuffer, sent as it is; options may give
// more headers and keepalive. It resolves to the decoded answer, or rejects
// with an Error whose message is the server's explanation, in the page's
// language, and whose status is the HTTP status (0 when nothing came back).
window.XiangcaiAPI = (function () {
	"use strict";

	var token = document.querySelector('meta[name="csrf-token"]');
	var english = document.documentElement.lang === "en";

	// explain turns an error body into one sentence: the message and what
	// is wrong with each field.
	function explain(answer) {
		var e = answer && answer.error;
		if (!e) {
			return "";
		}
		var details = Object.keys(e.fields || {}).map(function (k) { return e.fields[k]; });
		return details.length ? e.message + (english ? ": " : "：") + details.join(english ? "; " : "；") : e.message;
	}

	function failure(message, status) {
		var problem = new Error(message);
		problem.status = status;
		return problem;
	}

	return function (method, path, body, options) {
		options = options || {};
		var headers = { Accept: "application/json", "X-CSRF-Token": token ? token.content : "" };
		Object.keys(options.headers || {}).forEach(function (name) { headers[name] = options.headers[name]; });
		if (body && !(body instanceof ArrayBuffer)) {
			headers["Content-Type"] = "application/json";
			body = JSON.stringify(body);
		}
		return fetch("/api/v1" + path, { method: method, credentials: "same-origin", headers: headers, body: body, keepalive: !!options.keepalive })
			.then(function (response) {
				return response.text().then(function (raw) {
					var answer = {};
					try {
						answer = raw ? JSON.parse(raw) : {};
					} catch (e) {
						answer = {};
					}
					if (!response.ok) {
						throw failure(explain(answer) || "HTTP " + response.status, response.status);
					}
					return answer;
				});
			}, function (e) {
				throw failure(e.message, 0);
			});
	};
})();
