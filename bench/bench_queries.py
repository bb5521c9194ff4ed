"""Query latency over HTTP under concurrent loopback clients, and the server's peak memory.

    python bench/bench_queries.py --docs 1000,10000 [--neo4j] [--clients 4] [--rounds 5] [--requests 20]
                                  [--code-before DIR] [--json OUT] [--workdir /tmp/vilao-bench]
    python bench/bench_queries.py --store PATH_OR_URI [--store ...]   # stores you have already
    python bench/bench_queries.py --smoke         # seconds, on the sample corpus, for CI
    ... [--workers N] [--no-cache | --cold-too] [--prime]   # N server processes; without (or also without) the
                                                          # answer cache; every question asked once beforehand
    ... --code-before DIR --before-workers N              # the older code in N processes too (if it has --workers)
    ... --questions partners,engagements,search           # only these questions

--docs builds (once, under --workdir, see bench/stores.py) an embedded store of the synthetic corpus of each
size, and with --neo4j a Neo4j 5.26 of each size too (started by the test suite's launcher).

Each --store (a folder or a bolt:// / neo4j:// URI) is served by its own `vilao serve` process on a free
loopback port; with --code-before DIR every store is also served by the code in DIR (a checkout of an
older commit), so before and after are measured side by side. The questions asked are chosen once from
the first store (its busiest provinces by the partnership matrix, the officials around the busiest one,
searches spelled without diacritics or with a typo) and asked of every server. Rounds take the servers in
turn, each round sending --requests per question from --clients threads (all questions mixed, or with
--apart one question at a time); per question the p50, p95 and p99 of each round are reported as their
median over the rounds, with errors, and each server's peak resident memory (VmHWM) at the end.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stores import DEFAULT_WORKDIR, HERE, embedded_store, neo4j_store  # noqa: E402

SAMPLES = HERE / "ingest" / "samples"
QUESTIONS = ("partners", "engagements", "search", "matrix", "path", "graph")


@dataclass
class Server:
    label: str
    store: str
    code: Path
    process: subprocess.Popen[bytes]
    base_url: str
    workers: int = 1
    cached: bool = True
    timings: dict[str, list[list[float]]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def peak_rss_mb(self) -> float:
        """The peak resident memory of the server's processes, summed (with --workers, each worker's)."""
        pids = [self.process.pid, *_children(self.process.pid)]
        return sum(_peak_kb(pid) for pid in pids) / 1024


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        for child in (task / "children").read_text().split():
            found += [int(child), *_children(int(child))]
    return found


def _peak_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(label: str, store: str, code: Path, workers: int = 1, cache: bool = True) -> Iterator[Server]:
    port = _free_port()
    # Without the answer cache every request computes its answer: what a question costs the first time.
    env = {**os.environ, "PYTHONPATH": str(code)}
    if not cache:
        env["VILAO_ANSWER_CACHE_MB"] = "0"
    extra = ["--workers", str(workers)] if workers > 1 else []
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--store", store, "--port", str(port), *extra],
        cwd=code,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Server(label, store, code, process, f"http://127.0.0.1:{port}", workers, cache)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(f"{server.base_url}/healthz", timeout=300).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server for {label} did not start")
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still answering a slow request: no need to wait for it
            process.kill()
            process.wait()


def _plain(text: str) -> str:
    """The name as typed without diacritics: "Quảng Trị" -> "Quang Tri"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def _typo(text: str, rng: random.Random) -> str:
    i = rng.randrange(1, max(len(text) - 1, 2))
    return text[:i] + text[i + 1 :]


