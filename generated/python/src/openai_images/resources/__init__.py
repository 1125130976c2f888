# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .images import AsyncImages as AsyncImages
from .images import Images as Images
