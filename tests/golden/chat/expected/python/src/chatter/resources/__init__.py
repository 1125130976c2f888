# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .messages.messages import AsyncMessages as AsyncMessages
from .messages.messages import Messages as Messages
from .models import AsyncModels as AsyncModels
from .models import Models as Models
