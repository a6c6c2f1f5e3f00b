"""The JSON API: views over the store and the analyses (``queries``, ``analysis``), their routes, parameters,
schemas, auth and the one error shape (docs/api.md).

``seismo.server.create_app`` mounts these routes and the dashboard (``seismo.web``, built on these views) on
one FastAPI app; ``seismo serve`` runs it.
"""
