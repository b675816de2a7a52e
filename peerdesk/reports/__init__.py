"""PDF reports (reportlab): `document` is the frame every report shares, `parts` its tables and charts, and
`suppression` keeps small groups from being singled out in reports that leave the unit."""
