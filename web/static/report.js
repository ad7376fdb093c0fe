// report.js tells the server what part of a video lesson was played.
// XiangcaiReport(video, data, onAnswer, say) follows the video's
// events: one report with an empty stretch when playback starts, then the
// stretch played since the last report every ten seconds and on pause,
// seek, speed change and end. A seek starts a new stretch, because only
// what was really played may be claimed.
//
// The server credits a stretch only as far as the wall-clock time since the
// previous report it accepted allows at the reported speed. Reports go one
// at a time, and each waits until that much time has passed since the
// previous answer arrived, so a slow answer on a weak network never makes a
// true report look too fast. A refused report is dropped, not retried; one
// that did not arrive is sent again, later and later. It sends through
// api.js; data.lesson names the lesson.
window.XiangcaiReport = function (video, data, onAnswer, say) {
	"use strict";

	var rate = video.playbackRate;
	var stretch = null; // {from, to}: played and not yet reported
	var last = null; // the position last seen while playing
	var queue = []; // reports waiting their turn, oldest first
	var sending = false;
	var timer = 0;
	var answered = 0; // when the previous answer arrived, performance.now()
	var failures = 0;
	var stopped = false;
	var started = false;

	function round(seconds) {
		return Math.round(seconds * 1000) / 1000;
	}

	// cut ends the current stretch and queues it. With empty true and
	// nothing played, it queues an empty report, which records the position.
	function cut(empty) {
		var report = null;
		if (stretch && stretch.to > stretch.from) {
			report = { from: stretch.from, to: stretch.to, rate: rate };
			stretch = { from: stretch.to, to: stretch.to };
		} else if (empty && queue.length === 0) {
			report = { from: video.currentTime, to: video.currentTime, rate: rate };
		}
		if (!report || stopped) {
			return;
		}
		var tail = queue[queue.length - 1];
		if (tail && !(sending && queue.length === 1) && tail.to > tail.from && tail.rate === report.rate &&
			Math.abs(tail.to - report.from) < 0.01) {
			tail.to = report.to; // contiguous with a waiting report: one claim
		} else {
			queue.push(report);
		}
		pump();
	}

	function pump() {
		clearTimeout(timer);
		if (sending || stopped || queue.length === 0) {
			return;
		}
		var report = queue[0];
		var wait = answered + (report.to - report.from) / report.rate * 1000 - performance.now();
		if (failures > 0) {
			wait = Math.max(wait, Math.min(60000, 1000 * Math.pow(2, failures)));
		}
		if (wait > 0) {
			timer = setTimeout(pump, wait);
			return;
		}
		sending = true;
		send(report, false).then(function (outcome) {
			sending = false;
			if (outcome !== "again") {
				queue.shift();
			}
			pump();
		});
	}

	function send(report, keepalive) {
		var body = { from: round(report.from), to: round(report.to), rate: report.rate, position: round(video.currentTime) };
		return window.XiangcaiAPI("POST", "/lessons/" + data.lesson + "/heartbeats", body, { keepalive: keepalive }).then(function (answer) {
			answered = performance.now();
			failures = 0;
			onAnswer(answer);
			return "done";
		}, function (problem) {
			if (problem.status === 0 || problem.status >= 500 || problem.status === 429) {
				failures++;
				say(data.offlineLabel);
				return "again";
			}
			answered = performance.now();
			failures = 0;
			if (problem.status === 401 || problem.status === 403) {
				stopped = true;
				say(data.signedOutLabel);
			} else if (problem.status === 422) {
				say(data.refusedLabel);
			}
			return "dropped";
		});
	}

	video.addEventListener("playing", function () {
		last = video.currentTime;
		stretch = { from: last, to: last };
		if (!started) {
			started = true;
			cut(true);
		}
	});
	video.addEventListener("timeupdate", function () {
		if (video.paused || video.seeking) {
			return;
		}
		var at = video.currentTime;
		if (last === null) {
			stretch = { from: at, to: at };
		} else if (at < last || at - last > 3 * Math.max(rate, 1)) {
			cut(false); // a jump no seeking event announced
			stretch = { from: at, to: at };
		} else if (stretch) {
			stretch.to = at;
		}
		last = at;
	});
	video.addEventListener("seeking", function () {
		cut(false);
		stretch = null;
		last = null;
	});
	video.addEventListener("pause", function () { cut(true); });
	video.addEventListener("ended", function () { cut(true); });
	video.addEventListener("ratechange", function () {
		cut(false);
		rate = video.playbackRate;
	});
	setInterval(function () {
		if (!video.paused) {
			cut(false);
		}
	}, 10000);
	window.addEventListener("pagehide", function () {
		cut(false);
		if (!sending && queue.length > 0) {
			send(queue[0], true);
		}
	});
};
