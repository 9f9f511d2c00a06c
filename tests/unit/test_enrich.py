"""`enrich()`: one readable function from Article to EnrichedArticle."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemas import Article
from stream.pipeline import Resources, article_id, enrich, event_id, load_resources

ROOT = Path(__file__).resolve().parents[2]
HEADLINE_PAGE = (
    "الحوثيون يستهدفون سفينة في خليج عدن\n\n"
    "قالت هيئة عمليات التجارة البحرية البريطانية إن سفينة تعرضت لهجوم قبالة السواحل اليمنية "
    "اليوم الأحد دون إصابات، في حين لم تعلق الجماعة على الحادث بعد."
)


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def test_same_content_same_event_id_whatever_the_processing_time(resources):
    article = Article(id="x", text=HEADLINE_PAGE)
    first = enrich(article, resources, processed_at=datetime(2026, 1, 1, tzinfo=UTC))
    again = enrich(article, resources)
    assert first.event_id == again.event_id == event_id(article)
    assert first.model_dump(exclude={"processed_at"}) == again.model_dump(exclude={"processed_at"})
    assert event_id(Article(id="x", text=HEADLINE_PAGE + " ")) != first.event_id


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        pytest.param(Article(id="given", text="t"), "given", id="producer-id"),
        pytest.param(Article(url="https://a.example/1", text="t"), "url-", id="from-url"),
        pytest.param(Article(text="t"), "text-", id="from-text"),
    ],
)
def test_article_id_is_given_or_derived(article, expected):
    assert article_id(article).startswith(expected)


def test_names_in_a_headline_taken_from_the_page_have_offsets(resources):
    event = enrich(Article(text=HEADLINE_PAGE), resources)
    assert event.title == "الحوثيون يستهدفون سفينة في خليج عدن"
    houthis = next(e for e in event.entities if e.name_en == "Houthis")
    start, end = houthis.mentions[0]
    assert HEADLINE_PAGE[start:end] == "الحوثيون"
    assert event.title not in event.text


def test_seed_page_enriched_without_its_furniture(resources):
    text = (ROOT / "samples/seed-article-ar.txt").read_text(encoding="utf-8")
    event = enrich(Article(id="seed", text=text), resources)
    assert event.source == "البوابة نيوز"
    assert event.text.endswith("جينا ريموندو.")
    assert "أردوغان" not in event.text  # the read-also article is not body
    # ... but its people are named on the page (the must-show list has them)
    names = {e.name_en for e in event.entities}
    assert {"Recep Tayyip Erdogan", "Ahmed Attaf", "Abdelmadjid Tebboune"} <= names
    assert {"taiwan_strait", "red_sea", "ukraine"} <= {c.id for c in event.categories}
    for entity in event.entities:
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(text)


def test_categories_take_entity_cues_from_the_article_not_its_furniture(resources):
    body = (
        "قال مسؤول في وزارة الزراعة اليوم إن موسم حصاد القمح بدأ مبكرا هذا العام في السهول "
        "الشمالية بفضل الأمطار الغزيرة التي هطلت خلال الشتاء الماضي على المنطقة."
    )
    furniture = "اقرأ أيضا:\n• الحوثيون يستهدفون سفينة في البحر الأحمر قرب باب المندب"
    seen: list[str | None] = []

    class Spy:
        taxonomy = resources.classifier.taxonomy

        def classify(self, text, body, title, entities):
            seen.extend(e.name_en for e in entities)
            return resources.classifier.classify(text, body, title, entities)

    spied = dataclasses.replace(resources, classifier=Spy())
    event = enrich(Article(text=f"{body}\n\n{furniture}"), spied)
    assert "Houthis" in {e.name_en for e in event.entities}  # named on the page
    assert "Houthis" not in seen  # but no cue for what the article is about
    assert "red_sea" not in {c.id for c in event.categories}
