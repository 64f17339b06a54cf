"""The audience's questions: a compact pane the producer pins one from, and the pinned one shown to the guide.

The pane lists the board newest first (author, platform, age, how often asked) with one line per chat source
saying whether it reads; a click pins a question, a second click on the pinned one unpins it. Nothing here
takes the keyboard focus: the clicker's keys always reach the show. The list is rebuilt at most four times a
second, however fast the chat runs, and holds what the board holds (a bounded history).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.audience.chat_feed import ChatFeed, ChatStatus
from console.audience.platforms import YOUTUBE_DAILY_QUOTA
from console.live.questions import QuestionDesk
from console.show.durations import format_duration
from console.show.questions import Question
from console.translation import translated
from console.ui import theme
from console.ui.languages import number

REBUILD_MS = 250
AGE_TICK_MS = 15_000
PLATFORM_NAMES = {
    "youtube": str(QT_TRANSLATE_NOOP("QuestionsPane", "YouTube")),
    "twitch": str(QT_TRANSLATE_NOOP("QuestionsPane", "Twitch")),
    "demo": str(QT_TRANSLATE_NOOP("QuestionsPane", "DEMO")),
}
STATE_WORDS = {
    "connecting": str(QT_TRANSLATE_NOOP("QuestionsPane", "connecting")),
    "live": str(QT_TRANSLATE_NOOP("QuestionsPane", "reading")),
    "waiting": str(QT_TRANSLATE_NOOP("QuestionsPane", "waiting")),
    "ended": str(QT_TRANSLATE_NOOP("QuestionsPane", "ended")),
    "disabled": str(QT_TRANSLATE_NOOP("QuestionsPane", "chat disabled")),
    "error": str(QT_TRANSLATE_NOOP("QuestionsPane", "no answer")),
    "quota": str(QT_TRANSLATE_NOOP("QuestionsPane", "quota")),
}


def platform_name(platform: str) -> str:
    return QCoreApplication.translate("QuestionsPane", PLATFORM_NAMES.get(platform, platform))


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionsPane", text)


class QuestionsPane(QFrame):
    def __init__(self, desk: QuestionDesk, feed: ChatFeed | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPane")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.desk, self.feed = desk, feed
        self.title = QLabel(self.tr("Questions"))
        self.title.setObjectName("paneTitle")
        self.counts = QLabel("")
        self.counts.setObjectName("questionsCounts")
        self.counts.setWordWrap(True)  # a narrow column (1280x720) must not be widened by it
        self.sources = QLabel("")
        self.sources.setObjectName("questionsSources")
        self.sources.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("questionsList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._clicked)
        self.unpin = QPushButton(self.tr("Unpin"))
        self.dismiss = QPushButton(self.tr("Dismiss pinned"))
        for button in (self.unpin, self.dismiss):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unpin.clicked.connect(desk.unpin)
        self.dismiss.clicked.connect(self._dismiss_pinned)
        head = QHBoxLayout()
        head.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        head.addStretch(1)
        head.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        # One above the other: side by side they were wider than the feeds column at 1280x720 in French.
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.unpin, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.sources)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._rebuild = QTimer(self, singleShot=True, interval=REBUILD_MS)
        self._rebuild.timeout.connect(self.refresh)
        self._ages = QTimer(self, interval=AGE_TICK_MS)
        self._ages.timeout.connect(self.refresh)
        self._ages.start()
        desk.changed.connect(self._rebuild.start)
        if feed is not None:
            feed.status.connect(self._show_sources)
        self._show_sources()
        self.refresh()

    def _show_sources(self, _status: ChatStatus | None = None) -> None:
        if self.feed is None:
            self.sources.setText(self.tr("No chat source: see the README, 'Audience questions'."))
            return
        lines = []
        for status in self.feed.statuses():
            state = _tr(STATE_WORDS.get(status.state, status.state))
            if status.state == "live" and status.next_s is not None:
                state = self.tr("reading every {seconds:.0f} s").format(seconds=status.next_s)
            reason = f" — {translated(status.reason)}" if status.reason else ""
            lines.append(f"{status.label}: {state}{reason}")
        if self.feed.has_youtube:
            units = self.feed.quota.today(self.desk.clock())
            lines.append(
                self.tr("YouTube quota today: {units} of {quota} units").format(
                    units=number(units), quota=number(YOUTUBE_DAILY_QUOTA)
                )
            )
        self.sources.setText("\n".join(lines))
        theme.set_state(
            self.sources, "tone", "warn" if any(s.state != "live" for s in self.feed.statuses()) else "dim"
        )

    def refresh(self) -> None:
        board = self.desk.board
        self.counts.setText(
            self.tr("%n question(s)", "", board.questions_seen)
            + " · "
            + self.tr("%n message(s)", "", board.chat_seen)
        )
        now = self.desk.clock()
        shown = [q for q in board if q.state in ("new", "picked")]
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for question in shown:
            item = QListWidgetItem(self.line(question, now))
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            if question.state == "picked":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)
        pinned = self.desk.pinned is not None
        self.unpin.setEnabled(pinned)
        self.dismiss.setEnabled(pinned)

    def line(self, question: Question, now: float) -> str:
        age = format_duration(max(0.0, now - question.message.at))
        count = f" · ×{number(question.count)}" if question.count > 1 else ""
        pin = "★ " if question.state == "picked" else ""  # 📌 is a missing glyph without an emoji font
        head = f"{pin}{question.message.author} · {platform_name(question.message.platform)} · {age}{count}"
        return f"{head}\n{question.message.text}"

    def _clicked(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole)
        pinned = self.desk.pinned
        if pinned is not None and pinned.id == question_id:
            self.desk.unpin()
        else:
            self.desk.pin(int(question_id))

    def _dismiss_pinned(self) -> None:
        pinned = self.desk.pinned
        if pinned is not None:
            self.desk.dismiss(pinned.id)


def pinned_text(question: Question | None) -> str:
    """'Question from Li Wei, YouTube: …' (empty when nothing is pinned), for the guide and the stage."""
    if question is None:
        return ""
    said = QCoreApplication.translate("QuestionsPane", "Question from {author}, {platform}: {text}")
    return said.format(
        author=question.message.author,
        platform=platform_name(question.message.platform),
        text=question.message.text,
    )


class PinnedQuestion(QLabel):
    """The pinned question, large, under the talking points; hidden when none. Q answers it."""

    def __init__(self, desk: QuestionDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinnedQuestion")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextFormat(Qt.TextFormat.PlainText)
        desk.pinned_changed.connect(self.show_question)
        self.show_question(desk.pinned)

    def show_question(self, question: Question | None) -> None:
        self.setText(pinned_text(question))
        self.setVisible(question is not None)
