"""Write a synthetic corpus of Vietnamese cooperation news (bench/synth), the same for the same seed.

    python bench/make_corpus.py --docs 10000 --out /tmp/vilao-corpus-10k [--seed 1]

Files are .md (title and date line), .txt (a page copied with its clutter) and .html (a page with navigation
and footer), spread over folders of 1,000. Every text is distinct; several report one meeting.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synth.articles import Article, report  # noqa: E402
from bench.synth.furniture import cluttered_text, html_page, markdown  # noqa: E402
from bench.synth.people import vietnamese_name, vietnamese_surnames  # noqa: E402
from bench.synth.world import WorldBuilder  # noqa: E402

_SHAPES = (("md", 6), ("txt", 3), ("html", 1))  # how often each file shape is written


def articles(docs: int, seed: int) -> Iterator[tuple[str, str]]:
    """(suffix, file text) for `docs` distinct articles."""
    rng = random.Random(seed)
    builder = WorldBuilder(rng)
    reporters = [vietnamese_name(rng, vietnamese_surnames()) for _ in range(60)]
    seen: set[str] = set()
    recent: list[str] = []
    written, number = 0, 0
    while written < docs:
        meeting = builder.meeting(number)
        number += 1
        for _ in range(meeting.reports):
            if written == docs:
                break
            article: Article = report(rng, builder.world, meeting, rng.choice(reporters))
            shape = rng.choices([s for s, _ in _SHAPES], weights=[w for _, w in _SHAPES])[0]
            related = rng.sample(recent, min(3, len(recent)))
            if shape == "md":
                text = markdown(article)
            elif shape == "txt":
                text = cluttered_text(rng, article, related)
            else:
                text = html_page(rng, article, related)
            digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
            if digest in seen:
                continue
            seen.add(digest)
            recent = [*recent[-20:], article.title]
            written += 1
            yield shape, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    total = 0
    for i, (suffix, text) in enumerate(articles(args.docs, args.seed)):
        folder = args.out / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{i:06d}.{suffix}"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    print(f"{args.docs} articles, {total / 1e6:.1f} MB, seed {args.seed}, in {args.out}")


if __name__ == "__main__":
    main()
