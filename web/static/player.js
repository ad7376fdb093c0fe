// player.js plays a video lesson and reports what is watched. It plays HLS
// with hls.js where the browser has Media Source Extensions, with the
// browser's own HLS where it has that instead (Safari on iOS), and the
// progressive MP4 otherwise or when both fail. It resumes where the trainee
// stopped. While the video plays it sends, every ten seconds and on pause,
// seek, speed change and end, the stretch played since the last report; the
// server decides what counts. Labels come from data- attributes of #player,
// which the server writes in the page's language.
(function () {
	"use strict";

	var root = document.getElementById("player");
	if (!root) {
		return;
	}
	var video = root.querySelector("video");
	var data = root.dataset;
	var bar = document.getElementById("watched");
	var line = document.getElementById("watch-status");
	var length = parseFloat(data.duration) || 0;
	var resume = parseFloat(data.resume) || 0;
	// A video watched to its end starts again from the beginning.
	var start = resume > 1 && (length === 0 || resume < length - 2) ? resume : 0;
	var mode = "";

	function say(text) {
		if (line) {
			line.textContent = text;
		}
	}

	function playMP4(at) {
		mode = "mp4";
		video.src = data.mp4;
		seekOnLoad(at);
	}

	function seekOnLoad(at) {
		if (at > 0) {
			video.addEventListener("loadedmetadata", function () { video.currentTime = at; }, { once: true });
		}
	}

	function attach() {
		var Hls = window.Hls;
		if (Hls && Hls.isSupported()) {
			mode = "hls.js";
			// No worker: the site's Content-Security-Policy allows scripts
			// from this site only, and small segments transmux quickly.
			var hls = new Hls({ enableWorker: false, capLevelToPlayerSize: true, startPosition: start || -1 });
			var recoveries = 0;
			hls.on(Hls.Events.ERROR, function (event, info) {
				if (!info.fatal) {
					return;
				}
				if (recoveries < 3 && info.type === Hls.ErrorTypes.NETWORK_ERROR) {
					recoveries++;
					hls.startLoad();
				} else if (recoveries < 3 && info.type === Hls.ErrorTypes.MEDIA_ERROR) {
					recoveries++;
					hls.recoverMediaError();
				} else {
					var at = video.currentTime;
					hls.destroy();
					playMP4(at);
				}
			});
			hls.loadSource(data.hls);
			hls.attachMedia(video);
		} else if (video.canPlayType("application/vnd.apple.mpegurl")) {
			mode = "native";
			video.src = data.hls;
			seekOnLoad(start);
		} else {
			playMP4(start);
		}
	}

	video.addEventListener("error", function () {
		if (mode === "native") {
			playMP4(video.currentTime);
		} else if (mode === "mp4") {
			say(data.unplayableLabel);
		}
	});

	// Speed buttons; the server counts up to double speed.
	var buttons = document.querySelectorAll("[data-rate]");
	Array.prototype.forEach.call(buttons, function (b) {
		b.addEventListener("click", function () {
			video.playbackRate = parseFloat(b.dataset.rate);
		});
	});
	video.addEventListener("ratechange", function () {
		Array.prototype.forEach.call(buttons, function (b) {
			b.setAttribute("aria-pressed", String(parseFloat(b.dataset.rate) === video.playbackRate));
		});
	});

	attach();
	if (data.lesson) {
		window.XiangcaiReport(video, data, function (answer) {
			var percent = answer.duration_seconds > 0 ? Math.min(100, Math.floor(answer.watched_seconds * 100 / answer.duration_seconds)) : 0;
			if (bar) {
				bar.value = percent;
			}
			say(answer.completed ? data.doneLabel : data.watchedLabel.replace("%d", percent).replace("%%", "%"));
			if (answer.course_completed) {
				document.getElementById("course-done-live").hidden = false;
			}
		}, say);
	}
})();
