# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .books import AsyncBooks as AsyncBooks
from .books import Books as Books
from .reviews.reviews import AsyncReviews as AsyncReviews
from .reviews.reviews import Reviews as Reviews
