"""``demo-chat``: a rehearsal audience in English, French and Chinese, with questions, greetings and noise.

Deterministic for a seed, so a rehearsal and a test see the same chat; the platform is ``demo`` and the pane
labels it DEMO, so nobody mistakes it for the audience.
"""

from __future__ import annotations

import random

from console.show.chat import ChatMessage, chat_message

LINES = (
    ("Maya", "hello from Ohio!"),
    ("Li Wei", "这幅画是谁画的？"),
    ("Camille", "Bonjour à tous !"),
    ("Tom", "How old is this painting?"),
    ("小红", "大家好"),
    ("Jules", "Pourquoi le cadre est doré ?"),
    ("Sam", "👏👏👏"),
    ("Ana", "what is the statue made of?"),
    ("王芳", "博物馆周一开门吗"),
    ("Léa", "Est-ce que le musée est ouvert le dimanche"),
    ("Ben", "wow that is gorgeous"),
    ("Chen", "怎么修复这幅画"),
    ("Noor", "can we see the back of the sculpture?"),
    ("Hugo", "magnifique 😍"),
    ("Tom", "how old is this painting??"),
    ("Priya", "who painted this one"),
    ("Zoé", "Combien de temps pour la restaurer ?"),
    ("刘洋", "太美了"),
    ("Kai", "lol"),
    ("Inès", "Quel âge a ce vase ?"),
)
MEAN_GAP_S = 2.0  # a lively but readable chat


class DemoChat:
    """Messages due by a given time, about one every :data:`MEAN_GAP_S` seconds."""

    def __init__(self, start: float, seed: int = 7, label: str = "demo-chat") -> None:
        self._random = random.Random(seed)
        self._next_at = start
        self._index = 0
        self.label = label

    def due(self, now: float) -> list[ChatMessage]:
        said: list[ChatMessage] = []
        while self._next_at <= now and len(said) < 100:  # a clock that jumped a day does not flood
            author, text = LINES[self._index % len(LINES)]
            message = chat_message("demo", self.label, author, text, self._next_at, f"demo-{self._index}")
            if message is not None:
                said.append(message)
            self._index += 1
            self._next_at += self._random.uniform(0.3, 2 * MEAN_GAP_S - 0.3)
        if self._next_at <= now:
            self._next_at = now + MEAN_GAP_S
        return said
