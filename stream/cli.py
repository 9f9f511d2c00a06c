"""The `rasd` command: worker, enrich, produce, tail, kafka, eval, bench, demo, config, schemas."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from stream.settings import Settings, settings_table

if TYPE_CHECKING:
    from stream.kafka_local import LocalKafka
    from stream.pipeline import Resources

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"


def _resources(settings: Settings) -> Resources:
    """The pipeline's resources with the paths and switches of `settings`."""
    from stream.pipeline import load_resources

    return load_resources(
        settings.kb_path,
        settings.taxonomy_path,
        tagger=settings.entity_tagger,
        tagger_model=settings.entity_tagger_model,
    )


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"rasd: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Rasd (رصد): streaming enrichment of Arabic news on Kafka."""


# --------------------------------------------------------------------------- worker


@main.command(context_settings={"ignore_unknown_options": True})
@click.option("--loglevel", "-l", default=None, help="Log level (default: RASD_LOG_LEVEL).")
@click.argument("faust_args", nargs=-1, type=click.UNPROCESSED)
def worker(loglevel: str | None, faust_args: tuple[str, ...]) -> None:
    """Run the Faust worker (same as `faust -A stream.app worker`)."""
    settings = Settings()
    try:
        _resources(settings)
    except (ValueError, OSError) as exc:
        _fail(f"cannot start the worker: {exc}")
    from stream.app import app

    level = loglevel or settings.log_level
    level = {"warning": "warn", "critical": "crit"}.get(level, level)  # Faust's spelling
    sys.argv = ["rasd", "worker", "-l", level, *faust_args]
    app.main()


# --------------------------------------------------------------------------- enrich (offline)


def _read_inputs(paths: tuple[str, ...], as_text: bool) -> Iterator[tuple[str, bytes]]:
    """(label, raw article JSON bytes) for each input record, in order."""
    for path in paths or ("-",):
        stream: IO[bytes]
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
        try:
            if as_text:
                text = stream.read().decode("utf-8", errors="replace")
                name = "stdin" if path == "-" else Path(path).name
                yield path, json.dumps({"id": name, "text": text}, ensure_ascii=False).encode()
                continue
            for lineno, line in enumerate(stream, 1):
                if line.strip():
                    yield f"{path}:{lineno}", line.rstrip(b"\r\n")
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


@main.command("enrich")
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--text", "as_text", is_flag=True, help="Inputs are plain-text articles, one per file."
)
@click.option("--pretty", is_flag=True, help="Indent the JSON output (one record per block).")
@click.option("--no-dedup", is_flag=True, help="Do not mark near-duplicates within the input.")
def enrich_cmd(files: tuple[str, ...], as_text: bool, pretty: bool, no_dedup: bool) -> None:
    """Enrich JSON Lines of Article (or text files) offline: one output line per input.

    Each output line is an EnrichedArticle, or a DeadLetter for an unusable input.
    No broker needed. Exit status 0 even when some inputs were rejected.
    """
    from stream.messages import RejectedMessage, dead_letter, parse_article
    from stream.pipeline import enrich
    from stream.pipeline.dedup import DuplicateIndex, story_fingerprint

    settings = Settings()
    for f in files:
        if f != "-" and not Path(f).is_file():
            _fail(f"no such file: {f}")
    try:
        resources = _resources(settings)
    except (ValueError, OSError) as exc:
        _fail(str(exc))
    index = DuplicateIndex({}, window_seconds=settings.dedup_window_hours * 3600)
    out = sys.stdout
    for n, (label, raw) in enumerate(_read_inputs(files, as_text)):
        record: Any
        try:
            article = parse_article(raw)
            record = enrich(article, resources)
            fp = None if no_dedup else story_fingerprint(record.text)
            if fp is not None:
                record.duplicate_of = index.check_and_add(record.event_id, fp, float(n))
        except RejectedMessage as exc:
            record = dead_letter(exc.error_type, f"{label}: {exc.reason}", raw)
        except Exception as exc:  # one bad record must not lose the rest of the file
            record = dead_letter("internal", f"{label}: {type(exc).__name__}: {exc}", raw)
        out.write(record.model_dump_json(indent=2 if pretty else None) + "\n")
    out.flush()


