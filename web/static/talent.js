// The talent pool's pages, made handier where scripts run; every page
// works without them.
"use strict";
(function () {
	// Region pickers: when a division is chosen, the select below it lists
	// that division's children (read from the public regions API) and the
	// selects further down are emptied. Without this script, submitting the
	// form lists them instead.
	function clear(select) {
		while (select.options.length > 1) select.remove(1);
		select.value = "";
		select.disabled = true;
	}
	function fill(select, regions) {
		regions.forEach(function (r) { select.add(new Option(r.name, r.code)); });
		select.disabled = regions.length === 0;
	}
	document.querySelectorAll("[data-region-picker]").forEach(function (picker) {
		var selects = Array.prototype.slice.call(picker.querySelectorAll("select[data-region-level]"));
		selects.forEach(function (select, i) {
			select.addEventListener("change", function () {
				selects.slice(i + 1).forEach(clear);
				var below = selects[i + 1];
				if (!below || !select.value) return;
				fetch("/api/v1/regions/" + encodeURIComponent(select.value) + "/children", { headers: { Accept: "application/json" } })
					.then(function (r) { return r.ok ? r.json() : { regions: [] }; })
					.then(function (body) { fill(below, body.regions || []); })
					.catch(function () { below.disabled = false; });
			});
		});
	});

	// A list's filters stay folded on phones unless some are in use, so the
	// list shows first; desktops have room to show them open.
	if (window.matchMedia("(min-width: 60rem)").matches) {
		document.querySelectorAll("details.filter-box").forEach(function (d) { d.open = true; });
	}
})();
