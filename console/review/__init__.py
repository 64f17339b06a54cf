"""Review mode's service: past sessions read on a worker with a connection of its own, and their exports."""
