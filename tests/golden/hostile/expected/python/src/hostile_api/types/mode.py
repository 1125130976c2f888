# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, TypeAlias

__all__ = [
    "Mode",
]

Mode: TypeAlias = Literal[
    'a"b', "${dollar}", "{{ brace }}", "back\\slash", "🦦 otter", "line\u2028break", "rtl\u202eevil"
]
"""*/ panic("PWNED") /* and \"\"" too \\ // +build ignore Any other string is accepted too (an open
enum)."""
