"""The app's side of sync (DESIGN.md §5): engine, transport, backoff, enrolment. No Qt.

The engine talks to the vault only through :class:`domain.syncstore.SyncStore`, and to the
server only through :class:`sync.client.transport.Transport`.
"""
