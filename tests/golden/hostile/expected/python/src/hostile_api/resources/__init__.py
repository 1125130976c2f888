# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .things import AsyncThings as AsyncThings
from .things import Things as Things
