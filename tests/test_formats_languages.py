"""Tours in several content languages through every format: the Markdown sections and the CSV's columns as
the README documents them, exact round trips (md, json, csv, bundle, and the chain through all four), bad
input named with file, line and reason, the run-sheet printed per language, and ``tour check``'s counts."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from console.errors import InputError, KnownError
from console.formats import dump_tour, load_tour, with_main_language
from console.formats.bundle import dump_bundle, parse_bundle
from console.formats.csv_format import dump_csv, parse_csv
from console.formats.json_format import dump_json, parse_json
from console.formats.markdown import dump_markdown, parse_markdown
from console.show.tour import Stop, StopText, Tour, TourText
from tests.helpers import MULTILINGUAL_TOUR, TOUR, cicerone

# The syntax as the README shows it (and the demo tour is written in).
SCRIPT = """---
title: Louvre Highlights
slot: 1h
language: en
languages: en, fr, zh
---

Welcome to the Louvre.

### fr: Les chefs-d'œuvre du Louvre

Bienvenue au Louvre.

## Winged Victory of Samothrace
duration: 6m
location: Daru staircase
artist: Unknown Rhodian sculptor

- the prow of a ship

### fr: Victoire de Samothrace
location: escalier Daru

- la proue d'un navire
### zh: 萨莫色雷斯的胜利女神

- 一艘船的船头

## Mona Lisa
duration: 5m

- poplar panel
### de: Mona Lisa (German is not declared: this is talking-point text)

