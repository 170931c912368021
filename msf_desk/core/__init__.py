"""The rules of MSF Desk: plain Python, no Qt, no SQL text, no printing.

Core imports the records from msf_desk.model and reads and writes through msf_desk.store,
at the top of each file. What each audience may read lives in core.audience.
"""
