"""Pure logic behind the portal's MkDocs hooks: parsers, validators and renderers.

Hook files in ``hooks/`` are thin MkDocs entry points; everything they do is implemented here so
tests can call it directly.
"""
