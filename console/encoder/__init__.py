"""The encoder's own word on the broadcast: OBS Studio over obs-websocket v5 (source, protocol, health in
plain Python; the client on the network loop thread; the Qt monitor that hands readings to the window)."""
