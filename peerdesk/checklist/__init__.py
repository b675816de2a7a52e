"""The introduction checklist: what must happen before and after a peer supporter starts, owned by named parties.

`builtin.py` loads the built-in template (one file per language, the same keys in each); `items.py` holds a
placement's items, their queries and the operations on them (each returning a Change with its undo); `own_template.py`
keeps a unit's own template for the next placement; `text.py` says items and their history in words (command line,
reports); `demo.py` fills the demo workspace's checklists.
"""
