"""Suite-wide rules: under CI no test may be skipped (integration tests must really run)."""

from __future__ import annotations

import os

import pytest


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if _under_ci() and skipped:
        if reporter:
            reporter.write_line(
                f"CI=true: {skipped} test(s) were skipped; every test must run in CI", red=True
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