# --------------------------------------------------------------------------- produce / tail


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--topic", default=None, help="Target topic (default: RASD_TOPIC_ARTICLES).")
@click.option("--text", "as_text", is_flag=True, help="Files are plain-text articles.")
def produce(files: tuple[str, ...], topic: str | None, as_text: bool) -> None:
    """Publish JSON Lines (or text files) to articles.raw, with a progress bar.

    Lines are sent as they are (even invalid ones: the worker dead-letters them). Files named
    *.txt are sent as plain-text articles.
    """
    from kafka import KafkaProducer
    from tqdm import tqdm

    from stream.topics import admin_kwargs

    settings = Settings()
    topic = topic or settings.topic_articles
    records: list[tuple[str, bytes]] = []
    for f in files:
        records.extend(_read_inputs((f,), as_text or f.endswith(".txt")))
    producer = KafkaProducer(
        acks="all",
        max_request_size=settings.max_message_bytes,
        linger_ms=5,
        **admin_kwargs(settings),
    )
    futures = []
    try:
        for label, raw in tqdm(records, desc=f"→ {topic}", unit="msg", file=sys.stderr):
            key = label.encode()
            futures.append((label, producer.send(topic, key=key, value=raw)))
        producer.flush()
        failed = 0
        for label, fut in futures:
            try:
                fut.get(timeout=30)
            except Exception as exc:
                failed += 1
                click.echo(f"rasd: {label} not delivered: {exc}", err=True)
    finally:
        producer.close()
    click.echo(f"sent {len(futures) - failed} of {len(futures)} message(s) to {topic}", err=True)
    if failed:
        sys.exit(1)


def _summary(topic: str, value: bytes) -> str:
    try:
        data = json.loads(value)
    except ValueError:
        return value[:200].decode("utf-8", errors="replace")
    if "error_type" in data:
        return (
            f"DEAD LETTER {data['error_type']}: {data['error']} ({data.get('source_topic')}"
            f"[{data.get('partition')}]@{data.get('offset')})"
        )
    if "event_id" in data:
        cats = ", ".join(f"{c['id']} {c['score']:.2f}" for c in data.get("categories", []))
        ents = ", ".join(
            f"{e['name_en'] or e['name']}×{e['count']}" for e in data.get("entities", [])[:8]
        )
        dup = f"  duplicate_of={data['duplicate_of']}" if data.get("duplicate_of") else ""
        return (
            f"{data['event_id'][:12]} [{data['language']}] {data.get('title') or data['lead'][:80]}"
            f"\n    categories: {cats or '-'}\n    entities: {ents or '-'}{dup}"
        )
    return json.dumps(data, ensure_ascii=False)[:300]


@main.command()
@click.argument("topics", nargs=-1)
@click.option("--from-beginning", is_flag=True, help="Read the topic from its first offset.")
@click.option("--json", "raw_json", is_flag=True, help="Print full JSON values, one per line.")
@click.option("--max", "max_messages", type=int, default=None, help="Stop after N messages.")
@click.option("--timeout", type=float, default=None, help="Stop after S seconds without data.")
def tail(
    topics: tuple[str, ...],
    from_beginning: bool,
    raw_json: bool,
    max_messages: int | None,
    timeout: float | None,
) -> None:
    """Print events as they arrive on TOPICS (default: events.enriched)."""
    from kafka import KafkaConsumer

    from stream.topics import admin_kwargs

    settings = Settings()
    consumer = KafkaConsumer(
        *(topics or (settings.topic_enriched,)),
        group_id=None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        consumer_timeout_ms=int(timeout * 1000) if timeout else float("inf"),
        fetch_max_bytes=settings.max_message_bytes * 2,
        max_partition_fetch_bytes=settings.max_message_bytes,
        **admin_kwargs(settings),
    )
    seen = 0
    try:
        for msg in consumer:
            if raw_json:
                click.echo(msg.value.decode("utf-8", errors="replace"))
            else:
                click.echo(
                    f"{msg.topic}[{msg.partition}]@{msg.offset}  {_summary(msg.topic, msg.value)}"
                )
            seen += 1
            if max_messages is not None and seen >= max_messages:
                break
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()


