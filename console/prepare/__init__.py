"""Prepare's service, below its widgets: the tour being edited (written to SQLite first), its undo
commands, and the queue that runs slow jobs off the GUI thread. Widgets in ``console/ui/prepare`` talk to
these and never to the store, as the live view talks to ``console/live``."""
