// AsianNatoBrief static export: search in the browser, on the export's /search page only. The app searches on
// the server (Lucene); a static host runs no code, so this reads the same items from one JSON file written by
// the export and matches them here: every word must occur (a word also matches longer words it starts, so
// "alliance" finds "alliances"), "phrases in quotes" must occur as written, titles weigh 6, identifying words 2
// and bodies 1; the kind, stance and actor filters of the form apply as in the app (a state takes in its people).
(function () {
    "use strict";
    var region = document.getElementById("static-search");
    var note = document.getElementById("static-search-note");
    if (!region || !window.fetch || !window.URLSearchParams) {
        return;
    }
    var params = new URLSearchParams(window.location.search);
    var input = {
        q: (params.get("q") || "").slice(0, 200),
        kind: params.get("kind") || "",
        stance: params.get("stance") || "",
        actor: params.get("actor") || ""
    };
    var maxResults = 50;

    // The form keeps what was asked, as the app's does.
    ["q", "kind", "stance", "actor"].forEach(function (name) {
        var field = document.getElementById("search-" + name);
        if (field && input[name]) {
            field.value = input[name];
        }
    });
    if (note) {
        note.hidden = true;
    }

    function fold(text) {
        return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }

    function terms(query) {
        var found = [];
        var pattern = /"([^"]+)"|(\S+)/g;
        var match;
        while ((match = pattern.exec(query)) !== null) {
            var phrase = match[1] !== undefined;
            var text = fold(phrase ? match[1] : match[2]).replace(/[^\p{L}\p{N}\s'-]/gu, " ").trim();
            if (text) {
                found.push({ text: text, phrase: phrase });
            }
        }
        return found;
    }

    function occurs(haystack, term) {
        if (term.phrase) {
            return haystack.indexOf(term.text) >= 0;
        }
        // At the start of a word.
        var at = haystack.indexOf(term.text);
        while (at >= 0) {
            if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack.charAt(at - 1))) {
                return true;
            }
            at = haystack.indexOf(term.text, at + 1);
        }
        return false;
    }

    function element(name, className, text) {
        var node = document.createElement(name);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    // A passage of the body around the first matched word, with every match marked.
    function snippet(body, found) {
        var folded = fold(body);
        var first = -1;
        found.forEach(function (term) {
            var at = folded.indexOf(term.text);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        });
        var start = Math.max(0, first - 80);
        var text = (start > 0 ? "…" : "") + body.slice(start, start + 240) + (start + 240 < body.length ? "…" : "");
        var paragraph = element("p", "search-snippet");
        var foldedText = fold(text);
        var position = 0;
        while (position < text.length) {
            var next = -1;
            var length = 0;
            found.forEach(function (term) {
                var at = foldedText.indexOf(term.text, position);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    length = term.text.length;
                }
            });
            if (next < 0) {
                paragraph.appendChild(document.createTextNode(text.slice(position)));
                break;
            }
            paragraph.appendChild(document.createTextNode(text.slice(position, next)));
            paragraph.appendChild(element("mark", "", text.slice(next, next + length)));
            position = next + length;
        }
        return paragraph;
    }

    function show(index) {
        var found = terms(input.q);
        var heading = document.querySelector("main h1");
        if (found.length === 0) {
            return;
        }
        var hits = [];
        index.items.forEach(function (item) {
            if ((input.kind && item.k !== input.kind) || (input.stance && item.s !== input.stance)
                || (input.actor && item.a.indexOf(input.actor) < 0)) {
                return;
            }
            var title = fold(item.t), extra = fold(item.x), body = fold(item.b);
            var score = 0;
            for (var i = 0; i < found.length; i++) {
                var term = found[i];
                var s = (occurs(title, term) ? 6 : 0) + (occurs(extra, term) ? 2 : 0) + (occurs(body, term) ? 1 : 0);
                if (s === 0) {
                    return;
                }
                score += s;
            }
            hits.push({ item: item, score: score });
        });
        hits.sort(function (x, y) { return y.score - x.score; });

        var summary = hits.length === 0 ? "No results" : hits.length === 1 ? "1 result" : hits.length + " results";
        if (heading) {
            heading.textContent = summary + " for “" + input.q + "”";
            document.title = heading.textContent + " — " + document.title.split(" — ").slice(1).join(" — ");
        }
        if (hits.length === 0) {
            region.appendChild(element("p", "", "Nothing matches every word" + (input.kind || input.stance || input.actor ? " with these filters" : "")
                + ". Try fewer or other words."));
            return;
        }
        var list = element("ol", "search-results");
        hits.slice(0, maxResults).forEach(function (hit) {
            var row = element("li", "search-result");
            row.appendChild(element("p", "search-kind", index.kinds[hit.item.k] || hit.item.k));
            var title = element("h2");
            var link = element("a", "", hit.item.t);
            link.href = hit.item.u;
            title.appendChild(link);
            row.appendChild(title);
            if (hit.item.m) {
                row.appendChild(element("p", "search-meta", hit.item.m));
            }
            row.appendChild(snippet(hit.item.b || hit.item.x || "", found));
            list.appendChild(row);
        });
        region.appendChild(list);
        if (hits.length > maxResults) {
            region.appendChild(element("p", "", "The first " + maxResults + " are shown. Add a word or a filter to narrow the search."));
        }
    }

    if (!input.q.trim()) {
        return;
    }
    fetch(region.getAttribute("data-index"))
        .then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.json();
        })
        .then(show)
        .catch(function () {
            if (note) {
                note.hidden = false;
            }
            region.appendChild(element("p", "", "The search index of this copy could not be loaded, so nothing was searched."));
        });
})();
