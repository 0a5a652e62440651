"""Places: the offline place index (build, load, lookup), context rules and the places stage.

``rasad.gazetteer.stage:Places`` is the pipeline stage; ``rasad.gazetteer.index.default_index()``
the packaged index (loaded once per process); ``rasad.gazetteer.build`` the index builder behind
``rasad gazetteer build``. Knowledge lives in ``rasad/resources/gazetteer/`` as TSV/YAML.
"""
