# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .circle import Circle as Circle
from .color import Color as Color
from .drawing import Drawing as Drawing
from .drawing_create_params import DrawingCreateParams as DrawingCreateParams
from .point import Point as Point
from .polygon import Polygon as Polygon
from .shape import Shape as Shape
