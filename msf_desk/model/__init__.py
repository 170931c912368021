"""The ground floor: the record dataclasses and their label tables, errors, dates and the
pure date arithmetic. Nothing here imports anything else of ours, reads a database or draws."""
