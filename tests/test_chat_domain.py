"""Chat as a plain-Python domain: bounded text, the question rules on a frozen corpus, folding, the board."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.show.chat import MAX_AUTHOR_CHARS, MAX_TEXT_CHARS, ChatMessage, chat_message
from console.show.questions import FOLD_WINDOW_S, QuestionBoard, QuestionRules, fold_key

CORPUS = Path(__file__).with_name("chat_corpus.txt")


def corpus() -> list[tuple[bool, str]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [(line[0] == "Q", line[2:]) for line in lines if line and not line.startswith("#")]


def test_the_rules_find_the_corpus_questions_with_precision_and_recall_over_0_9() -> None:
    rules = QuestionRules()
    found = [(want, rules.asks(text), text) for want, text in corpus()]
    hits = sum(1 for want, got, _ in found if want and got)
    precision = hits / max(1, sum(1 for _, got, _ in found if got))
    recall = hits / max(1, sum(1 for want, _, _ in found if want))
    print(f"question rules on {len(found)} messages: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9, [text for want, got, text in found if want != got]
    assert sum(1 for want, _ in corpus() if want) >= 40 and sum(1 for want, _ in corpus() if not want) >= 35


@pytest.mark.parametrize(
    "text",
    [
        "Q: the frame",
        "问：门票",
        "How old is it",
        "pourquoi ?",
        "c'est du marbre ? 🤔",
        "这是真迹吗",
        "Est-ce que c'est ouvert",
    ],
)
def test_questions_in_three_languages(text: str) -> None:
    assert QuestionRules().asks(text)


@pytest.mark.parametrize(
    "text",
    ["how are you?", "ça va ?", "你好吗？", "👏👏👏", "????", "what? www.spam.example", "hello?", "is"],
)
def test_greetings_emoji_and_spam_are_not_questions(text: str) -> None:
    assert not QuestionRules().asks(text)


def test_chat_text_is_one_bounded_line() -> None:
    hostile = "why\x00 is\nthe\x1b[31m frame\u2028 dark?" + "x" * 10_000
    message = chat_message("twitch", "twitch-chat:museum", "A\nB" * 100, hostile, 1.0, "i\x07d")
    assert message is not None
    assert len(message.text) == MAX_TEXT_CHARS and message.text.endswith("…")
    assert message.text.startswith("why is the [31m frame dark?")
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in message.text + message.author + message.id)
    assert len(message.author) <= MAX_AUTHOR_CHARS
    assert chat_message("demo", "demo-chat", "x", " \n\t\x00 ", 1.0) is None


def said(text: str, at: float, author: str = "Li Wei") -> ChatMessage:
    message = chat_message("youtube", "youtube-chat:abcdefgh", author, text, at)
    assert message is not None
    return message


def test_the_same_question_asked_again_within_minutes_folds_into_one_with_a_count() -> None:
    board = QuestionBoard()
    first = board.take(said("Who painted this?", 100.0), stop_index=3)
    assert first is not None and first[1]
    again = board.take(said("who   PAINTED this ??", 160.0, "Marie"))
    assert again is not None and not again[1] and again[0].count == 2 and again[0].id == first[0].id
    assert again[0].message.author == "Li Wei" and again[0].stop_index == 3
    later = board.take(said("who painted this", 160.0 + FOLD_WINDOW_S + 1))
    assert later is not None and later[1]
    assert board.take(said("hello from Ohio", 400.0)) is None
    assert board.chat_seen == 4 and board.questions_seen == 2 and len(board) == 2
    assert fold_key("Who painted THIS?! 🤔") == fold_key("who painted this")


def test_picking_answering_and_a_bounded_board() -> None:
    board = QuestionBoard(limit=5)
    ids = []
    for n in range(5):
        taken = board.take(said(f"what is number {n}?", float(n)))
        assert taken is not None
        ids.append(taken[0].id)
    board.set_state(ids[0], "picked", 10.0)
    changed = board.set_state(ids[1], "picked", 11.0)
    assert [(q.id, q.state) for q in changed] == [(ids[0], "new"), (ids[1], "picked")]
    for n in range(5, 50):
        board.take(said(f"what is number {n}?", float(n)))
    assert len(board) == 5
    picked = board.picked
    assert picked is not None and picked.id == ids[1]  # the picked one is never trimmed away
    (answered,) = board.set_state(ids[1], "answered", 99.0)
    assert answered.answered_at == 99.0 and board.picked is None
    assert board.set_state(12345, "picked", 1.0) == []
    assert next(q.message.text for q in board) == "what is number 49?"  # newest first


def test_keep_all_keeps_every_message() -> None:
    board = QuestionBoard(keep_all=True)
    assert board.take(said("hello from Ohio", 1.0)) is not None


def test_every_question_rule_is_a_setting(tmp_path: Path) -> None:
    """The issue asks for the rules as a setting: prefixes, start words, the Chinese words found anywhere and
    the endings each replace the built-in list; an empty list keeps it."""
    from console.settings import load_settings, question_rules, save_settings

    path = tmp_path / "settings.toml"
    assert question_rules(load_settings(path)) == QuestionRules()  # nothing set: the built-in rules
    save_settings(
        {
            "question_prefixes": ["ask:"],
            "question_words": ["wie"],
            "question_words_anywhere": ["哪儿"],
            "question_endings": ["嘛"],
        },
        path,
    )
    rules = question_rules(load_settings(path))
    assert rules.asks("ask: the frame") and not rules.asks("q: the frame")
    assert rules.asks("wie alt ist das") and not rules.asks("why is it dark")
    assert rules.asks("厕所在哪儿") and not rules.asks("这是什么")
    assert rules.asks("你们看到了嘛") and not rules.asks("这个好看吗")
