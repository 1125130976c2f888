# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .batches import AsyncBatches as AsyncBatches
from .batches import Batches as Batches
from .messages import AsyncMessages as AsyncMessages
from .messages import Messages as Messages
