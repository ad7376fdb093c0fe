// upload.js sends a lesson's video or PDF through the chunked upload API:
// POST /media opens the upload, each part goes with PUT and its SHA-256
// (three at a time, a failed part retried with growing pauses), POST
// complete checks the composite checksum, PATCH /lessons attaches the file,
// and GET /media follows processing until the file is ready or failed, with
// the reason. The upload's id and the file's name, size and date are kept
// in localStorage, so after a lost connection or a reload the same file,
// chosen again, resumes: parts the server already holds are not sent again.
// Labels come from data- attributes of #upload-labels; api.js and
// sha256.js come first.
(function () {
	"use strict";

	var labels = document.getElementById("upload-labels");
	if (!labels) {
		return;
	}
	var text = labels.dataset;
	var call = window.XiangcaiAPI;
	var concurrency = 3;
	var attempts = 6;

	var hex = window.XiangcaiSHA256.hex;

	function sleep(ms) {
		return new Promise(function (resolve) { setTimeout(resolve, ms); });
	}

	function remembered(key) {
		try {
			return JSON.parse(localStorage.getItem(key) || "null");
		} catch (e) {
			return null;
		}
	}

	function Upload(box) {
		this.box = box;
		this.input = box.querySelector('input[type="file"]');
		this.button = box.querySelector("[data-start]");
		this.bar = box.querySelector("progress");
		this.line = box.querySelector(".upload-status");
		this.key = "xiangcai.upload." + box.dataset.lesson;
		var saved = remembered(this.key);
		if (saved) {
			this.say(text.resume.replace("%s", saved.name));
		}
		this.button.addEventListener("click", this.start.bind(this));
	}

	Upload.prototype.say = function (message) {
		this.line.textContent = message;
	};

	Upload.prototype.start = function () {
		var file = this.input.files[0];
		var self = this;
		if (!file) {
			this.say(text.choose);
			return;
		}
		this.file = file;
		this.button.disabled = true;
		this.open()
			.then(function (state) { return self.sendParts(state); })
			.then(function (state) { return self.complete(state); })
			.then(function (id) { return self.attach(id); })
			.catch(function (problem) {
				self.say(text.failed + " " + problem.message);
				self.button.disabled = false;
			});
	};

	// open resumes the upload of this same file, if one was left unfinished,
	// or starts a new one.
	Upload.prototype.open = function () {
		var self = this;
		var file = this.file;
		var saved = remembered(this.key);
		var same = saved && saved.name === file.name && saved.size === file.size && saved.modified === file.lastModified;
		if (saved && !same) {
			this.say(text.otherFile);
			call("DELETE", "/media/" + saved.id).catch(function () {});
			localStorage.removeItem(this.key);
		}
		var resumed = same ? call("GET", "/media/" + saved.id + "/parts").then(function (answer) {
			return self.state(saved.id, answer.upload, answer.parts);
		}, function () { return null; }) : Promise.resolve(null);
		return resumed.then(function (state) {
			if (state) {
				return state;
			}
			return call("POST", "/media", { kind: self.box.dataset.kind, file_name: file.name, size: file.size, content_type: file.type })
				.then(function (answer) {
					localStorage.setItem(self.key, JSON.stringify({ id: answer.media.id, name: file.name, size: file.size, modified: file.lastModified }));
					return self.state(answer.media.id, answer.upload, []);
				});
		});
	};

	Upload.prototype.state = function (id, upload, parts) {
		var held = {};
		parts.forEach(function (p) { held[p.number] = p.sha256; });
		return { id: id, size: upload.part_size, count: upload.part_count, held: held, digests: [] };
	};

	// sendParts digests every part, for the checksum, and sends those the
	// server does not already hold.
	Upload.prototype.sendParts = function (state) {
		var self = this;
		var next = 1;
		var done = 0;
		this.bar.hidden = false;
		this.say(text.sending);
		function one(n) {
			var blob = self.file.slice((n - 1) * state.size, Math.min(n * state.size, self.file.size));
			return blob.arrayBuffer().then(function (bytes) {
				return window.XiangcaiSHA256(bytes).then(function (digest) {
					state.digests[n - 1] = new Uint8Array(digest);
					var sum = hex(digest);
					return state.held[n] === sum ? null : self.put(state.id, n, bytes, sum, 1);
				});
			}).then(function () {
				done += blob.size;
				self.bar.value = Math.floor(done * 100 / self.file.size);
			});
		}
		function worker() {
			if (next > state.count) {
				return Promise.resolve();
			}
			return one(next++).then(worker);
		}
		var workers = [];
		for (var i = 0; i < Math.min(concurrency, state.count); i++) {
			workers.push(worker());
		}
		return Promise.all(workers).then(function () { return state; });
	};

	// put sends one part, again after a pause when the network or the
	// server failed; a part the server refuses is not sent again.
	Upload.prototype.put = function (id, n, bytes, sum, attempt) {
		var self = this;
		return call("PUT", "/media/" + id + "/parts/" + n, bytes, { headers: { "Content-Type": "application/octet-stream", "X-Part-SHA256": sum } }).catch(function (problem) {
			var refused = problem.status > 0 && problem.status < 500 && problem.status !== 408 && problem.status !== 429;
			if (refused || attempt >= attempts) {
				if (problem.status === 422 && n === 1) {
					localStorage.removeItem(self.key); // the server ended an upload of the wrong type
				}
				throw problem;
			}
			self.say(text.retrying.replace("%d", n));
			return sleep(1000 * Math.pow(2, attempt)).then(function () { return self.put(id, n, bytes, sum, attempt + 1); });
		});
	};

	// complete sends the composite checksum: the SHA-256 of the parts' raw
	// digests in order, in hex, then "-" and the number of parts.
	Upload.prototype.complete = function (state) {
		var self = this;
		var all = new Uint8Array(32 * state.count);
		state.digests.forEach(function (d, i) { all.set(d, i * 32); });
		return window.XiangcaiSHA256(all.buffer).then(function (digest) {
			return call("POST", "/media/" + state.id + "/complete", { checksum: hex(digest) + "-" + state.count });
		}).then(function () {
			localStorage.removeItem(self.key);
			return state.id;
		});
	};

	// attach gives the lesson its new file and follows the processing. A
	// published video lesson keeps its old file until the new one is ready,
	// as it may not be left without a playable video.
	Upload.prototype.attach = function (id) {
		var self = this;
		var lesson = "/lessons/" + this.box.dataset.lesson;
		return call("PATCH", lesson, { media_id: id }).then(function () { return self.watch(id, null); }, function (problem) {
			if (problem.status !== 409) {
				throw problem;
			}
			return self.watch(id, function () { return call("PATCH", lesson, { media_id: id }); });
		});
	};

	// watch asks for the file's state every three seconds until it is ready,
	// then runs then (if any), or says why it failed. It does not reload
	// the page, which would end other uploads under way.
	Upload.prototype.watch = function (id, then) {
		var self = this;
		this.say(text.processing);
		return call("GET", "/media/" + id).then(function (answer) {
			var media = answer.media;
			if (media.status === "failed") {
				self.say(text.mediaFailed + " " + (document.documentElement.lang === "en" ? media.failure.en : media.failure.zh));
				self.button.disabled = false;
				return null;
			}
			if (media.status !== "ready") {
				return sleep(3000).then(function () { return self.watch(id, then); });
			}
			return (then ? then() : Promise.resolve()).then(function () {
				self.say(text.ready);
				self.button.disabled = false;
			});
		});
	};

	Array.prototype.forEach.call(document.querySelectorAll("[data-upload]"), function (box) { return new Upload(box); });
})();
