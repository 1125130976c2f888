from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The golden cases' generated test suites run against their own mock servers (test_sdk_e2e.py),
# not as part of this collection.
collect_ignore = ["golden"]
