"""The one Faust app: `faust -A stream.app worker` or `rasd worker`.

The app loads and validates the knowledge base and taxonomy before any agent consumes, creates
missing topics, and watches the taxonomy file for hot reload.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any

import faust

from stream.pipeline import Resources, load_extractor
from stream.pipeline.categories import TaxonomyReloader
from stream.pipeline.entities import EntityExtractor
from stream.settings import Settings
from stream.topics import ensure_topics

log = logging.getLogger(__name__)


class RasdApp(faust.App):
    """faust.App plus the pipeline's validated resources, loaded before agents start."""

    def __init__(self, settings: Settings, **kwargs: Any) -> None:
        super().__init__(settings.app_id, **kwargs)
        self.rasd = settings
        self._extractor: EntityExtractor | None = None
        self._reloader: TaxonomyReloader | None = None

    def load_resources(self) -> None:
        """Load KB and taxonomy (raises on invalid data: the worker stops before consuming)."""
        if self._extractor is None:
            self._extractor = load_extractor(
                self.rasd.kb_path, self.rasd.entity_tagger, self.rasd.entity_tagger_model
            )
        if self._reloader is None:
            self._reloader = TaxonomyReloader(
                self.rasd.taxonomy_path or Path(str(files("stream.resources") / "taxonomy.yaml")),
                log=log,
            )

    @property
    def resources(self) -> Resources:
        """The resources for the next message (the classifier may have been hot-reloaded)."""
        if self._extractor is None or self._reloader is None:
            self.load_resources()
        assert self._extractor is not None and self._reloader is not None
        return Resources(self._extractor, self._reloader.classifier)

    async def reload_taxonomy(self, force: bool = False) -> bool:
        """Pick up a changed taxonomy file; create topics for categories it adds."""
        if self._reloader is None:
            return False
        changed = await asyncio.to_thread(self._reloader.maybe_reload, force)
        if changed:
            taxonomy = self._reloader.classifier.taxonomy
            log.info(
                "taxonomy reloaded: version %s (%d categories)", taxonomy.version, len(taxonomy.ids)
            )
            await asyncio.to_thread(ensure_topics, self.rasd, taxonomy.ids)
        return changed

    async def on_first_start(self) -> None:
        await asyncio.to_thread(self.load_resources)
        res = self.resources
        log.info(
            "resources loaded: knowledge base %s, taxonomy %s (%d categories)",
            res.kb_version,
            res.taxonomy_version,
            len(res.classifier.taxonomy.ids),
        )
        await asyncio.to_thread(ensure_topics, self.rasd, res.classifier.taxonomy.ids)
        loop = asyncio.get_running_loop()
        try:
            loop.add_signal_handler(
                signal.SIGHUP, lambda: asyncio.ensure_future(self.reload_taxonomy(force=True))
            )
        except (NotImplementedError, RuntimeError):  # not on the main thread / platform
            log.warning("SIGHUP taxonomy reload is unavailable here; the file watcher still runs")
        await super().on_first_start()


def create_app(settings: Settings | None = None) -> RasdApp:
    settings = settings or Settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    kafka_credentials = None
    if settings.security_protocol.startswith("SASL") and settings.sasl_username:
        kafka_credentials = faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value() if settings.sasl_password else "",
            mechanism=settings.sasl_mechanism,
        )
    return RasdApp(
        settings,
        broker=settings.broker_url,
        broker_credentials=kafka_credentials,
        value_serializer="raw",
        key_serializer="raw",
        datadir=str(settings.data_dir),
        store="memory://",  # table state is rebuilt from its changelog topic on restart
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=settings.commit_interval,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=min(3.0, settings.session_timeout / 3),
        producer_max_request_size=settings.max_message_bytes,
        producer_acks=-1,
        web_enabled=settings.web_enabled,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        web_host=settings.web_host,
        table_cleanup_interval=timedelta(minutes=5).total_seconds(),
        loghandlers=[],
    )


app = create_app()

from stream import agents  # noqa: E402,F401  (registers the agents on `app`)
