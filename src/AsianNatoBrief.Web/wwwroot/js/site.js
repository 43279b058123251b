// AsianNatoBrief: optional enhancements. Every page works fully without this file.
(function () {
    "use strict";

    // == Copy link ==
    // A link marked data-copy-link is a real link to an item's canonical address. Where the Clipboard
    // API is available, a click (or Enter) copies that address, absolute, instead of following it, and
    // the result is announced in the layout's live region (#copy-status). Clicks with a modifier key
    // still open the link; if copying fails, the link is followed as it would be without script.
    var status = document.getElementById("copy-status");
    var clearTimer = 0;

    function announce(message) {
        if (!status) {
            return;
        }
        // Emptied first, so that copying twice is announced twice.
        status.textContent = "";
        window.clearTimeout(clearTimer);
        window.setTimeout(function () {
            status.textContent = message;
            clearTimer = window.setTimeout(function () { status.textContent = ""; }, 5000);
        }, 50);
    }

    function enhance(link) {
        // The text to change is the link's own, or that of a part of it marked data-copy-label.
        var holder = link.hasAttribute("data-copy-label") ? link : link.querySelector("[data-copy-label]");
        if (holder) {
            holder.textContent = holder.getAttribute("data-copy-label");
        }
        link.addEventListener("click", function (event) {
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                return;
            }
            event.preventDefault();
            navigator.clipboard.writeText(link.href).then(
                function () { announce("Link copied"); },
                function () { window.location.assign(link.href); });
        });
    }

    if (window.isSecureContext && navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
        var links = document.querySelectorAll("a[data-copy-link]");
        for (var i = 0; i < links.length; i++) {
            enhance(links[i]);
        }
    }
})();
