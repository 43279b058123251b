// AsianNatoBrief static export: a page left at a former address. The refresh in its head moves the reader to
// the new address but drops the #fragment; this carries it across first, so an old link to a reaction on its
// actor's page still lands on that reaction. Without script, the refresh (and the link in the page) still work.
(function () {
    "use strict";
    var refresh = document.querySelector("meta[http-equiv='refresh']");
    var match = refresh && /url=(.*)$/i.exec(refresh.getAttribute("content") || "");
    if (match && window.location.hash) {
        window.location.replace(match[1] + window.location.hash);
    }
})();
