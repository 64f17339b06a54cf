"""The show-control server: HTTP and WebSocket on its own asyncio loop in its own thread.

``token`` keeps the one secret; ``state`` and ``actions`` run on the GUI thread (snapshots and the action
registry); ``server`` is the aiohttp side, which never touches widgets or the database; ``service`` joins
them with queued signals. ``client`` is what ``cicerone remote`` speaks with.
"""
