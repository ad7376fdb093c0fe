// print.js shows the certificate's print button, which needs a script, and
// prints the page when it is pressed.
(function () {
	"use strict";
	var button = document.querySelector("[data-print]");
	if (button) {
		button.hidden = false;
		button.addEventListener("click", function () { window.print(); });
	}
})();
