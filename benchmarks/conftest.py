"""Benchmark options and the report of each benchmark against its baseline.

`make test` runs the benchmarks as a smoke test (``--benchmark-disable``, small inputs);
`make bench` passes ``--bench-full --benchmark-enable`` to measure at full size.
Each benchmark times its baseline in the same run and records both figures and their
ratio with ``bench_report``; the lines are printed at the end of the session.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

_REPORT: list[str] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--bench-full", action="store_true", default=False,
        help="run benchmarks at their full input size (default: a small smoke size)",
    )


@pytest.fixture(scope="session")
def bench_full(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--bench-full"))


@pytest.fixture
def bench_report(benchmark: object) -> Callable[[str], None]:
    """Record one line of figures (ours, baseline, ratio) for the end-of-run summary."""

    def report(line: str) -> None:
        _REPORT.append(line)
        extra = getattr(benchmark, "extra_info", None)
        if isinstance(extra, dict):
            extra.setdefault("report", []).append(line)

    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _REPORT:
        terminalreporter.section("benchmark figures (ours vs baseline)")
        for line in _REPORT:
            terminalreporter.write_line(line)
