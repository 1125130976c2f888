# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .authors import AsyncAuthors as AsyncAuthors
from .authors import Authors as Authors
from .books.books import AsyncBooks as AsyncBooks
from .books.books import Books as Books
from .feed import AsyncFeed as AsyncFeed
from .feed import Feed as Feed
