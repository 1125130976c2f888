# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .class_ import AsyncClass as AsyncClass
from .class_ import Class as Class
from .models import AsyncModels as AsyncModels
from .models import Models as Models
