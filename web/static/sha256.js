// sha256.js gives the uploader SHA-256 digests. Browsers offer
// crypto.subtle only to pages served over HTTPS (or from localhost); a
// deployment on plain HTTP inside a government network still needs the
// digests the upload API checks, so they are computed here in script then.
// window.XiangcaiSHA256(buffer) returns a Promise of the 32-byte digest of
// an ArrayBuffer, as an ArrayBuffer; XiangcaiSHA256.hex writes one in hex.
(function () {
	"use strict";

	var K = new Uint32Array([
		0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
		0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
		0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
		0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
		0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
		0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
		0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
		0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
	]);

	function rotr(x, n) {
		return (x >>> n) | (x << (32 - n));
	}

	// block folds the 64 bytes of data at offset into the state h.
	function block(h, w, data, offset) {
		var i;
		for (i = 0; i < 16; i++) {
			var j = offset + i * 4;
			w[i] = (data[j] << 24) | (data[j + 1] << 16) | (data[j + 2] << 8) | data[j + 3];
		}
		for (i = 16; i < 64; i++) {
			var a = w[i - 15], b = w[i - 2];
			w[i] = (w[i - 16] + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[i - 7] + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10))) | 0;
		}
		var A = h[0], B = h[1], C = h[2], D = h[3], E = h[4], F = h[5], G = h[6], H = h[7];
		for (i = 0; i < 64; i++) {
			var t1 = (H + (rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25)) + ((E & F) ^ (~E & G)) + K[i] + w[i]) | 0;
			var t2 = ((rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22)) + ((A & B) ^ (A & C) ^ (B & C))) | 0;
			H = G;
			G = F;
			F = E;
			E = (D + t1) | 0;
			D = C;
			C = B;
			B = A;
			A = (t1 + t2) | 0;
		}
		h[0] += A;
		h[1] += B;
		h[2] += C;
		h[3] += D;
		h[4] += E;
		h[5] += F;
		h[6] += G;
		h[7] += H;
	}

	function digest(data) {
		var h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
		var w = new Int32Array(64);
		var whole = data.length - (data.length % 64);
		for (var offset = 0; offset < whole; offset += 64) {
			block(h, w, data, offset);
		}
		// The rest, the 0x80 marker and the length in bits fill one or two
		// final blocks.
		var tail = new Uint8Array(data.length - whole < 56 ? 64 : 128);
		tail.set(data.subarray(whole));
		tail[data.length - whole] = 0x80;
		var view = new DataView(tail.buffer);
		view.setUint32(tail.length - 8, Math.floor(data.length / 0x20000000));
		view.setUint32(tail.length - 4, (data.length * 8) >>> 0);
		for (offset = 0; offset < tail.length; offset += 64) {
			block(h, w, tail, offset);
		}
		var out = new DataView(new ArrayBuffer(32));
		for (var i = 0; i < 8; i++) {
			out.setUint32(i * 4, h[i]);
		}
		return out.buffer;
	}

	window.XiangcaiSHA256 = function (buffer) {
		if (window.crypto && window.crypto.subtle) {
			return window.crypto.subtle.digest("SHA-256", buffer);
		}
		return Promise.resolve(digest(new Uint8Array(buffer)));
	};
	// hex writes a digest in lowercase hex, as the upload API wants it.
	window.XiangcaiSHA256.hex = function (buffer) {
		return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
	};
})();
