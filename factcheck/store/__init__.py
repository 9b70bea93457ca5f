"""The claims database: models, connection set-up, migrations, writes and queries.

Knows nothing of Textual; everything that touches the database takes a ``Session``.
"""