# --------------------------------------------------------------------------- kafka


def _local_kafka(port: int, controller_port: int, state_dir: str | None) -> LocalKafka:
    from stream.kafka_local import LocalKafka

    return LocalKafka(
        Path(state_dir or f".rasd/kafka-{port}"), port=port, controller_port=controller_port
    )


_port_opt = click.option(
    "--port", type=int, default=9092, show_default=True, help="Broker port on 127.0.0.1."
)
_cport_opt = click.option(
    "--controller-port", type=int, default=None, help="KRaft controller port (default: port + 1)."
)
_state_opt = click.option(
    "--state-dir",
    default=None,
    help="Config, data, log and pid directory (default: .rasd/kafka-PORT).",
)


@main.group()
def kafka() -> None:
    """A local single-node Apache Kafka (KRaft) from Maven Central jars."""


@kafka.command("start")
@_port_opt
@_cport_opt
@_state_opt
@click.option("--fresh", is_flag=True, help="Delete previous data before starting.")
def kafka_start(port: int, controller_port: int | None, state_dir: str | None, fresh: bool) -> None:
    """Start the broker (downloads the jars with Maven on first use) and wait until it answers."""
    from stream.kafka_local import LocalKafkaError

    broker = _local_kafka(port, controller_port or port + 1, state_dir)
    try:
        broker.start(fresh=fresh)
    except LocalKafkaError as exc:
        _fail(str(exc), 1)


@kafka.command("stop")
@_port_opt
@_cport_opt
@_state_opt
def kafka_stop(port: int, controller_port: int | None, state_dir: str | None) -> None:
    """Stop the broker started from the same state directory."""
    broker = _local_kafka(port, controller_port or port + 1, state_dir)
    if not broker.stop():
        click.echo("rasd kafka: not running", err=True)


@kafka.command("status")
@_port_opt
@_cport_opt
@_state_opt
def kafka_status(port: int, controller_port: int | None, state_dir: str | None) -> None:
    """Say whether the broker is running."""
    broker = _local_kafka(port, controller_port or port + 1, state_dir)
    status = broker.status()
    click.echo(status)
    sys.exit(0 if status.startswith("running") else 3)


@kafka.command("topics")
def kafka_topics() -> None:
    """Create Rasd's topics if missing (as the worker does at start-up) and list them."""
    from stream.pipeline.categories import Taxonomy
    from stream.topics import ensure_topics, required_topics

    settings = Settings()
    ids = Taxonomy.load(settings.taxonomy_path).ids
    created = set(ensure_topics(settings, ids))
    for spec in required_topics(settings, ids):
        click.echo(
            f"{spec.name:40} partitions={spec.partitions}"
            + ("  (created)" if spec.name in created else "")
        )


# --------------------------------------------------------------------------- eval / bench


@main.group("eval")
def eval_group() -> None:
    """Evaluate pipeline stages on labelled JSON Lines."""


@eval_group.command("entities")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def eval_entities(file: Path) -> None:
    """Precision, recall and F1 of entities, overall and per type.

    Scores what `enrich` reports: the names on the whole page, line by line.
    """
    from stream.evaluation.entities import evaluate
    from stream.pipeline import entity_spans

    settings = Settings()
    resources = _resources(settings)
    report = evaluate(file, lambda text: resources.extractor.extract(text, entity_spans(text)))
    click.echo(report.format())


