"""The HTTP API under load: locust, headless, on loopback, against a synthetic graph.

    python bench/bench_load.py                       # 50 clients for 60 s on the 10k-document graph
    python bench/bench_load.py --docs 1000 --users 20 --seconds 30 [--workdir /tmp/vilao-bench]
    python bench/bench_load.py --smoke               # a few seconds on the sample corpus, for CI
    python bench/bench_load.py --workers 2 [--no-cache]   # two server processes; without the answer cache

The corpus and its embedded store are built under --workdir on first use (bench/stores.py) and reused;
the server is `vilao serve` in its own process. Locust's summary is printed; the exit code is 1 when any
request failed. Locust's CSV files go to --workdir/locust-<docs>.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_queries import serving  # noqa: E402
from bench.stores import DEFAULT_WORKDIR, HERE, embedded_store, ingest  # noqa: E402

SAMPLES = HERE / "ingest" / "samples"


def requests_made(csv_prefix: Path) -> int:
    """The request count of locust's aggregated row: a run that asked nothing proves nothing."""
    with open(f"{csv_prefix}_stats.csv", encoding="utf-8") as stats:
        rows = [row for row in csv.DictReader(stats) if row["Name"] == "Aggregated"]
    return int(rows[0]["Request Count"]) if rows else 0


def run_locust(base_url: str, users: int, seconds: int, csv_prefix: Path) -> int:
    command = [
        sys.executable, "-m", "locust", "-f", str(HERE / "bench" / "locustfile.py"), "--headless",
        "-u", str(users), "-r", str(max(users // 5, 1)), "-t", f"{seconds}s", "--host", base_url,
        "--only-summary", "--csv", str(csv_prefix), "--stop-timeout", "10",
    ]  # fmt: skip
    return subprocess.run(command, cwd=HERE, env={**os.environ, "PYTHONPATH": str(HERE)}, check=False).returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--workers", type=int, default=1, help="server processes (vilao serve --workers)")
    parser.add_argument("--no-cache", action="store_true", help="serve without the answer cache")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.smoke:
            store, args.users, args.seconds, out = Path(tmp) / "store", 5, 5, Path(tmp)
            ingest(SAMPLES, str(store), workers=1)
        else:
            store, out = embedded_store(args.docs, args.workdir), args.workdir
        with serving(store.name, str(store), HERE, args.workers, cache=not args.no_cache) as server:
            csv_prefix = out / f"locust-{args.docs}"
            code = run_locust(server.base_url, args.users, args.seconds, csv_prefix)
            print(f"server peak RSS {server.peak_rss_mb():.0f} MB")
            if requests_made(csv_prefix) == 0:
                print("no request was made", file=sys.stderr)
                code = 1
    sys.exit(code)


if __name__ == "__main__":
    main()
