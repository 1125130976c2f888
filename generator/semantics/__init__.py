"""What a spec means for concrete values, shared by the mock server and the planning layer.

``checker`` evaluates params against types, bounds and rules (the mock answers 400 with it);
``samples`` picks example values (mock responses, valid requests, rule violations). Emitters never
import this package: they read what the planning layer built from it.
"""
