# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .drawings import AsyncDrawings as AsyncDrawings
from .drawings import Drawings as Drawings
from .trees import AsyncTrees as AsyncTrees
from .trees import Trees as Trees