def questions(base_url: str, seed: int = 0) -> dict[str, list[str]]:
    """The URLs to ask, per question, about the store's busiest provinces (by the matrix's counts) and the
    officials around the busiest one (by the page's graph): two requests, whatever the store's size."""
    rng = random.Random(seed)
    matrix = httpx.get(f"{base_url}/api/partnerships?a=VN&b=LA", timeout=600).raise_for_status().json()
    weight: dict[str, int] = defaultdict(int)
    for cell in matrix["cells"]:
        weight[cell["row"]] += cell["count"]
        weight[cell["column"]] += cell["count"]
    named = {r["id"]: r for r in (*matrix["rows"], *matrix["columns"])}
    busiest = sorted(named.values(), key=lambda r: (-weight[r["id"]], r["id"]))
    provinces = [r for r in busiest if r.get("country") == "VN"][:8]
    lao = [r for r in busiest if r.get("country") == "LA"][:2]
    if not provinces:
        raise SystemExit("the store has no partnering provinces to ask about")
    around = httpx.get(
        f"{base_url}/api/graph",
        params={"focus": provinces[0]["id"], "depth": 2, "kinds": "Person,Organization,Province,Event"},
        timeout=600,
    ).raise_for_status()
    people = [n for n in around.json()["nodes"] if n["kind"] == "Person"][:8]
    # A large store's graph is cut at its node limit before any official is reached (at 50k documents the
    # busiest province's meetings fill it): then the officials who took part in its newest meetings.
    meetings = [n["id"] for n in around.json()["nodes"] if n["kind"] == "Event"]
    while len(people) < 8 and meetings:
        entity = httpx.get(f"{base_url}/api/entities/{quote(meetings.pop())}", timeout=600).raise_for_status().json()
        found = [e["other"] for e in entity["edges"] if e["other"]["kind"] == "Person"]
        people += [p for p in found if p["id"] not in {q["id"] for q in people}][: 8 - len(people)]
    names = [n["name"] for n in (*provinces, *people)]
    searches = [_plain(n) for n in names] + [_typo(_plain(n), rng) for n in names] + [n.split()[-1] for n in names]
    asked = {
        "partners": [f"/api/provinces/{quote(p['id'])}/partners?country=LA" for p in provinces],
        "engagements": [f"/api/people/{quote(p['id'])}/engagements" for p in people],
        "search": [f"/api/search?q={quote(s)}" for s in searches],
        "matrix": ["/api/partnerships?a=VN&b=LA"],
        "path": [f"/api/path?from={quote(a['id'])}&to={quote(b['id'])}" for a in people for b in lao],
        "graph": [f"/api/graph?focus={quote(p['id'])}&depth=2" for p in provinces],
    }
    return {name: urls for name, urls in asked.items() if urls}


def prime(server: Server, asked: dict[str, list[str]], clients: int) -> None:
    """Every question asked of the server before the rounds, so that the rounds measure answers asked again.
    Each request on a connection of its own, four times per worker: a worker answers the connections it
    accepts, so each worker has then answered each question once, but for a chance of 1 in 2^(4 x workers)."""
    host, port = server.base_url.removeprefix("http://").split(":")
    work = [url for urls in asked.values() for url in urls for _ in range(4 * server.workers)]

    def ask(url: str) -> None:
        connection = http.client.HTTPConnection(host, int(port), timeout=600)
        try:
            connection.request("GET", url)
            connection.getresponse().read()
        finally:
            connection.close()

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(ask, work))


def deal(asked: dict[str, list[str]], requests: int, rng: random.Random) -> list[tuple[str, str]]:
    """One round's requests: `requests` of each question, each about one of its subjects drawn at random, shuffled.
    Dealt once per round and asked of every server: the subjects' costs differ several-fold (a search for a Lao name
    with a typo scores most of the archive's spellings), so servers dealt samples of their own differ by what they
    were asked, not by what they run."""
    work = [(name, rng.choice(urls)) for name, urls in asked.items() for _ in range(requests)]
    rng.shuffle(work)
    return work


def load(server: Server, dealt: list[tuple[str, str]], clients: int) -> None:
    """One round of the dealt requests from `clients` threads; timings kept per question."""
    work = list(reversed(dealt))  # popped from the end: asked in the order dealt
    lock = threading.Lock()
    timings: dict[str, list[float]] = defaultdict(list)

    def client() -> None:
        with httpx.Client(base_url=server.base_url, timeout=600) as http:
            while True:
                with lock:
                    if not work:
                        return
                    name, url = work.pop()
                start = time.perf_counter()
                try:
                    ok = http.get(url).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - start
                with lock:
                    timings[name].append(elapsed)
                    if not ok:
                        server.errors[name] += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, values in timings.items():
        server.timings[name].append(values)


def run_rounds(
    servers: Sequence[Server],
    batches: list[dict[str, list[str]]],
    rounds: int,
    requests: int,
    clients: int,
    rng: random.Random,
    ask: Callable[[Server, list[tuple[str, str]], int], None] = load,
) -> None:
    """Each round deals each batch's requests once and asks them of every server in turn, so that side by side
    the servers answer the same questions about the same subjects; every other round in the reverse order, since
    the same code served twice on one Neo4j measured a higher search p95 where it was asked first (1.3x at the
    median of fifteen runs, up to 2x)."""
    for round_number in range(rounds):
        dealt = [deal(batch, requests, rng) for batch in batches]
        for server in servers if round_number % 2 == 0 else list(reversed(servers)):
            for work in dealt:
                ask(server, work, clients)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def summary(server: Server) -> dict[str, object]:
    per_question = {}
    for name, rounds in server.timings.items():
        per_question[name] = {
            f"p{q}_ms": round(statistics.median(percentile(r, q) for r in rounds) * 1000, 1) for q in (50, 95, 99)
        } | {"requests": sum(len(r) for r in rounds), "errors": server.errors.get(name, 0)}
    return {"label": server.label, "store": server.store, "peak_rss_mb": round(server.peak_rss_mb()), **per_question}


