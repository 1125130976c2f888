"""Generated SDKs speak of the spec's API: nothing of another vendor leaks into the output of a spec
that is not the Images API (runtime comments, READMEs, doc comments, package metadata)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

OTHER_APIS = ["rest", "chat", "nested", "odd_names", "hostile"]
FOREIGN = re.compile(r"openai|dall-e|gpt-image|chatgpt", re.IGNORECASE)


@pytest.mark.parametrize("case", OTHER_APIS)
def test_no_word_of_openai_in_another_apis_sdks(case: str) -> None:
    expected = ROOT / "tests" / "golden" / case / "expected"
    spec = (ROOT / "tests" / "golden" / case / "spec.yaml").read_text(encoding="utf-8")
    assert not FOREIGN.search(spec), "the case's spec itself must not name the Images API"
    found = []
    for path in sorted(p for p in expected.rglob("*") if p.is_file() and ".mypy_cache" not in p.parts):
        text = path.read_text(encoding="utf-8", errors="replace")
        for n, line in enumerate(text.splitlines(), 1):
            if FOREIGN.search(line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:120]}")
    assert not found, "output of another API names OpenAI:\n" + "\n".join(found[:30])


def test_the_rest_readmes_speak_of_the_library_api() -> None:
    for lang in ("python", "go"):
        readme = (ROOT / "tests" / "golden" / "rest" / "expected" / lang / "README.md").read_text(encoding="utf-8")
        assert "Library" in readme, f"{lang} README does not name the spec's API"
        assert not re.search(r"\bimages?\b", readme, re.IGNORECASE), f"{lang} README speaks of images"


def test_package_metadata_comes_from_the_specs_info() -> None:
    import tomllib

    rest = ROOT / "tests" / "golden" / "rest" / "expected"
    project = tomllib.loads((rest / "python" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == {"text": "MIT"}
    assert project["authors"] == [{"name": "Library Team", "email": "team@library.example"}, {"name": "Jane Doe"}]
    assert project["urls"] == {"Homepage": "https://library.example", "Repository": "https://git.library.example/sdk"}
    doc = (rest / "go" / "client.go").read_text(encoding="utf-8")
    assert "// License: MIT.\n// Homepage: https://library.example\n" in doc
    for lang in ("python", "go"):
        assert "License: MIT." in (rest / lang / "README.md").read_text(encoding="utf-8")
