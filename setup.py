"""Which files go into the package (the project's metadata is in pyproject.toml).

The shipped resources (fonts and their licence, the icon, the desktop entry) live in the
top-level resources/ folder of the repository and install as the package
`msf_desk.resources`, so a wheel, an editable install and a PyInstaller build all carry
them; msf_desk/paths.py finds them. resources/docs (README pictures) is not shipped.
"""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["msf_desk", "msf_desk.*"]) + ["msf_desk.resources"],
    package_dir={"msf_desk.resources": "resources"},
    package_data={
        "msf_desk.resources": [
            "fonts/*",
            "icons/*",
            "icons/hicolor/*/apps/*",
            "translations/*",
            "linux/*",
            "windows/*",
        ],
    },
)
