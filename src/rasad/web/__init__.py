"""``rasad serve``: the JSON API and the web map over an event store.

``from rasad.web.app import create_app`` needs the ``web`` extra (FastAPI, uvicorn); importing
``rasad`` alone never loads it.
"""
