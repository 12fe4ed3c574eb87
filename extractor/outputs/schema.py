"""The JSON Schema of `jixiao check --format json`, generated from the pydantic models, so the
documented shape (docs/check-result.schema.json) is the shape the code writes.

    python -m extractor.outputs.schema > docs/check-result.schema.json
"""

from __future__ import annotations

import json

from extractor.model import CheckResult

SCHEMA_ID = "https://jixiao.invalid/check-result.schema.json"  # a name, not a place to fetch


def json_schema() -> dict:
    """CheckResult as serialised (Decimals as strings, computed `counts` included, the kept
    Document excluded)."""
    schema = CheckResult.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
