"""The graph: its schema and the stores that hold it."""