### fr:
medium: huile sur panneau de peuplier
"""


def test_the_documented_sections() -> None:
    tour = parse_markdown(SCRIPT)
    assert tour.languages == ("en", "fr", "zh")
    assert tour.translations == (("fr", TourText("Les chefs-d'œuvre du Louvre", "Bienvenue au Louvre.")),)
    victory, mona = tour.stops
    assert victory.talking_points == "- the prow of a ship"
    assert victory.translations == (
        ("fr", StopText("Victoire de Samothrace", "- la proue d'un navire", "escalier Daru")),
        ("zh", StopText("萨莫色雷斯的胜利女神", "- 一艘船的船头")),
    )
    assert mona.translations == (("fr", StopText(medium="huile sur panneau de peuplier")),)
    french, _ = victory.in_language("fr")
    assert french.artist == "Unknown Rhodian sculptor"


def test_a_section_line_of_an_undeclared_language_stays_text() -> None:
    tour = parse_markdown(SCRIPT)
    assert tour.stops[1].talking_points.endswith(
        "\n### de: Mona Lisa (German is not declared: this is talking-point text)"
    )
    one_language = parse_markdown(SCRIPT.replace("languages: en, fr, zh\n", ""))
    assert one_language.languages == () and one_language.stops[0].translations == ()
    assert "### fr: Victoire de Samothrace" in one_language.stops[0].talking_points


def test_crlf_reads_as_lf() -> None:
    assert parse_markdown(SCRIPT.replace("\n", "\r\n")) == parse_markdown(SCRIPT)
    crlf_csv = dump_csv(MULTILINGUAL_TOUR).replace("\r\n", "\n").replace("\n", "\r\n")
    assert parse_csv(crlf_csv).stops == MULTILINGUAL_TOUR.stops


# Tours that once could not survive a round trip, each through every format.
EDGE_TOURS = {
    "section-like talking point, one language": Tour(
        "One language",
        (Stop("A", 60, talking_points="### fr: x\n\\### fr: y\n## z"),),
        language="en",
        introduction="### fr: not a section",
    ),
    "section-like lines, several languages": replace(
        MULTILINGUAL_TOUR,
        introduction="### fr: x\n\\### zh: y",
        translations=(("fr", TourText("", "### zh: z\n\\\\### fr: w")),),
        stops=(
            Stop(
                "A",
                60,
                talking_points="### fr: x\n### de: stays\n#### fr: stays",
                translations=(("fr", StopText("", "\\### fr: y\n## z\n```\n### fr: in code\n```")),),
            ),
        ),
    ),
    "empty translated title, only a location": replace(
        MULTILINGUAL_TOUR,
        stops=(
            Stop("A", 60, talking_points="a", translations=(("fr", StopText("", "le a")),)),
            Stop("B", 60, location="Room 1", translations=(("zh", StopText(location="一号厅")),)),
        ),
    ),
    "zh-Hans and pt-BR": Tour(
        "Tags",
        (Stop("A", 60, talking_points="a", translations=(("zh-Hans", StopText("甲", "甲")),)),),
        language="pt-BR",
        languages=("pt-BR", "zh-Hans"),
        translations=(("zh-Hans", TourText("标签")),),
    ),
    "title ending in # and formula-like cells": replace(
        MULTILINGUAL_TOUR,
        stops=(
            Stop(
                "Music in C#",
                60,
                translations=(("fr", StopText("Musique en do #", "=1+1", artist="-Anonyme")),),
            ),
        ),
    ),
}


@pytest.mark.parametrize("tour", EDGE_TOURS.values(), ids=EDGE_TOURS.keys())
def test_every_format_round_trips(tour: Tour) -> None:
    assert parse_markdown(dump_markdown(tour)) == tour
    assert parse_json(dump_json(tour)) == tour
    assert parse_bundle(dump_bundle(tour)) == tour
    sheet = parse_csv(dump_csv(tour), title=tour.title)
    assert sheet.stops == tour.stops
    if tour.languages:
        assert with_main_language(sheet, tour.main_language, "sheet").languages == tour.languages


def test_the_chain_md_json_csv_bundle_md_is_exact() -> None:
    """A CSV carries stops only: the tour's title, slot, introduction and main language come back from
    the command line (``--title``, ``--slot``, ``--language``), the rest from the sheet."""
    original = MULTILINGUAL_TOUR
    md = parse_markdown(dump_markdown(original))
    json_tour = parse_json(dump_json(md))
    sheet = parse_csv(dump_csv(json_tour), title=original.title)
    assert sheet.languages == ("und", "fr", "zh") and sheet.language == ""
    sheet = with_main_language(replace(sheet, slot_s=original.slot_s), "en", "sheet")
    sheet = replace(sheet, introduction=original.introduction, translations=original.translations)
    bundle = parse_bundle(dump_bundle(sheet))
    assert parse_markdown(dump_markdown(bundle)) == original
    assert dump_markdown(bundle) == dump_markdown(original)


def test_the_csv_columns() -> None:
    header = dump_csv(MULTILINGUAL_TOUR).lstrip("\ufeff").split("\r\n", 1)[0]
    assert header.split(",")[7:] == [
        "title (fr)",
        "talking points (fr)",
        "location (fr)",
        "artist (fr)",
        "title (zh)",
        "talking points (zh)",
        "location (zh)",
    ]
    # A French sheet names its columns in French, with the languages in brackets.
    french = (
        "Titre;Durée;Points à aborder;Titre (en);Points à aborder (en);Lieu (zh_CN)\n"
        "Nike;6m;proue;Nike;prow;楼梯\n"
    )
    tour = parse_csv(french)
    assert tour.languages == ("und", "en", "zh-CN")
    assert tour.stops[0].translations == (
        ("en", StopText("Nike", "prow")),
        ("zh-CN", StopText(location="楼梯")),
    )


def test_main_language_given_on_import_or_refused() -> None:
    sheet = parse_csv(dump_csv(MULTILINGUAL_TOUR))
    assert with_main_language(sheet, "en", "s").languages == ("en", "fr", "zh")
    with pytest.raises(InputError, match="'fr' is already one of the translated languages"):
        with_main_language(sheet, "fr", "s")
    with pytest.raises(InputError, match="the file's main language is 'en'"):
        with_main_language(MULTILINGUAL_TOUR, "fr", "s")
    with pytest.raises(InputError, match="is not a language code"):
        with_main_language(sheet, "not a code", "s")
    assert with_main_language(replace(TOUR, language=""), "fr", "s").language == "fr"


MD_HEAD = "---\ntitle: T\nlanguage: en\nlanguages: {}\n---\n\n## A\nduration: 1m\n\n"


@pytest.mark.parametrize(
    ("script", "line", "reason"),
    [
        (MD_HEAD.format("en, fr, fr"), 4, '"languages" lists "fr" twice'),
        (MD_HEAD.format("en, not a code"), 4, "'not a code' is not a language code"),
        (MD_HEAD.format("fr, zh"), 3, '"language" ("en") must be one of "languages"'),
        (
            MD_HEAD.format(", ".join(f"a{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(40))),
            4,
            "more than",
        ),
        (
            MD_HEAD.format("en, fr") + "### fr: A\nimage: a.png\n",
            11,
            "unknown field 'image' (translated (fr)",
        ),
        (MD_HEAD.format("en, fr") + "### fr: A\n- x\n", 11, "under the heading of the fr translation"),
        (MD_HEAD.format("en, fr") + "### fr: A\n\n### fr: B\n", 12, "stop 'A' is translated into 'fr' twice"),
        (MD_HEAD.format("en, fr") + "### fr: A\nlocation: x\nlocation: y\n", 12, "given twice"),
    ],
)
def test_bad_markdown_names_the_line_and_reason(script: str, line: int, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_markdown(script, name="tour.md")
    assert (caught.value.path, caught.value.line) == ("tour.md", line)
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("title,duration,title (fr),title (fr)", "the column 'title (fr)' appears twice"),
        ("title,duration,title (zh_CN),title (zh-CN)", "appears twice"),
        ("title,duration,title (not a code)", "'not a code' is not a language code"),
        ("title,duration,duration (fr)", "only title, talking points, location, medium, artist, date take"),
        ("title,duration,notes (fr) x", "unknown columns: notes (fr) x"),
        ("title,duration,title (und)", "the columns without a language are the main language's"),
        (
            "title,duration,"
            + ",".join(f"title (a{chr(97 + n // 26)}{chr(97 + n % 26)})" for n in range(33)),
            "more than 32",
        ),
    ],
)
def test_bad_csv_headers_name_the_line_and_reason(header: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_csv(header + "\nA,1m\n", name="tour.csv")
    assert (caught.value.path, caught.value.line) == ("tour.csv", 1)
    assert reason in caught.value.reason


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "bundle"])
def test_an_export_refuses_a_translation_no_import_takes_back(fmt: str) -> None:
    broken = replace(
        MULTILINGUAL_TOUR, stops=(Stop("A", 60, translations=(("fr", StopText("deux\nlignes")),)),)
    )
    with pytest.raises(KnownError, match=r"stop 1: its title \(fr\) holds a line break"):
        dump_tour(broken, fmt)


def test_a_megabyte_language_code_is_refused_quickly(tmp_path: Path) -> None:
    code = "x" * 2**20
    script = tmp_path / "tour.md"
    script.write_text(MD_HEAD.format(f"en, {code}"))
    with pytest.raises(InputError, match="is not a language code") as caught:
        load_tour(script)
    assert len(caught.value.text()) < 400
    sheet = tmp_path / "tour.csv"
    sheet.write_text(f"title,duration,title ({code})\nA,1m,B\n")
    with pytest.raises(InputError, match="is not a language code") as caught:
        load_tour(sheet)
    assert len(caught.value.text()) < 400


def test_the_command_line_imports_checks_and_prints_per_language(tmp_path: Path, db_path: Path) -> None:
    sheet = tmp_path / "tour.csv"
    sheet.write_text(dump_csv(MULTILINGUAL_TOUR), encoding="utf-8", newline="")
    checked = cicerone("tour", "check", str(sheet))
    assert checked.returncode == 0, checked.stderr
    assert "fr: 3/3 stops translated\n" in checked.stdout
    assert "zh: 1/3 stops translated — missing: 2, 3\n" in checked.stdout
    imported = cicerone("tour", "import", str(sheet), "--language", "en", "--slot", "30m", db=db_path)
    assert imported.returncode == 0, imported.stderr
    assert "languages: en, fr, zh (main en)" in imported.stdout
    tour_id = imported.stdout.split()[-1]
    refused = cicerone("tour", "import", str(sheet), "--language", "zh", db=db_path)
    assert refused.returncode == 2 and "'zh' is already one of the translated languages" in refused.stderr
    exported = cicerone(
        "tour", "export", tour_id, "--format", "bundle", "-o", str(tmp_path / "t.cicerone"), db=db_path
    )
    assert exported.returncode == 0, exported.stderr
    reread = load_tour(tmp_path / "t.cicerone")
    assert reread.stops == MULTILINGUAL_TOUR.stops and reread.languages == MULTILINGUAL_TOUR.languages
    for args, reason in (
        (
            ("--format", "pdf", "--language", "de"),
            "the tour has no talking points in 'de' (it has: en, fr, zh)",
        ),
        (("--format", "md", "--language", "fr"), "--language is for the printed run-sheet"),
    ):
        wrong = cicerone("tour", "export", tour_id, *args, "-o", str(tmp_path / "x"), db=db_path)
        assert wrong.returncode == 2 and reason in wrong.stderr, wrong.stderr
        assert not (tmp_path / "x").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize(
    ("language", "present", "absent"),
    [
        (
            "fr",
            [
                "Visite test",
                "Bienvenue à tous.",
                "1. Victoire de Samothrace",
                "escalier Daru",
                "Inconnu",
                "la proue d'un navire",
                "2. Vénus de Milo",
                "3. La Joconde",
                "un panneau de peuplier",
                "3 arrêts · prévu 25m · créneau 30m · fr",
                "début à 10:00",
                "Artiste: Inconnu",
                "page 1 sur 1",
            ],
            ["Winged Victory", "(en)", "poplar", "starts at"],
        ),
        (
            "zh",
            [
                "测试导览",
                "1. 萨莫色雷斯的胜利女神",
                "2. Venus de Milo (en)",
                "3. 蒙娜丽莎",
                "(en) 未翻译",
                "poplar panel",
                "3 个站点 · 计划 25m · 时段 30m · zh",
                "0:00 开始",
                "第 1",  # pdftotext gives 页 as the radical ⻚
            ],
            ["Victoire", "starts at", "not translated"],
        ),
        (
            "en",
            [
                "Test Tour",
                "1. Winged Victory",
                "the prow of a ship",
                "3 stops · planned 25m · slot 30m · en",
                "starts at 10:00",
                "Artist: Unknown",
                "page 1 of 1",
            ],
            ["(en)", "Victoire"],
        ),
    ],
)
def test_the_run_sheet_in_each_language(
    tmp_path: Path, db_path: Path, language: str, present: list[str], absent: list[str]
) -> None:
    script = tmp_path / "tour.md"
    script.write_text(dump_markdown(MULTILINGUAL_TOUR), encoding="utf-8")
    imported = cicerone("tour", "import", str(script), db=db_path)
    assert imported.returncode == 0, imported.stderr
    target = tmp_path / f"{language}.pdf"
    exported = cicerone(
        "tour", "export", imported.stdout.split()[-1], "--format", "pdf", "--language", language,
        "-o", str(target), db=db_path,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext writes some CJK characters as their compatibility forms (⼤ for 大): compare those folded.
    text = unicodedata.normalize("NFKC", text)
    for expected in present:
        assert expected in text, (expected, text)
    for unexpected in absent:
        assert unexpected not in text, (unexpected, text)


def test_translations_read_in_the_tours_language_order_whatever_the_file_says() -> None:
    """A CSV's columns impose the languages' order: every reader lists translations in it, so a JSON or
    Markdown file that wrote them in another order still round-trips through a sheet."""
    shuffled = replace(
        MULTILINGUAL_TOUR,
        stops=tuple(replace(stop, translations=stop.translations[::-1]) for stop in MULTILINGUAL_TOUR.stops),
        translations=MULTILINGUAL_TOUR.translations[::-1],
    )
    assert parse_json(dump_json(shuffled)) == MULTILINGUAL_TOUR
    assert parse_markdown(dump_markdown(shuffled)) == MULTILINGUAL_TOUR
    sheet = with_main_language(parse_csv(dump_csv(shuffled)), "en", "sheet")
    assert sheet.stops == MULTILINGUAL_TOUR.stops


def test_a_bundle_carries_tour_json_version_2(tmp_path: Path) -> None:
    bundle = tmp_path / "tour.cicerone"
    bundle.write_bytes(dump_bundle(MULTILINGUAL_TOUR))
    with zipfile.ZipFile(bundle) as archive:
        data = json.loads(archive.read("tour.json"))
    assert data["version"] == 2 and data["languages"] == ["en", "fr", "zh"]
    assert data["stops"][0]["translations"]["zh"] == {
        "title": "萨莫色雷斯的胜利女神",
        "talking_points": "- 一艘船的船头",
        "location": "达鲁阶梯",
    }
    assert load_tour(bundle) == MULTILINGUAL_TOUR
