"""Near-duplicate index: finds the earlier event a syndicated copy repeats, over a time window.

The store is any mutable mapping from LSH band key to the events seen under it: a dict offline,
a Faust table (with a changelog, so it survives restarts) in the worker.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass

from stream.pipeline.fingerprint import MAX_DISTANCE, band_keys, hamming, simhash
from stream.pipeline.normalize import normalize_str

# Fewer words than this make a fingerprint too unstable to call two articles the same story.
MIN_WORDS_FOR_FINGERPRINT = 25

# One stored sighting: [event_id, fingerprint as hex, first seen (epoch seconds)].
Sighting = list[str | float]


def story_fingerprint(body_text: str) -> int | None:
    """SimHash of a cleaned body, or None when it is too short to identify a story."""
    if len(normalize_str(body_text).split()) < MIN_WORDS_FOR_FINGERPRINT:
        return None
    return simhash(body_text)


@dataclass
class DuplicateIndex:
    """Remembers story fingerprints for `window_seconds` and reports the earliest near-duplicate.

    Idempotent: looking up an event that is already stored (a Kafka re-delivery) gives the same
    answer as the first time, because it only compares with events first seen before it.
    """

    store: MutableMapping[str, list[Sighting]]
    window_seconds: float
    max_distance: int = MAX_DISTANCE

    def check_and_add(self, event_id: str, fingerprint: int, seen_at: float) -> str | None:
        keys = band_keys(fingerprint)
        candidates: dict[str, tuple[int, float]] = {}
        for key in keys:
            for eid, fp_hex, ts in self.store.get(key) or []:
                candidates[str(eid)] = (int(str(fp_hex), 16), float(ts))
        if event_id in candidates:
            seen_at = candidates.pop(event_id)[1]
        earlier = [
            (ts, eid)
            for eid, (fp, ts) in candidates.items()
            if (ts, eid) < (seen_at, event_id)
            and seen_at - ts <= self.window_seconds
            and hamming(fp, fingerprint) <= self.max_distance
        ]
        self._add(keys, event_id, fingerprint, seen_at)
        return min(earlier)[1] if earlier else None

    def _add(self, keys: list[str], event_id: str, fingerprint: int, seen_at: float) -> None:
        horizon = seen_at - self.window_seconds
        for key in keys:
            sightings = [s for s in self.store.get(key) or [] if float(s[2]) >= horizon]
            if not any(s[0] == event_id for s in sightings):
                sightings.append([event_id, format(fingerprint, "x"), seen_at])
            # Reassign (never mutate in place) so a Faust table records the change in its changelog.
            self.store[key] = sightings
