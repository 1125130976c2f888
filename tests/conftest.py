from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Every golden case (tests/golden/<case>/spec.yaml): each one's SDKs are compiled and run end to end.
GOLDEN_CASES = sorted(p.parent.name for p in (ROOT / "tests" / "golden").glob("*/spec.yaml"))

# Tests generate with a format cache of their own, empty at the start of the session, so they check
# the cold path (what a fresh machine produces), not entries a developer's earlier runs left behind.
if "SDKGEN_TEST_KEEP_CACHE" not in os.environ:
    os.environ["SDKGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="sdkgen-test-cache-")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The golden cases' generated test suites run against their own mock servers (test_sdk_e2e.py),
# not as part of this collection.
collect_ignore = ["golden"]
