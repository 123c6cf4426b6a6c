# The precis module under test comes from the build tree (PYTHONPATH, set by CTest); the CLI
# it must agree with is PRECIS_CLI.
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("PRECIS_CLI")
    if not path:
        pytest.skip("PRECIS_CLI not set (run through ctest)")

    def run(*args, stdin=None):
        return subprocess.run([path, *args], input=stdin, capture_output=True)
    return run


@pytest.fixture(scope="session")
def sample_files():
    files = [ROOT / "examples/data/joint_statement.txt"]
    files += sorted((ROOT / "tests/data/extract").glob("0[0-3]*.txt"))[:12]
    return files
