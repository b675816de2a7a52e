"""What the users say: an anonymous paper survey, kept only as totals.

`statements.py` holds the workspace's statements for the next round (built-in ones from
`resources/templates/survey_statements.json` by key, or the unit's own wording); `rounds.py` the survey rounds, each
with its own copy of the statements it was printed with, and the tally typed from the returned sheets (counts per
answer; a sheet itself is never stored); `results.py` the shares, the comparison of two rounds and the small-number
rule; `questionnaire.py` and `report.py` print the blank questionnaire and a round's results; `followup.py` is the
follow-up pack's section; `demo.py` fills the demo workspace's rounds.
"""
