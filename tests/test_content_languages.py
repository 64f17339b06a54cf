"""Talking points in several content languages: the domain's fallbacks, the JSON tour (version 2, version 1
still read), the database's columns, and the guide's switches recorded in the session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.errors import InputError
from console.formats.json_format import dump_json, parse_json
from console.show.session import LanguageSwitch
from console.show.tour import StopText, language_tag
from console.store import Database, SessionRepository, TourRepository, open_database
from console.store.tour_edits import TourEdits
from tests.helpers import MULTILINGUAL_TOUR, TOUR


def test_a_stop_reads_in_each_language_and_marks_what_falls_back() -> None:
    victory, venus, mona = MULTILINGUAL_TOUR.stops
    french, missing = victory.in_language("fr")
    assert (french.title, french.talking_points, french.location, french.artist) == (
        "Victoire de Samothrace",
        "- la proue d'un navire",
        "escalier Daru",
        "Inconnu",
    )
    assert missing == frozenset()
    chinese, missing = victory.in_language("zh")
    assert chinese.artist == "Unknown"  # shared unless given
    assert missing == frozenset()
    chinese, missing = mona.in_language("zh")
    assert chinese.title == "蒙娜丽莎" and chinese.talking_points == "- poplar panel"
    assert missing == {"talking_points"}
    untranslated, missing = venus.in_language("zh")
    assert untranslated is venus and missing == {"title", "talking_points"}
    assert venus.in_language("en") == (venus, frozenset({"title", "talking_points"}))


def test_completeness_counts_stops_with_title_and_talking_points() -> None:
    assert MULTILINGUAL_TOUR.completeness() == {"fr": (3, 3), "zh": (1, 3)}
    assert TOUR.completeness() == {}


def test_the_whole_tour_in_one_language() -> None:
    french = MULTILINGUAL_TOUR.in_language("fr")
    assert french.title == "Visite test" and french.introduction == "Bienvenue à tous."
    assert [stop.title for stop in french.stops] == ["Victoire de Samothrace", "Vénus de Milo", "La Joconde"]
    assert MULTILINGUAL_TOUR.in_language("en") is MULTILINGUAL_TOUR
    assert MULTILINGUAL_TOUR.in_language("de") is MULTILINGUAL_TOUR


def test_with_translation_replaces_and_an_empty_one_removes() -> None:
    venus = MULTILINGUAL_TOUR.stops[1]
    changed = venus.with_translation("zh", StopText("米洛的维纳斯"))
    assert changed.translation("zh") == StopText("米洛的维纳斯")
    assert changed.with_translation("zh", StopText()).translation("zh") is None
    assert hash(changed)  # a stop stays hashable: the talking-points pane caches on it


def test_json_version_2_round_trips_every_translation() -> None:
    text = dump_json(MULTILINGUAL_TOUR)
    data = json.loads(text)
    assert data["version"] == 2 and data["languages"] == ["en", "fr", "zh"]
    assert data["stops"][2]["translations"] == {
        "fr": {"title": "La Joconde", "talking_points": "- un panneau de peuplier"},
        "zh": {"title": "蒙娜丽莎"},
    }
    assert parse_json(text) == MULTILINGUAL_TOUR
    assert parse_json(text).translations == MULTILINGUAL_TOUR.translations


def test_json_version_1_still_imports() -> None:
    data = json.loads(dump_json(TOUR))
    data["version"] = 1
    assert "languages" not in data and "translations" not in data["stops"][0]
    assert parse_json(json.dumps(data)) == TOUR


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"languages": "en, fr"}, '"languages" must be a list'),
        ({"languages": ["en", "fr", "fr"]}, 'lists "fr" twice'),
        ({"languages": ["en", "not a code"]}, "is not a language code"),
        ({"languages": ["fr", "zh"]}, '"language" ("en") must be one of "languages"'),
        ({"translations": {"de": {"title": "Testtour"}}}, 'a translation into "de"'),
        ({"translations": {"fr": {"subtitle": "x"}}}, "unknown fields: subtitle"),
        ({"translations": {"fr": {"title": 3}}}, "must be a string"),
    ],
)
def test_bad_languages_are_refused_with_the_reason(change: dict[str, object], reason: str) -> None:
    data = json.loads(dump_json(MULTILINGUAL_TOUR))
    data.update(change)
    with pytest.raises(InputError) as caught:
        parse_json(json.dumps(data, indent=2), name="tour.json")
    assert reason in caught.value.text() and caught.value.line is not None


def test_a_stop_translation_into_an_undeclared_language_names_the_stop() -> None:
    data = json.loads(dump_json(MULTILINGUAL_TOUR))
    data["stops"][1]["translations"] = {"es": {"title": "Venus de Milo"}}
    with pytest.raises(InputError, match=r'stop 2 \(Venus de Milo\): a translation into "es"'):
        parse_json(json.dumps(data, indent=2), name="tour.json")


def test_language_tags() -> None:
    assert language_tag("zh_CN") == "zh-CN"
    assert language_tag("pt-BR") == "pt-BR"
    assert language_tag("zh-Hans") == "zh-Hans"
    assert language_tag("") is None and language_tag("../x") is None and language_tag("a" * 50) is None


def test_the_database_keeps_every_language(tmp_path: Path) -> None:
    db = open_database(tmp_path / "show.db")
    tours = TourRepository(db)
    tour_id = tours.add(MULTILINGUAL_TOUR)
    stored = tours.get(tour_id)
    assert stored == MULTILINGUAL_TOUR.with_id(tour_id)
    edits = TourEdits(db)
    venus = stored.stops[1].with_translation("zh", StopText("米洛的维纳斯", "- 1820年在米洛斯岛发现"))
    edits.update_stop(tour_id, 1, venus)
    edits.update_tour(tour_id, languages=("en", "fr", "zh", "es"))
    reread = tours.get(tour_id)
    assert reread.stops[1] == venus and reread.languages == ("en", "fr", "zh", "es")
    deleted = edits.delete_tour(tour_id)
    edits.restore(deleted)
    assert tours.get(tour_id) == reread
    db.close()


def test_a_switch_on_air_is_kept_with_the_session(fresh_db: Database) -> None:
    tour = MULTILINGUAL_TOUR.with_id(TourRepository(fresh_db).add(MULTILINGUAL_TOUR))
    sessions = SessionRepository(fresh_db)
    session = sessions.start(tour, "live", at=1000.0)
    assert session.talking_points_language == "en"
    sessions.switch_language(session, LanguageSwitch(at=1060.0, language="zh", show_s=60.0))
    reread = sessions.get(session.id or 0)
    assert reread.language_switches == [LanguageSwitch(at=1060.0, language="zh", show_s=60.0)]
    assert reread.talking_points_language == "zh"
    assert reread.tour == tour  # the session's snapshot holds the translations too


def test_the_session_report_lists_the_switches(fresh_db: Database) -> None:
    from console.formats.session_report import dump_session_csv, session_report

    tour = MULTILINGUAL_TOUR.with_id(TourRepository(fresh_db).add(MULTILINGUAL_TOUR))
    sessions = SessionRepository(fresh_db)
    session = sessions.start(tour, "live", at=1000.0)
    sessions.switch_language(session, LanguageSwitch(at=1060.0, language="fr", show_s=60.0))
    sessions.end(session, 1200.0)
    report = session_report(sessions.get(session.id or 0))
    assert report["language"] == "en"
    assert report["language_switches"] == [
        {"at": "1970-01-01T00:17:40+00:00", "show_time_s": 60.0, "language": "fr"}
    ]
    rows = dump_session_csv(sessions.get(session.id or 0)).splitlines()
    assert rows[-1] == "language,,,,,,,,,1970-01-01T00:17:40+00:00,60.0,fr,,,,,"  # questions: 4 more


def test_titles_read_one_at_a_time_are_the_ones_of_the_tour_read_in_the_language() -> None:
    """The route, the stage display and the show-control state read only titles (a switch on a long route
    never reads every stop whole): the same titles as the tour read in each language, the main language's
    standing in, marked, where a translation has none."""
    stand_ins = {"en": 0, "fr": 0, "zh": 0, "es": 0, "": 0}
    for language in stand_ins:
        read = MULTILINGUAL_TOUR.in_language(language)
        assert MULTILINGUAL_TOUR.title_in(language) == read.title
        for stop, read_stop in zip(MULTILINGUAL_TOUR.stops, read.stops, strict=True):
            title, stand_in = MULTILINGUAL_TOUR.stop_title(stop, language)
            assert title == read_stop.title
            assert stand_in == ("title" in MULTILINGUAL_TOUR.read_stop(stop, language)[1])
            stand_ins[language] += stand_in
    assert MULTILINGUAL_TOUR.title_in("fr") == "Visite test"
    assert stand_ins == {"en": 0, "fr": 0, "zh": 1, "es": 0, "": 0}  # Venus has no Chinese title
    # In the main language nothing stands in for anything; in a translation the missing fields are said.
    venus = MULTILINGUAL_TOUR.stops[1]
    assert MULTILINGUAL_TOUR.read_stop(venus, "en") == (venus, frozenset())
    assert MULTILINGUAL_TOUR.read_stop(venus, "zh")[1] == {"title", "talking_points"}
