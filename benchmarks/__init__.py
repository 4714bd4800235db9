"""Benchmarks that print figures; they never assert. Run with `make bench`."""