@eval_group.command("categories")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def eval_categories(file: Path) -> None:
    """Per-category P/R/F1, micro-F1 and macro-F1 over the focal categories."""
    from schemas import Article
    from stream.evaluation.categories import evaluate
    from stream.pipeline import enrich

    settings = Settings()
    resources = _resources(settings)
    report = evaluate(
        file, lambda text: [c.id for c in enrich(Article(text=text), resources).categories]
    )
    click.echo(report.format())


@main.command()
@click.option(
    "--repeat", type=int, default=20, show_default=True, help="Passes over the sample articles."
)
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def bench(repeat: int, files: tuple[str, ...]) -> None:
    """Measure enrichment throughput (articles/s, MB/s) on sample or given articles."""
    from stream.bench import run_bench

    paths = [Path(f) for f in files] or sorted(SAMPLES_DIR.glob("*.jsonl")) + sorted(
        SAMPLES_DIR.glob("*.txt")
    )
    settings = Settings()
    click.echo(run_bench(paths, repeat, lambda: _resources(settings)))


# --------------------------------------------------------------------------- demo (make run)


@main.command()
@click.option("--port", type=int, default=9092, show_default=True, help="Local broker port.")
def demo(port: int) -> None:
    """Start a local broker and the worker, feed the sample articles, show the results.

    Ctrl-C stops the worker and the broker this command started.
    """
    from stream.kafka_local import LocalKafkaError

    broker = _local_kafka(port, port + 1, None)  # the same broker `rasd kafka start` manages
    started_broker = broker.pid() is None
    try:
        broker.start()
    except LocalKafkaError as exc:
        _fail(str(exc), 1)
    env = {**os.environ, "RASD_BOOTSTRAP_SERVERS": broker.bootstrap}
    log_path = Path(".rasd/worker.log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    click.echo(f"starting the worker (log: {log_path}) ...", err=True)
    with log_path.open("ab") as log:
        # Its own session: Ctrl-C reaches only this command, which then stops the worker cleanly.
        worker_proc = subprocess.Popen(
            [sys.executable, "-m", "stream.cli", "worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        samples = sorted(SAMPLES_DIR.glob("*.jsonl")) + sorted(SAMPLES_DIR.glob("*.txt"))
        subprocess.run(
            [sys.executable, "-m", "stream.cli", "produce", *map(str, samples)], env=env, check=True
        )
        settings = Settings(bootstrap_servers=broker.bootstrap)
        click.echo(
            "\nResults (Ctrl-C to stop):\n"
            f"  enriched events : {settings.topic_enriched}\n"
            f"  per category    : {settings.topic_category_prefix}<id>\n"
            f"  dead letters    : {settings.topic_dlq}\n"
            f"  worker log      : {log_path}\n"
            f"  full JSON       : RASD_BOOTSTRAP_SERVERS={broker.bootstrap} "
            f"uv run rasd tail {settings.topic_enriched} --from-beginning --json\n",
            err=True,
        )
        subprocess.run(
            [
                sys.executable,
                "-m",
                "stream.cli",
                "tail",
                settings.topic_enriched,
                settings.topic_dlq,
                "--from-beginning",
            ],
            env=env,
            check=False,
        )
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not skip the cleanup
        with contextlib.suppress(OSError):  # the terminal or a pipe may be gone already
            click.echo("\nstopping the worker ...", err=True)
        worker_proc.send_signal(signal.SIGTERM)
        try:
            worker_proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker_proc.kill()
        if started_broker:
            broker.stop()


# --------------------------------------------------------------------------- config / schemas


@main.command()
def config() -> None:
    """Print every RASD_ setting with its default, as a Markdown table."""
    click.echo("| variable | default | meaning |\n|---|---|---|")
    for name, default, description in settings_table():
        click.echo(f"| `{name}` | `{default}` | {description} |")


@main.command("schemas")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory to write (default: schemas/json).",
)
def schemas_cmd(out: Path | None) -> None:
    """Export the JSON Schema files of the wire contracts."""
    from schemas.export import export_all

    for path in export_all(out):
        click.echo(str(path))


if __name__ == "__main__":
    main()
