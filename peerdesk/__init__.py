"""PeerDesk: introduction, job description and activity log for a peer supporter's placement."""

__version__ = "0.1.0"
