"""The camera preview's engine: the only package that imports ``vlc``.

- :mod:`console.camera.libvlc` loads python-vlc safely and says what to install when libvlc is missing;
- :mod:`console.camera.frames` holds the buffers libvlc decodes into (its threads touch nothing else);
- :mod:`console.camera.watch` decides fresh / stale / lost from frame arrival times alone;
- :mod:`console.camera.player` drives one libvlc player on the GUI thread and reconnects by itself;
- :mod:`console.camera.sources` turns what a user types or plugs in into MRLs;
- :mod:`console.camera.probe` opens a source headless for ``cicerone camera probe``.

Importing this package does not import ``vlc``: only :func:`console.camera.libvlc.load_vlc` does.
"""
