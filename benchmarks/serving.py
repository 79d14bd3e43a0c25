"""A real `phakhi serve` process for the benchmarks that measure it over HTTP (endpoint.py, load.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(location: Path, port: int, log: Path, extra: list[str] | tuple[str, ...] = ()) -> subprocess.Popen:
    """`phakhi serve` as a user runs it (plus `extra` options), once it answers `ASK {}`; exits the benchmark
    with the server's log if it dies or does not answer within 60 s."""
    command = [sys.executable, "-m", "phakhi", "serve", "--store", str(location), "--port", str(port), *extra]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"phakhi serve exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"}, timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    sys.exit("phakhi serve did not answer within 60 s")


def stop_server(process: subprocess.Popen) -> float:
    """Stop the server (SIGTERM, then SIGKILL after 15 s); returns the seconds it took to exit."""
    started = time.monotonic()
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return time.monotonic() - started
