"""A seeded generator of synthetic Vietnamese news about Vietnam–Laos cooperation, for benchmarks.

The texts are ours: sentences written for this generator, filled with real province and body names from
ingest/lexicon and with generated officials. `world` draws who exists and what happens, `articles` writes
the reports of each meeting (several per meeting, in different words), `furniture` wraps some in page
clutter, and bench/make_corpus.py writes a corpus to disk. The same seed gives the same corpus.
"""
