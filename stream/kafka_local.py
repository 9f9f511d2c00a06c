"""A local single-node Apache Kafka (KRaft) for development and tests, run from Maven Central jars.

`rasd kafka start|stop|status`: Maven resolves the broker's classpath once (jars cached in
~/.m2), storage is formatted on first start, and the broker binds to 127.0.0.1 only.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

_POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}

_SERVER_PROPERTIES = """\
# Written by `rasd kafka start`; regenerated on every start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{controller_port}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:{port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs={data_dir}
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
message.max.bytes={max_message_bytes}
replica.fetch.max.bytes={max_message_bytes}
log.retention.hours=168
"""

_LOG4J2 = """\
Configuration:
  Appenders:
    Console:
      name: STDOUT
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: INFO
      AppenderRef:
        - ref: STDOUT
    Logger:
      - name: kafka
        level: WARN
      - name: org.apache.kafka
        level: WARN
      - name: state.change.logger
        level: WARN
"""


class LocalKafkaError(RuntimeError):
    """The local broker could not be set up, started or stopped; the message says why."""


def pom_path() -> Path:
    return Path(str(files("stream.resources").joinpath("kafka-pom.xml")))


def kafka_version() -> str:
    """The Apache Kafka version the local broker runs (kafka.version in the packaged pom)."""
    root = ET.parse(pom_path()).getroot()
    node = root.find("m:properties/m:kafka.version", _POM_NS)
    if node is None or not node.text:
        raise LocalKafkaError(f"{pom_path()} has no <kafka.version> property")
    return node.text.strip()


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class LocalKafka:
    """One local broker: its state directory (config, data, log, pid) and ports."""

    state_dir: Path
    port: int = 9092
    controller_port: int = 9093
    max_message_bytes: int = 8 * 1024 * 1024
    heap: str = "1g"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.state_dir / "broker.pid"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "broker.log"

    @property
    def data_dir(self) -> Path:
        return self.state_dir / "data"

    def _say(self, message: str) -> None:
        with contextlib.suppress(OSError):  # progress only: a closed terminal must not stop work
            print(f"[rasd kafka] {message}", file=sys.stderr, flush=True)

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _pid_alive(pid) else None

    def classpath(self) -> str:
        """The broker classpath, resolved with Maven on first use and cached by pom content."""
        pom = pom_path()
        digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:16]
        cache_dir = Path(os.environ.get("RASD_CACHE_DIR", Path.home() / ".cache" / "rasd"))
        cached = cache_dir / f"kafka-classpath-{digest}.txt"
        if cached.exists():
            entries = cached.read_text().strip().split(os.pathsep)
            if entries and all(Path(e).exists() for e in entries):
                return os.pathsep.join(entries)
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LocalKafkaError("Maven (mvn) is not on PATH; it fetches the Kafka broker jars")
        cache_dir.mkdir(parents=True, exist_ok=True)
        self._say(
            f"resolving Apache Kafka {kafka_version()} from Maven Central "
            "(first run downloads about 60 MB into ~/.m2) ..."
        )
        tmp = cached.with_suffix(".tmp")
        cmd = [
            mvn,
            "-B",
            "-ntp",
            "-f",
            str(pom),
            "dependency:build-classpath",
            f"-Dmdep.outputFile={tmp}",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not tmp.exists():
            tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-25:])
            raise LocalKafkaError(f"Maven could not resolve the Kafka jars:\n{tail}")
        tmp.replace(cached)
        return cached.read_text().strip()

    def _java(self) -> str:
        java_home = os.environ.get("JAVA_HOME")
        java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
        if not java or not Path(java).exists():
            raise LocalKafkaError("Java 17+ is needed to run the Kafka broker; `java` not found")
        return java

    def _write_config(self) -> Path:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        props = self.state_dir / "server.properties"
        props.write_text(
            _SERVER_PROPERTIES.format(
                port=self.port,
                controller_port=self.controller_port,
                data_dir=self.data_dir.resolve(),
                max_message_bytes=self.max_message_bytes,
            )
        )
        (self.state_dir / "log4j2.yaml").write_text(_LOG4J2)
        return props

    def _format_storage(self, java: str, classpath: str, props: Path) -> None:
        if (self.data_dir / "meta.properties").exists():
            return
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        proc = subprocess.run(
            [
                java,
                "-cp",
                classpath,
                f"-Dlog4j2.configurationFile={self.state_dir / 'log4j2.yaml'}",
                "kafka.tools.StorageTool",
                "format",
                "-t",
                cluster_id,
                "-c",
                str(props),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise LocalKafkaError(f"formatting KRaft storage failed:\n{proc.stdout}{proc.stderr}")

    def start(self, *, fresh: bool = False, timeout: float = 90.0) -> None:
        """Start the broker in the background and wait until it accepts connections."""
        running = self.pid()
        if running is not None:
            if _port_open(self.port):
                self._say(f"already running (pid {running}) on {self.bootstrap}")
                return
            raise LocalKafkaError(
                f"pid {running} from {self.pid_file} is alive but port {self.port} is closed"
            )
        for port in (self.port, self.controller_port):
            if _port_open(port):
                raise LocalKafkaError(
                    f"port {port} on 127.0.0.1 is already in use by another process; "
                    "choose other ports (--port/--controller-port)"
                )
        if fresh and self.data_dir.exists():
            shutil.rmtree(self.data_dir)
        java = self._java()
        classpath = self.classpath()
        props = self._write_config()
        self._format_storage(java, classpath, props)
        log = self.log_file.open("ab")
        proc = subprocess.Popen(
            [
                java,
                f"-Xmx{self.heap}",
                "-Xms256m",
                "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                f"-Dlog4j2.configurationFile={self.state_dir / 'log4j2.yaml'}",
                "-cp",
                classpath,
                "kafka.Kafka",
                str(props),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        self.pid_file.write_text(str(proc.pid))
        self._say(f"starting Apache Kafka {kafka_version()} (pid {proc.pid}) on {self.bootstrap}")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise LocalKafkaError(
                    f"the broker exited with code {proc.returncode}; last log lines:\n"
                    + self.log_tail()
                )
            if _port_open(self.port) and self._answers():
                self._say(f"ready on {self.bootstrap} (log: {self.log_file})")
                return
            time.sleep(0.5)
        self.stop()
        raise LocalKafkaError(
            f"the broker did not answer within {timeout:.0f}s:\n{self.log_tail()}"
        )

    def _answers(self) -> bool:
        """True when the broker serves metadata (not only accepts TCP connections)."""
        from kafka import KafkaAdminClient
        from kafka.errors import KafkaError

        try:
            admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=3000)
        except (KafkaError, OSError):
            return False
        try:
            admin.list_topics()
            return True
        except (KafkaError, OSError):
            return False
        finally:
            admin.close()

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop the broker this state directory started. Returns False when none was running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _pid_alive(pid):
            with contextlib.suppress(ChildProcessError):  # reap it if we are its parent
                os.waitpid(pid, os.WNOHANG)
            time.sleep(0.2)
        if _pid_alive(pid):
            self._say(f"broker pid {pid} ignored SIGTERM for {timeout:.0f}s; killing it")
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        self._say(f"stopped (pid {pid})")
        return True

    def status(self) -> str:
        pid = self.pid()
        if pid is None:
            return "stopped"
        return f"running (pid {pid}) on {self.bootstrap}" + (
            "" if _port_open(self.port) else " but the port is not open yet"
        )

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"
