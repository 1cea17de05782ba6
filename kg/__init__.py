"""kg: knowledge graphs from Chinese policy texts.

    >>> import kg
    >>> report = kg.build("corpus", out="exports")
    >>> report = kg.build("corpus", out="exports", extractor=kg.ExtractorOptions(crf=True))
    >>> g = kg.Graph.open("exports")
    >>> g.lookup("工信部")
"""
__version__ = "0.1.0"


def __getattr__(name):  # lazy: keep `import kg` (and `kg --help`) fast
    if name in ("build", "Graph"):
        from kg import api

        return getattr(api, name)
    if name in ("ExtractorOptions", "DEFAULT_EXTRACTOR", "RULES_ONLY"):  # the `extractor` of build, extract, evaluate
        from kg import options

        return getattr(options, name)
    raise AttributeError(name)
