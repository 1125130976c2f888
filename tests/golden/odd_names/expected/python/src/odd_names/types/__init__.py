# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .class_ import class_ as class_
from .either import Either as Either
from .foo_bar import FooBar as FooBar
from .foo_bar_2 import Foo_Bar as Foo_Bar
from .klass_delete_params import KlassDeleteParams as KlassDeleteParams
from .klass_import_params import KlassImportParams as KlassImportParams
from .none import None_ as None_
from .type import type_ as type_
