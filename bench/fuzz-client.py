#!/usr/bin/env python3
"""Sends N fuzzed HTTP/1.1 requests (random paths, query strings, encodings, some forged hosts) to one
server on 127.0.0.1 over keep-alive connections, reading every response whole. Prints a status summary.

    fuzz-client.py PORT N [SEED] [CONNECTIONS]
"""
import random
import socket
import sys
import threading
from collections import Counter

port, total = int(sys.argv[1]), int(sys.argv[2])
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20241001
connections = int(sys.argv[4]) if len(sys.argv) > 4 else 8

PREFIXES = ["/", "/actors/", "/reactions/", "/compare/", "/frameworks/", "/positions", "/timeline", "/sources",
            "/about", "/reactions", "/actors", "/css/", "/js/", "/no/such/", "/sitemap.xml", "/feed.atom"]
KNOWN = ["/", "/actors/china", "/reactions/china-opposes", "/compare/nato-vs-quad", "/reactions", "/about"]
KEYS = ["stance", "actor", "differences", "a", "b", "c", "q", "utm_source", "page", "x"]
ENCODINGS = ["", "br, gzip", "gzip", "br", "gzip, deflate, br", "identity", "br;q=0.5, gzip;q=0.9", "*"]
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-_.~%"


def word(rng, longest):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, longest))).replace("%", "%25")


def request(rng):
    if rng.random() < 0.2:
        path = rng.choice(KNOWN)
    else:
        path = rng.choice(PREFIXES) + "/".join(word(rng, 24) for _ in range(rng.randint(0, 3)))
    if rng.random() < 0.8:
        path += "?" + "&".join(f"{rng.choice(KEYS) if rng.random() < 0.7 else word(rng, 12)}={word(rng, 40)}"
                               for _ in range(rng.randint(1, 6)))
    method = "HEAD" if rng.random() < 0.1 else "GET"
    host = "localhost" if rng.random() < 0.9 else word(rng, 20) + ".test"
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}"]
    encoding = rng.choice(ENCODINGS)
    if encoding:
        lines.append(f"Accept-Encoding: {encoding}")
    return method, ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


class Connection:
    def __init__(self):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buffer = b""

    def fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise ConnectionError("closed")
        self.buffer += data

    def until(self, marker):
        while marker not in self.buffer:
            self.fill()
        head, self.buffer = self.buffer.split(marker, 1)
        return head

    def exactly(self, count):
        while len(self.buffer) < count:
            self.fill()
        taken, self.buffer = self.buffer[:count], self.buffer[count:]
        return taken

    def exchange(self, method, raw):
        self.sock.sendall(raw)
        head = self.until(b"\r\n\r\n").decode("latin-1").split("\r\n")
        status = int(head[0][9:12])
        headers = {line.split(":", 1)[0].lower(): line.split(":", 1)[1].strip() for line in head[1:] if ":" in line}
        if method != "HEAD" and status not in (204, 304):
            if "content-length" in headers:
                self.exactly(int(headers["content-length"]))
            elif headers.get("transfer-encoding") == "chunked":
                while True:
                    size = int(self.until(b"\r\n").split(b";")[0], 16)
                    self.exactly(size + 2)
                    if size == 0:
                        break
        return status, headers.get("connection", "").lower() == "close"


statuses = Counter()
lock = threading.Lock()


def worker(index, count):
    rng = random.Random(seed * 1000 + index)
    local = Counter()
    connection = Connection()
    for _ in range(count):
        method, raw = request(rng)
        try:
            status, close = connection.exchange(method, raw)
        except (ConnectionError, OSError):
            local["reset"] += 1
            connection = Connection()
            continue
        local[status] += 1
        if close:
            connection = Connection()
    with lock:
        statuses.update(local)


threads = [threading.Thread(target=worker, args=(i, total // connections + (1 if i < total % connections else 0)))
           for i in range(connections)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(" ".join(f"{key}×{value}" for key, value in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
