"""The files MSF Desk ships (fonts, icon, desktop entry), installed as `msf_desk.resources`.

Read them through msf_desk.paths.resources_dir(), which works from a source checkout,
an installed wheel and a PyInstaller build alike.
"""
