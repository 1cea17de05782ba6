"""SPARQL, lookup, the networkx projection and analytics over the built graph."""
