from peerdesk.cli import run

run()
