// AsianNatoBrief: optional enhancements. Every page works fully without this file.
(function () {
    "use strict";

    // == Copy link ==
    // A link marked data-copy-link points to an item's canonical address and stays an ordinary link.
    // Where the Clipboard API is available, a "Copy link" button is added after it that copies the
    // link's absolute address and announces the result in the layout's live region (#copy-status).
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
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy-link";
        button.textContent = link.getAttribute("data-copy-label") || "Copy link";
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(link.href).then(
                function () { announce("Link copied"); },
                function () { announce("Could not copy the link; use the link itself instead"); });
        });
        link.insertAdjacentElement("afterend", button);
        link.insertAdjacentText("afterend", " ");
    }

    if (window.isSecureContext && navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
        var links = document.querySelectorAll("a[data-copy-link]");
        for (var i = 0; i < links.length; i++) {
            enhance(links[i]);
        }
    }
})();
