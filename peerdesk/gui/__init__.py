"""PeerDesk's graphical interface: everything that imports PySide6 lives here and calls the Qt-free domain."""
