"""Start a real Neo4j 5.26 Community for the test suite (no Docker, no tarball).

The server is an embedded Neo4j DBMS with its Bolt connector, started by the small Java
launcher in ``tests/neo4j_launcher`` from Maven Central artifacts (``org.neo4j:neo4j``
and ``org.neo4j:neo4j-bolt``).  The same jars carry Neo4j's admin tool
(``org.neo4j.cli.AdminTool``), so :func:`classpath` also serves ``neo4j-admin``.

Public API::

    build_launcher(force=False) -> Path         # mvn package + copy-dependencies, if stale
    classpath() -> str                          # "<classes>:<dependency>/*", built if needed
    free_port() -> int                          # a free TCP port on 127.0.0.1
    run_admin_tool(args, neo4j_home, *, timeout=600.0) -> subprocess.CompletedProcess
    Neo4jServer(port=None, data_dir=None, *, startup_timeout=120.0, jvm_args=None)
        .start() -> Neo4jServer   .stop()   .uri   .port   .data_dir   .pid
        (also a context manager)
    Neo4jServerError                            # every failure, with the relevant output tails

Only the standard library is needed at import time; the ``neo4j`` driver is imported when
the server is started (to check that Bolt really answers).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = [
    "LAUNCHER_DIR",
    "Neo4jServer",
    "Neo4jServerError",
    "build_launcher",
    "classpath",
    "free_port",
    "run_admin_tool",
]

LAUNCHER_DIR = Path(__file__).resolve().parent / "neo4j_launcher"
_POM = LAUNCHER_DIR / "pom.xml"
_SRC = LAUNCHER_DIR / "src"
_TARGET = LAUNCHER_DIR / "target"
_CLASSES = _TARGET / "classes"
_DEPENDENCY = _TARGET / "dependency"
_LAUNCHER_CLASS = _CLASSES / "vilao" / "testing" / "Neo4jLauncher.class"
# Written after a successful build; its mtime is compared with the sources.
_STAMP = _TARGET / ".vilao-build-ok"
_LOCK = _TARGET / ".vilao-build.lock"

MAIN_CLASS = "vilao.testing.Neo4jLauncher"
ADMIN_TOOL_CLASS = "org.neo4j.cli.AdminTool"
READY_MARKER = "VILAO-NEO4J-READY"

# Quiet, deterministic Maven output (no ANSI colour codes in error messages).
MVN_ARGS = ["-q", "-B", "-Dstyle.color=never", "-f", str(_POM), "package", "dependency:copy-dependencies"]

# Small heap for a test server; the --add-opens flags silence Neo4j's "reflection access"
# fallback warnings (the same flags Neo4j's own start scripts pass).
DEFAULT_JVM_ARGS: tuple[str, ...] = (
    "-Xms128m",
    "-Xmx1g",
    "-XX:+UseSerialGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
)

_TAIL_LINES = 40
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class Neo4jServerError(RuntimeError):
    """Building, starting, or talking to the test Neo4j failed (message says which/why)."""


# --------------------------------------------------------------------------- helpers


def _tail(text: str, lines: int = _TAIL_LINES) -> str:
    parts = _ANSI.sub("", text).rstrip().splitlines()
    if not parts:
        return "    (empty)"
    shown = parts[-lines:]
    prefix = f"    ... ({len(parts) - lines} earlier lines omitted)\n" if len(parts) > lines else ""
    return prefix + "\n".join("    " + p for p in shown)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _require_executable(name: str, purpose: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        raise Neo4jServerError(f"`{name}` not found on PATH; it is needed to {purpose}.")
    return exe


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """Serialize builds across processes (e.g. pytest-xdist workers)."""
    _TARGET.mkdir(parents=True, exist_ok=True)
    with open(_LOCK, "a+") as fh:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - non-POSIX
            yield
            return
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _newest_source_mtime() -> float:
    newest = _POM.stat().st_mtime
    for p in _SRC.rglob("*"):
        if p.is_file():
            newest = max(newest, p.stat().st_mtime)
    return newest


def _is_built() -> bool:
    if not (_STAMP.is_file() and _LAUNCHER_CLASS.is_file() and _DEPENDENCY.is_dir()):
        return False
    if not any(_DEPENDENCY.glob("neo4j-bolt-*.jar")):
        return False
    return _STAMP.stat().st_mtime >= _newest_source_mtime()


# --------------------------------------------------------------------------- build


def build_launcher(force: bool = False) -> Path:
    """Build the Java launcher (and copy its jars) unless ``target/`` is up to date.

    Runs ``mvn -q -B -f tests/neo4j_launcher/pom.xml package dependency:copy-dependencies``
    when ``target/`` is missing, incomplete, or older than ``pom.xml``/``src/``.  The first
    build downloads ~120 MB from Maven Central.  Returns the launcher directory.
    """
    if not force and _is_built():
        return LAUNCHER_DIR
    with _build_lock():
        if not force and _is_built():  # another process built it while we waited
            return LAUNCHER_DIR
        mvn = _require_executable("mvn", "build the Neo4j test launcher (tests/neo4j_launcher)")
        _require_executable("javac", "compile the Neo4j test launcher (a JDK 17+ is required)")
        cmd = [mvn, *MVN_ARGS]
        _STAMP.unlink(missing_ok=True)
        try:
            proc = subprocess.run(
                cmd,
                cwd=LAUNCHER_DIR,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
                timeout=1800,
            )
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout if isinstance(exc.stdout, str) else (exc.stdout or b"").decode(errors="replace")
            raise Neo4jServerError(
                f"Maven build of the Neo4j test launcher timed out after 1800 s: {' '.join(cmd)}\n"
                f"mvn output (tail):\n{_tail(out)}"
            ) from exc
        if proc.returncode != 0:
            raise Neo4jServerError(
                f"Maven build of the Neo4j test launcher failed (exit {proc.returncode}): "
                f"{' '.join(cmd)}\nmvn output (tail):\n{_tail(proc.stdout)}"
            )
        if not _LAUNCHER_CLASS.is_file() or not any(_DEPENDENCY.glob("neo4j-bolt-*.jar")):
            raise Neo4jServerError(
                "Maven reported success but the launcher class or the Neo4j jars are missing "
                f"under {_TARGET}.\nmvn output (tail):\n{_tail(proc.stdout)}"
            )
        _STAMP.touch()
        os.utime(_STAMP, None)
    return LAUNCHER_DIR


def classpath(build: bool = True) -> str:
    """Java classpath holding the launcher and all Neo4j jars (incl. ``org.neo4j.cli.AdminTool``).

    Absolute paths, ``os.pathsep``-separated, with a ``dependency/*`` wildcard that ``java``
    expands itself (pass it as one argv element, not through a shell glob).
    """
    if build:
        build_launcher()
    return os.pathsep.join([str(_CLASSES), str(_DEPENDENCY / "*")])


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_admin_tool(
    args: Sequence[str],
    neo4j_home: os.PathLike[str] | str,
    *,
    timeout: float = 600.0,
    jvm_args: Sequence[str] = ("-Xmx1g",),
) -> subprocess.CompletedProcess[str]:
    """Run ``neo4j-admin`` (``java -cp <classpath()> org.neo4j.cli.AdminTool *args``).

    ``NEO4J_HOME`` is set to ``neo4j_home``; an empty ``conf/`` is created there if missing
    (the admin tool requires it).  stdout/stderr are captured as text; the return code is
    not checked (callers assert on it, with the output in the message).
    """
    java = _require_executable("java", "run the Neo4j admin tool")
    home = Path(neo4j_home)
    (home / "conf").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["NEO4J_HOME"] = str(home)
    env.pop("NEO4J_CONF", None)
    cmd = [java, *jvm_args, "-cp", classpath(), ADMIN_TOOL_CLASS, *args]
    return subprocess.run(
        cmd,
        env=env,
        cwd=home,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
    )


# --------------------------------------------------------------------------- server


class Neo4jServer:
    """One embedded Neo4j 5 Community with Bolt on ``bolt://127.0.0.1:<port>``, auth disabled.

    ``start()`` builds the launcher if needed, starts ``java`` and returns once the launcher
    printed its READY line *and* the Python driver's ``verify_connectivity()`` succeeded.
    ``stop()`` closes the launcher's stdin / sends SIGTERM (clean shutdown), waits, and
    kills as a last resort; a data directory it created itself is then deleted.
    """

    def __init__(
        self,
        port: int | None = None,
        data_dir: os.PathLike[str] | str | None = None,
        *,
        startup_timeout: float = 120.0,
        jvm_args: Sequence[str] | None = None,
        password: str | None = None,
    ) -> None:
        self.password = password  # authentication on, as user neo4j with this password
        self._requested_port = port
        self.port: int | None = None
        self._given_data_dir = Path(data_dir) if data_dir is not None else None
        self.data_dir: Path | None = None
        self._own_data_dir = False
        self.startup_timeout = startup_timeout
        self.jvm_args = tuple(DEFAULT_JVM_ARGS if jvm_args is None else jvm_args)
        self._proc: subprocess.Popen[bytes] | None = None
        self._stdout_path: Path | None = None
        self._stderr_path: Path | None = None
        self.startup_seconds: float | None = None  # measured by start()

    # -- properties

    @property
    def uri(self) -> str:
        if self.port is None:
            raise Neo4jServerError("Neo4jServer is not started; no Bolt URI yet.")
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- lifecycle

    def __enter__(self) -> Neo4jServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> Neo4jServer:
        if self._proc is not None:
            raise Neo4jServerError("Neo4jServer.start() called twice.")
        build_launcher()
        java = _require_executable("java", "run the embedded Neo4j test server (Java 17+)")
        begin = time.monotonic()
        attempts = 1 if self._requested_port is not None else 3
        last_error: Neo4jServerError | None = None
        for _ in range(attempts):
            try:
                self._start_once(java)
                self.startup_seconds = time.monotonic() - begin
                return self
            except _PortInUse as exc:  # lost the race for the port: try another one
                last_error = exc.error
                self._cleanup(delete=True)
            except BaseException:
                self._cleanup(delete=True)
                raise
        assert last_error is not None
        raise last_error

    def _start_once(self, java: str) -> None:
        if self._given_data_dir is not None:
            self._given_data_dir.mkdir(parents=True, exist_ok=True)
            self.data_dir = self._given_data_dir.resolve()
            self._own_data_dir = False
        else:
            self.data_dir = Path(tempfile.mkdtemp(prefix="vilao-neo4j-"))
            self._own_data_dir = True
        self.port = self._requested_port or free_port()
        self._stdout_path = self.data_dir / "launcher.stdout.log"
        self._stderr_path = self.data_dir / "launcher.stderr.log"
        cmd = [
            java,
            *self.jvm_args,
            "-cp",
            classpath(build=False),
            MAIN_CLASS,
            str(self.data_dir),
            str(self.port),
        ]
        with open(self._stdout_path, "wb") as out, open(self._stderr_path, "wb") as err:
            try:
                # stdin is a pipe we keep open: the launcher exits when it reaches EOF, so a
                # crashed/killed test run never leaves a Neo4j behind.
                env = {**os.environ, "VILAO_NEO4J_PASSWORD": self.password or ""}
                self._proc = subprocess.Popen(
                    cmd, stdin=subprocess.PIPE, stdout=out, stderr=err, cwd=self.data_dir, env=env
                )
            except OSError as exc:
                raise Neo4jServerError(f"Could not start java ({' '.join(cmd)}): {exc}") from exc
        self._wait_ready()

    def _wait_ready(self) -> None:
        assert self._proc is not None and self._stdout_path is not None
        deadline = time.monotonic() + self.startup_timeout
        # 1. the launcher's READY line
        while True:
            if self._proc.poll() is not None:
                err = self._failure(f"exited with code {self._proc.returncode} before it was ready")
                if self._looks_like_port_in_use():
                    raise _PortInUse(err)
                raise err
            if READY_MARKER in _read(self._stdout_path):
                break
            if time.monotonic() > deadline:
                raise self._failure(f"did not print {READY_MARKER} within {self.startup_timeout:.0f} s")
            time.sleep(0.1)
        # 2. the Python driver can really talk Bolt to it
        try:
            from neo4j import GraphDatabase
        except ImportError as exc:
            raise Neo4jServerError(
                "The `neo4j` Python driver is not installed (pip install neo4j neo4j-rust-ext)."
            ) from exc
        last_exc: BaseException | None = None
        while True:
            if self._proc.poll() is not None:
                raise self._failure(f"exited with code {self._proc.returncode} after READY")
            try:
                auth = ("neo4j", self.password) if self.password else None
                with GraphDatabase.driver(self.uri, auth=auth, connection_timeout=5.0) as driver:
                    driver.verify_connectivity()
                return
            except Exception as exc:  # noqa: BLE001 - report the last one
                last_exc = exc
            if time.monotonic() > deadline:
                raise self._failure(
                    f"printed READY but verify_connectivity() on {self.uri} kept failing for "
                    f"{self.startup_timeout:.0f} s; last error: {last_exc!r}"
                )
            time.sleep(0.25)

    def _looks_like_port_in_use(self) -> bool:
        text = self.output()
        return "BindException" in text or "Address already in use" in text or "already in use" in text

    def output(self) -> str:
        """The launcher's stdout + stderr + Neo4j's debug.log so far (for diagnostics)."""
        parts = []
        if self._stdout_path is not None:
            parts.append(_read(self._stdout_path))
        if self._stderr_path is not None:
            parts.append(_read(self._stderr_path))
        if self.data_dir is not None:
            parts.append(_read(self.data_dir / "logs" / "debug.log"))
        return "\n".join(parts)

    def _failure(self, what: str) -> Neo4jServerError:
        stdout = _read(self._stdout_path) if self._stdout_path else ""
        stderr = _read(self._stderr_path) if self._stderr_path else ""
        debug = _read(self.data_dir / "logs" / "debug.log") if self.data_dir else ""
        cmd = " ".join(self._proc.args) if self._proc is not None else "?"  # type: ignore[arg-type]
        return Neo4jServerError(
            f"Neo4j test server (java {MAIN_CLASS}, port {self.port}) {what}.\n"
            f"command: {cmd}\n"
            f"java stderr (tail):\n{_tail(stderr)}\n"
            f"java stdout (tail):\n{_tail(stdout, 10)}\n"
            f"neo4j debug.log (tail):\n{_tail(debug, 20)}"
        )

    def stop(self, timeout: float = 30.0) -> None:
        """Shut the server down cleanly (stdin EOF + SIGTERM), kill it if it hangs."""
        self._cleanup(delete=True, timeout=timeout)

    def _cleanup(self, delete: bool, timeout: float = 30.0) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                with contextlib.suppress(OSError):
                    if proc.stdin is not None:
                        proc.stdin.close()
                with contextlib.suppress(OSError):
                    proc.terminate()
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=30)
            elif proc.stdin is not None:
                with contextlib.suppress(OSError):
                    proc.stdin.close()
        if delete and self._own_data_dir and self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            self.data_dir = None
            self._own_data_dir = False


class _PortInUse(Exception):
    def __init__(self, error: Neo4jServerError) -> None:
        super().__init__(str(error))
        self.error = error
