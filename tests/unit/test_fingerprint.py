"""Near-duplicate fingerprints: syndicated copies meet, different stories on one topic do not.

The measurements behind MAX_DISTANCE (see stream/pipeline/fingerprint.py) are re-checked here on
the fixtures in tests/resources/cleaning, so a change to shingling or normalization that erodes the
margin fails loudly.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stream.pipeline.clean import clean
from stream.pipeline.fingerprint import (
    DEFAULT_BANDS,
    MAX_DISTANCE,
    band_keys,
    hamming,
    is_near_duplicate,
    simhash,
)

RESOURCES = Path(__file__).parents[1] / "resources" / "cleaning"


def body(name: str) -> str:
    return clean((RESOURCES / f"{name}.txt").read_text(encoding="utf-8")).text


SEED = body("seed-article-ar")
STORIES = [
    "story-blinken-tokyo",
    "story-japan-taiwan-drills",
    "story-blinken-cairo",
    "story-blinken-doha",
]


def test_syndicated_copy_with_other_furniture_is_a_near_duplicate() -> None:
    copy = body("seed-syndicated-copy")
    assert hamming(simhash(SEED), simhash(copy)) == 0
    assert is_near_duplicate(simhash(SEED), simhash(copy))
    assert set(band_keys(simhash(SEED))) & set(band_keys(simhash(copy)))


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda t: t.replace("،", ",").replace('"', "«"), id="punctuation"),
        pytest.param(lambda t: t.replace("60", "٦٠").replace("2 يناير", "٢ يناير"), id="digits"),
        pytest.param(lambda t: t.replace("الخارجية", "الخارجيّة"), id="diacritics"),
        pytest.param(lambda t: t.replace("الخارجية", "الخارجيـــة"), id="tatweel"),
        pytest.param(lambda t: t.replace("ي ", "ی "), id="farsi-yeh"),
        pytest.param(lambda t: "القاهرة (أ ش أ) - " + t, id="dateline"),
        pytest.param(lambda t: t.replace("\n\n", "\n"), id="paragraphing"),
        pytest.param(lambda t: t.replace("\n\n", " "), id="flattened"),
        pytest.param(
            lambda t: t + "\n\nاقرأ أيضا: بلينكن يعود إلى الشرق الأوسط لبدء المهمة الثامنة",
            id="leftover-related-headline",
        ),
        pytest.param(lambda t: "كتب أحمد محمود\n\n" + t, id="leftover-byline"),
    ],
)
def test_same_story_with_surface_edits_has_the_same_fingerprint(edit: object) -> None:
    assert callable(edit)
    assert hamming(simhash(SEED), simhash(edit(SEED))) == 0


def test_lightly_edited_copies_stay_within_max_distance() -> None:
    rnd = random.Random(3)
    paragraphs = SEED.split("\n\n")
    within = 0
    trials = 40
    for _ in range(trials):
        edited = list(paragraphs)
        i = rnd.randrange(len(edited))
        words = edited[i].split()
        words[rnd.randrange(len(words))] = "كذلك"
        edited[i] = " ".join(words)
        within += is_near_duplicate(simhash(SEED), simhash("\n\n".join(edited)))
    assert within >= trials * 0.9  # measured: every one-word edit of the seed within 8 bits


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(x, y, id=f"{x}-vs-{y}")
        for i, x in enumerate(["seed-article-ar", *STORIES])
        for y in STORIES[i:]
        if x != y
    ],
)
def test_different_stories_on_the_same_topic_are_far_apart(a: str, b: str) -> None:
    distance = hamming(simhash(body(a)), simhash(body(b)))
    assert distance > 2 * MAX_DISTANCE  # measured 23-39 bits
    assert not is_near_duplicate(simhash(body(a)), simhash(body(b)))


def test_simhash_is_deterministic_and_64_bit() -> None:
    fp = simhash(SEED)
    assert fp == simhash(SEED)
    assert 0 <= fp < 2**64
    assert simhash("") == 0
    assert simhash("!!! ...") == 0
    assert 0 < simhash("كلمة") < 2**64


def test_band_keys_shape() -> None:
    keys = band_keys(simhash(SEED))
    assert len(keys) == DEFAULT_BANDS == MAX_DISTANCE + 1
    assert len(set(keys)) == len(keys)
    assert band_keys(0, bands=4) == ["0-4:0", "1-4:0", "2-4:0", "3-4:0"]
    assert band_keys(2**64 - 1, bands=4)[0] == "0-4:ffff"
    with pytest.raises(ValueError):
        band_keys(1, bands=0)


def test_hamming() -> None:
    assert hamming(0, 0) == 0
    assert hamming(0b1011, 0b0001) == 2
    assert hamming(2**64 - 1, 0) == 64


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=2**64 - 1),
    st.lists(st.integers(min_value=0, max_value=63), max_size=MAX_DISTANCE, unique=True),
)
def test_near_duplicates_share_a_band_key(fingerprint: int, flips: list[int]) -> None:
    other = fingerprint
    for bit in flips:
        other ^= 1 << bit
    assert is_near_duplicate(fingerprint, other)
    assert set(band_keys(fingerprint)) & set(band_keys(other))


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=2**64 - 1), st.integers(min_value=1, max_value=64))
def test_band_keys_cover_every_bit(fingerprint: int, bands: int) -> None:
    keys = band_keys(fingerprint, bands=bands)
    assert len(keys) == bands
    assert sum(bin(int(k.split(":")[1], 16)).count("1") for k in keys) == fingerprint.bit_count()


def test_all_fixture_stories_are_pairwise_far_apart() -> None:
    names = sorted(
        p.stem for p in RESOURCES.glob("*.txt") if p.stem != "seed-syndicated-copy"
    )  # every other fixture is a different story
    prints = {name: simhash(body(name)) for name in names}
    closest = min(
        hamming(prints[a], prints[b]) for i, a in enumerate(names) for b in names[i + 1 :]
    )
    assert closest > 2 * MAX_DISTANCE  # measured: 23
