"""Which files go into the package (the project's metadata is in pyproject.toml).

The shipped resources (fonts and their licences, the icon, the desktop entry) live in the
top-level resources/ folder of the repository and install as the package
`msf_desk.resources` (each folder in it a data package), so a wheel, an editable install and
a PyInstaller build all carry them; msf_desk/paths.py finds them. resources/docs (the
README's pictures) is not shipped. .ci/check_wheel.py fails if the wheel misses a file.
"""
from setuptools import find_namespace_packages, find_packages, setup

resource_packages = ["msf_desk.resources"] + [
    f"msf_desk.resources.{name}"
    for name in find_namespace_packages(where="resources", exclude=["docs", "docs.*", "__pycache__"])
]

setup(
    packages=find_packages(include=["msf_desk", "msf_desk.*"]) + resource_packages,
    package_dir={"msf_desk.resources": "resources"},
    # Every file in each resource folder: a font or licence added there ships as it is.
    package_data={name: ["*"] for name in resource_packages},
)