def print_table(results: list[dict[str, object]]) -> None:
    print(f"{'server':28s} {'question':12s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'errors':>7s}")
    for result in results:
        for name in QUESTIONS:
            row = result.get(name)
            if isinstance(row, dict):
                print(
                    f"{result['label']:28s} {name:12s} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f} "
                    f"{row['p99_ms']:8.1f} {row['errors']:7d}"
                )
        print(f"{result['label']:28s} peak RSS {result['peak_rss_mb']} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", action="append", default=[], help="a store to serve (repeatable)")
    parser.add_argument("--docs", help="synthetic corpus sizes to build and serve, e.g. 1000,10000")
    parser.add_argument("--neo4j", action="store_true", help="with --docs: Neo4j stores of those sizes too")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--code-before", type=Path, help="also serve every store with the code in this folder")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=20, help="requests per question per round")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument(
        "--apart", action="store_true", help="each question alone in its turn, not mixed with the slower ones"
    )
    parser.add_argument(
        "--questions", help=f"ask only these, comma-separated (of {','.join(QUESTIONS)}); every one unless given"
    )
    parser.add_argument("--smoke", action="store_true", help="a few requests on the sample corpus")
    parser.add_argument("--workers", type=int, default=1, help="server processes per store (this code only)")
    parser.add_argument(
        "--before-workers", type=int, default=1, help="processes per store for --code-before (if it has --workers)"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="serve without the answer cache: every request computes its answer"
    )
    parser.add_argument(
        "--prime", action="store_true", help="ask every question of every server before the measured rounds"
    )
    parser.add_argument("--cold-too", action="store_true", help="also serve each store without the answer cache")
    args = parser.parse_args()
    with ExitStack() as stack:
        if args.smoke:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            store = str(folder / "store")
            subprocess.run(
                [sys.executable, "-m", "app", "ingest", str(SAMPLES), "--store", store, "--workers", "1"],
                cwd=HERE,
                check=True,
                capture_output=True,
            )
            args.store, args.rounds, args.requests, args.clients = [store], 1, 3, 2
            args.workers, args.prime, args.cold_too = 2, True, True  # every way of serving runs once in CI
        stores = [(Path(s).name or s, s) for s in args.store]
        for docs in [int(d) for d in args.docs.split(",")] if args.docs else []:
            stores.append((f"embedded {docs}", str(embedded_store(docs, args.workdir))))
            if args.neo4j:
                stores.append((f"neo4j {docs}", stack.enter_context(neo4j_store(docs, args.workdir))))
        if not stores:
            parser.error("give --docs, at least one --store, or --smoke")
        # (label suffix, code, workers, answer cache): --workers and the cache are this code's (older code serves
        # in --before-workers processes and keeps no answers); --cold-too serves this code once more without its cache.
        codes = [("", HERE, args.workers, not args.no_cache)]
        if args.cold_too:
            codes.append((" (no cache)", HERE, args.workers, False))
        if args.code_before:
            codes.append((" (before)", args.code_before.resolve(), args.before_workers, False))
        servers = [
            stack.enter_context(serving(f"{label}{suffix}", store, code, workers, cache))
            for label, store in stores
            for suffix, code, workers, cache in codes
        ]
        asked = questions(servers[0].base_url)
        if args.questions:
            asked = {name: urls for name, urls in asked.items() if name in args.questions.split(",")}
        rng = random.Random(1)
        if args.prime:
            for server in servers:
                if server.cached:  # code without an answer cache computes every answer anyway
                    prime(server, asked, args.clients)
        # Mixed, a slow question holds the server's interpreter and every question queued behind it waits;
        # apart, each question's figures are its own.
        batches = [{name: urls} for name, urls in asked.items()] if args.apart else [asked]
        run_rounds(servers, batches, args.rounds, args.requests, args.clients, rng)
        results = [summary(s) for s in servers]
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    if any(sum(s.errors.values()) for s in servers):
        raise SystemExit("some requests failed")


if __name__ == "__main__":
    main()
