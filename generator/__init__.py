"""sdkgen: a schema-driven SDK generator (spec -> IR -> per-language emitters -> templates)."""
