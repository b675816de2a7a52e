"""The local job description (lokal arbetsbeskrivning): one per placement, written together and revised.

- `template`: the workspace's section template (built-in sections by stable key, added, renamed, reordered, removed);
- `content`: a job description's content (sections, the task list), its hash, and its Markdown form;
- `draft`: starting a job description from the template, the draft's sections and tasks, autosave with a version
  counter (a stale editor is refused, never silently overwritten), the next review date;
- `revisions`: immutable numbered revisions, sign-off by the unit manager and the peer supporter, the agreed version;
- `pins`: personal PINs for signing (salted scrypt hashes);
- `diff`: comparing two versions per section, word by word (difflib).
"""
