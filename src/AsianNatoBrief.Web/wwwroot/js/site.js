// AsianNatoBrief: optional enhancements. Every page works fully without this file.
(function () {
    "use strict";

    // == Copy link ==
    // Links marked data-copy-link point to an item's canonical address. Where the Clipboard API is
    // available, a click copies that address (absolute) and announces it in the layout's live region
    // (#copy-status); elsewhere, or if copying fails, the link is simply followed.
    var status = document.getElementById("copy-status");
    var clearTimer = 0;

    function announce(message) {
        if (!status) {
            return;
        }
        // Empty first, so that copying twice announces twice.
        status.textContent = "";
        window.clearTimeout(clearTimer);
        window.setTimeout(function () {
            status.textContent = message;
            clearTimer = window.setTimeout(function () { status.textContent = ""; }, 4000);
        }, 50);
    }

    function enhance(link) {
        var label = link.getAttribute("data-copy-label");
        if (label) {
            link.textContent = label;
        }
        link.addEventListener("click", function (event) {
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                return; // opening in a new tab or window keeps working as a link
            }
            event.preventDefault();
            navigator.clipboard.writeText(link.href).then(
                function () { announce("Link copied"); },
                function () { window.location.href = link.href; });
        });
    }

    if (navigator.clipboard && typeof navigator.clipboard.writeText === "function" && window.isSecureContext) {
        var links = document.querySelectorAll("a[data-copy-link]");
        for (var i = 0; i < links.length; i++) {
            enhance(links[i]);
        }
    }
})();
