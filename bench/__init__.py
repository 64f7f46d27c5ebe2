"""Benchmarks: `make bench` prints numbers, with the goals beside them."""
