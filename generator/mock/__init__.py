"""A mock server that serves any spec from its IR: see :mod:`generator.mock.server`."""
