"""The wheel's layout (everything else is in pyproject.toml).

Every package under ``generator/`` is found, so a new emitter needs no entry here. ``templates/``
is installed as the package ``sdkgen_templates`` (every file under it, plus an ``__init__.py``
written at build time, so it is a regular package and templates/ itself holds templates only);
``generator.emitters.base.builtin_templates()`` reads it when the generator runs from an install.
"""

from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            init = Path(self.build_lib) / "sdkgen_templates" / "__init__.py"
            init.write_text('"""The built-in templates of sdkgen (templates/ in its repository)."""\n', encoding="utf-8")


setup(
    packages=[*find_packages(include=["generator", "generator.*"]), "sdkgen_templates"],
    package_dir={"sdkgen_templates": "templates"},
    package_data={"generator": ["schema/*.json", "emitters/typescript/biome.json"], "sdkgen_templates": ["**/*"]},
    include_package_data=False,
    cmdclass={"build_py": BuildPy},
)
