// Draws the talent pool's dashboard charts with ECharts from the JSON each
// chart's element carries in data-chart (built by dashboard_charts.go);
// the table inside the element stays where ECharts is not loaded.
"use strict";
(function () {
	if (!window.echarts) return;
	var palette = ["#a61b29", "#d9822b", "#2f7d6d", "#3d6cb9", "#8a5a9e", "#6b7280", "#c2a03b"];
	var percent = function (v) { return (v * 100).toFixed(1) + "%"; };
	var plain = function (v) { return String(v); };

	function axisFormatter(series) {
		return series.length && series.every(function (s) { return s.percent; }) ? percent : plain;
	}

	function bar(c, horizontal) {
		var categories = { type: "category", data: c.labels, axisLabel: { interval: 0, hideOverlap: true } };
		var values = { type: "value", axisLabel: { formatter: axisFormatter(c.series) }, minInterval: 1 };
		return {
			legend: c.series.length > 1 ? { top: 0, type: "scroll" } : undefined,
			grid: { left: 8, right: 16, top: c.series.length > 1 ? 36 : 24, bottom: 8, containLabel: true },
			xAxis: horizontal ? values : categories,
			yAxis: horizontal ? categories : values,
			series: c.series.map(function (s) {
				return { name: s.name, type: "bar", data: s.values, barMaxWidth: 28,
					label: { show: c.labels.length <= 6, position: horizontal ? "right" : "top", formatter: function (p) { return (s.percent ? percent : plain)(p.value); } } };
			})
		};
	}

	function pie(c) {
		var s = c.series[0];
		return {
			legend: { bottom: 0, type: "scroll" },
			series: [{ name: s.name, type: "pie", radius: ["35%", "62%"], center: ["50%", "44%"],
				label: { formatter: "{c}" },
				data: c.labels.map(function (l, i) { return { name: l, value: s.values[i] }; })
					.filter(function (d) { return d.value > 0; }) }]
		};
	}

	// Townships and those with a hub as bars, the share as a line on its
	// own axis, with the plan's target drawn across.
	function coverage(c) {
		var option = bar({ labels: c.labels, series: c.series.filter(function (s) { return !s.percent; }) }, false);
		var share = c.series.filter(function (s) { return s.percent; })[0];
		option.legend = { top: 0, type: "scroll" };
		option.grid.top = 36;
		option.grid.right = 8;
		option.yAxis = [option.yAxis, { type: "value", max: 1, axisLabel: { formatter: percent }, splitLine: { show: false } }];
		option.series.forEach(function (s) { s.label.show = false; });
		option.series.push({ name: share.name, type: "line", yAxisIndex: 1, data: share.values, symbolSize: 6,
			markLine: { symbol: "none", lineStyle: { type: "dashed" }, label: { formatter: percent(c.target) },
				data: [{ yAxis: c.target }] } });
		return option;
	}

	function compare(c) {
		var option = bar(c, false);
		option.tooltip = { trigger: "axis", valueFormatter: axisFormatter(c.series) };
		option.series.forEach(function (s) { s.label.show = false; });
		option.xAxis.axisLabel = { interval: 0, rotate: 40 };
		if (c.target) {
			option.grid.right = 48;
			option.series[option.series.length - 1].markLine = { symbol: "none", lineStyle: { type: "dashed" },
				label: { formatter: percent(c.target) }, data: [{ yAxis: c.target }] };
		}
		return option;
	}

	var draw = {
		bar: function (c) { return bar(c, c.labels.length > 5); },
		pie: pie, coverage: coverage, compare: compare
	};
	var charts = [];
	document.querySelectorAll(".chart[data-chart]").forEach(function (el) {
		var c = JSON.parse(el.getAttribute("data-chart"));
		if (!draw[c.kind]) return;
		var option = draw[c.kind](c);
		option.color = palette;
		option.tooltip = option.tooltip || { trigger: c.kind === "pie" ? "item" : "axis" };
		option.animation = false;
		el.textContent = "";
		el.classList.add("drawn");
		var chart = window.echarts.init(el, null, { renderer: "canvas" });
		chart.setOption(option);
		charts.push(chart);
	});
	window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
})();
