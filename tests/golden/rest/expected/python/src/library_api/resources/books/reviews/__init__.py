# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .reviews import AsyncReviews as AsyncReviews
from .reviews import Reviews as Reviews
from .votes import AsyncVotes as AsyncVotes
from .votes import Votes as Votes
