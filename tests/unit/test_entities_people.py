"""People named without a title: given names that are also words, family names, patronymics."""

from __future__ import annotations

import pytest

from stream.pipeline.entities import EntityExtractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقال صالح الحسناوي إن المستشفى استقبل المصابين",
            ("صالح الحسناوي", "PER"),
            id="word-given-name-before-family-name",
        ),
        pytest.param(
            "وأكد بدر الداهوم أن الحكم نهائي", ("بدر الداهوم", "PER"), id="rare-definite-surname"
        ),
        pytest.param(
            "وأحرز مراد ناجي هدفا في الشوط الثاني",
            ("مراد ناجي", "PER"),
            id="word-given-name-before-fathers-name",
        ),
        pytest.param(
            "أكد سعيد الشمري أن الاجتماع", ("سعيد الشمري", "PER"), id="before-known-surname"
        ),
        pytest.param(
            "قام الوزيران الناني ولد أشروقه وعالي ولد محمد بزيارة",
            ("الناني ولد أشروقه", "PER"),
            id="mauritanian-patronymic",
        ),
        pytest.param(
            "قام الوزيران الناني ولد أشروقه وعالي ولد محمد بزيارة",
            ("عالي ولد محمد", "PER"),
            id="patronymic-after-conjunction",
        ),
        pytest.param(
            "التقى الأمير فيصل بن فرحان بن عبدالله وزير الخارجية",
            ("فيصل بن فرحان بن عبدالله", "PER"),
            id="known-name-goes-on-with-forefathers",
        ),
        pytest.param(
            "برئاسة الشيخ سالم بن عوفيت بن عبدالله الشنفري رئيس البلدية",
            ("سالم بن عوفيت بن عبدالله الشنفري", "PER"),
            id="lineage-words-do-not-count-towards-length",
        ),
        pytest.param(
            "ويدعى محمد هاني العمارين، إضافة إلى",
            ("محمد هاني العمارين", "PER"),
            id="rare-definite-family-name-after-known-name",
        ),
        pytest.param(
            "وأكد عبد الخالق صيودة أن", ("عبد الخالق صيودة", "PER"), id="rare-family-name-in-ta"
        ),
        pytest.param(
            "وحضر الشيخ ذياب بن محمد بن زايد آل نهيان الحفل",
            ("ذياب بن محمد بن زايد آل نهيان", "PER"),
            id="known-person-as-forefather",
        ),
        pytest.param("وأضاف أبو محمود أنه بعد", ("أبو محمود", "PER"), id="kunya"),
        pytest.param("وقال محمد بركات إن", ("محمد بركات", "PER"), id="plural-shaped-surname"),
        pytest.param(
            "وفق ما أفاد رئيس المجلس القروي لافي شلبي، بينما",
            ("لافي شلبي", "PER"),
            id="name-starting-like-a-preposition",
        ),
        pytest.param(
            "وأكد الرئيس التنفيذي أمين بن حسن الناصر أن الشركة ماضية",
            ("أمين بن حسن الناصر", "PER"),
            id="given-name-like-a-title-before-son-of",
        ),
        pytest.param(
            "تحت رعاية معالي الشيخ الفضل بن محمد الحارثي، الأمين العام",
            ("الفضل بن محمد الحارثي", "PER"),
            id="definite-given-name-before-son-of",
        ),
        pytest.param(
            "والمندوب الدائم في نيويورك جمال فارس الرويعي والسفير",
            ("جمال فارس الرويعي", "PER"),
            id="two-word-names-before-a-family-name",
        ),
        pytest.param(
            "وأضاف نور الدين القروي أن الحزب", ("نور الدين القروي", "PER"), id="compound-given"
        ),
        pytest.param(
            "وسجل زين العابدين بركان هدفا", ("زين العابدين بركان", "PER"), id="compound-abidin"
        ),
        pytest.param(
            "وتحدث علي الدميني عن المشروع", ("علي الدميني", "PER"), id="ali-before-family-name"
        ),
    ],
)
def test_finds(found, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال إن صالح العام فوق كل اعتبار", id="common-definite-word"),
        pytest.param("وأشاد بجمال الطبيعي في المنطقة", id="adjective-nisba"),
        pytest.param("وكان كريم الزراعي في الموسم", id="adjective-nisba-feminine-frequent"),
        pytest.param("حيث ولد الرئيس في القرية عام 1950", id="verb-was-born-after-particle"),
        pytest.param("الطفل الذي ولد في المستشفى", id="verb-was-born-after-relative"),
        pytest.param("لا يخول الرئيس فرض تعريفات جمركية", id="verb-after-title"),
        pytest.param("وأكد رئيس الدولة أهمية تضافر الجهود", id="nouns-after-title"),
        pytest.param("يعزفون عن جني الزيتون", id="harvest-not-jana"),
        pytest.param(
            "وأفادت الوكالتان البريطانيتان أنهما تلقتا بلاغا", id="clause-after-adjective"
        ),
        pytest.param("يواجه النجم الساحلي شبيبة القيروان لحساب نفس الجولة", id="phrase-not-name"),
        pytest.param("وأعلن رئيس الوزراء في الصومال تشكيل الحكومة", id="verbal-noun-after-title"),
        pytest.param("غارة على منطقة الشيخ زايد شمال القطاع", id="direction-ends-name"),
        pytest.param("وقال أمين عام الحزب إن الاجتماع انتهى", id="title-amin-without-son-of"),
        pytest.param("والمديرة المساعدة لديوان رئيس الجمهورية", id="lam-on-a-noun-after-a-title"),
        pytest.param("فاز الفريق بثلاثة أهداف علي التوالي", id="ala-written-with-ya"),
        pytest.param("وقع الحادث في نور الدين اليوم", id="compound-given-alone"),
        pytest.param("وقال مصدر تركي رسمي إن الاجتماع انتهى", id="nationality-after-a-noun"),
    ],
)
def test_does_not_find_a_person(found, text: str) -> None:
    assert not {s for s, t in found(text) if t == "PER"}


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param(
            "استقبل فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض الوفد",
            "فيصل بن بندر بن عبدالعزيز أمير",
            id="title-after-lineage",
        ),
        pytest.param(
            "برعاية مروان بن تركي آل سعيد مهرجان خريف صلالة",
            "مروان بن تركي آل سعيد مهرجان",
            id="family-name-ends-the-name",
        ),
        pytest.param("وعالي ولد محمد بزيارة للميناء", "عالي ولد محمد بزيارة", id="prep-noun"),
        pytest.param(
            "تقدم لها سالم الدوسري وسددها بنجاح", "سددها بنجاح", id="verb-with-object-pronoun"
        ),
        pytest.param("وقال صامويل جوكبار دعم الحكومة", "صامويل جوكبار دعم", id="noun-after-name"),
        pytest.param("سلمان بن عبد العزيز وولي عهده الأمير", "وولي عهده", id="crown-prince"),
        pytest.param(
            "وأعلن الرئيس الكيني موتوري رسميا ترشحه", "موتوري رسميا", id="adverb-after-title"
        ),
        pytest.param(
            "تحت قيادة المدرب البرتغالي فيريرا يقدم مستوى جيدا",
            "فيريرا يقدم",
            id="verb-after-title",
        ),
        pytest.param(
            "وقال مدير مستشفى الولادة الدكتور سليمان ود الحاج",
            "مستشفى الولادة الدكتور سليمان",
            id="title-ends-an-organization",
        ),
    ],
)
def test_name_ends(found, text: str, unwanted: str) -> None:
    assert unwanted not in {s for s, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وتقدم ولي العهد الأردني الأمير الحسين بن عبدالله الثاني الحضور", "الحسين بن عبدالله"),
        ("واستقبل الملك سلمان الوفد في الرياض", "سلمان"),
        ("وقال آية الله علي خامنئي في خطاب", "علي خامنئي"),
        ("وحضر البابا فرنسيس القداس", "فرنسيس"),
    ],
)
def test_a_known_person_written_with_a_title_is_named_without_it(
    extractor: EntityExtractor, text: str, name: str
) -> None:
    people = [e for e in extractor.extract_rules(text) if e.type == "PER"]
    assert len(people) == 1 and people[0].id is not None
    (start, end), *_ = people[0].mentions
    assert text[start:end].startswith(name)
