"""Mutation testing of the modules that carry the README's promises (``make mutate``)."""
