"""Audience questions as stored: one row a question (its count grows as it is asked again), and a count of
the chat each session saw. Every change is one committed statement, like the rest of the session's log."""

from __future__ import annotations

from typing import cast

from console.show.chat import ChatMessage, Platform
from console.show.questions import STATES, Question, QuestionState, fold_key
from console.store.connection import Database


class QuestionLedger:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, session_id: int, question: Question) -> int:
        """Store a new question; returns its row id."""
        message = question.message
        return self.db.insert(
            "chat_questions",
            {
                "session_id": session_id,
                "at": message.at,
                "last_at": question.last_at,
                "platform": message.platform,
                "source": message.source,
                "message_id": message.id,
                "author": message.author,
                "text": message.text,
                "count": question.count,
                "stop_index": question.stop_index,
                "state": question.state,
                "answered_at": question.answered_at,
            },
        )

    def update(self, row_id: int, question: Question) -> None:
        """The question's count, state and answer time as the board has them now."""
        self.db.execute(
            "UPDATE chat_questions SET count = ?, last_at = ?, state = ?, answered_at = ? WHERE id = ?",
            [question.count, question.last_at, question.state, question.answered_at, row_id],
        )

    def count_chat(self, session_id: int, messages: int) -> None:
        """Add ``messages`` to the chat this session saw (questions or not)."""
        self.db.execute(
            "INSERT INTO chat_seen (session_id, messages) VALUES (?, ?) "
            "ON CONFLICT (session_id) DO UPDATE SET messages = messages + excluded.messages",
            [session_id, messages],
        )

    def chat_seen(self, session_id: int) -> int:
        row = self.db.execute("SELECT messages FROM chat_seen WHERE session_id = ?", [session_id]).fetchone()
        return int(row[0]) if row else 0

    def for_session(self, session_id: int) -> list[Question]:
        """The session's questions, oldest first."""
        questions = []
        for row in self.db.query(
            "SELECT * FROM chat_questions WHERE session_id = ? ORDER BY at, id", [session_id]
        ):
            platform = cast(Platform, row["platform"] if row["platform"] in ("youtube", "twitch") else "demo")
            message = ChatMessage(
                platform, row["source"] or "", row["author"], row["text"], row["at"], row["message_id"] or ""
            )

            state = cast(QuestionState, row["state"] if row["state"] in STATES else "new")
            questions.append(
                Question(
                    row["id"],
                    message,
                    fold_key(row["text"]),
                    row["count"],
                    row["last_at"] or row["at"],
                    row["stop_index"],
                    state,
                    row["answered_at"],
                )
            )
        return questions
