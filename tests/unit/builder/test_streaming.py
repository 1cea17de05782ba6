"""A build's graph streamed into the store (kg.graph.store.NewGeneration):
the same kg.ttl and store as the whole list written at once, whatever the
block size, with the ontology's blank nodes kept whole; what a build stores
early (the documents' metadata) is stored once and written in its place; a
failure keeps the previous graph."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

import kg.graph.store as st
from kg.graph.rdf import build_rdf, document_triples, ontology_triples, resolved_graph
from kg.graph.store import NewGeneration, open_store, write_build
from support.records import sample_graph_input


def graph_list() -> list[ox.Triple]:
    return ontology_triples() + build_rdf(*sample_graph_input()).triples


def without_blank_nodes(store: ox.Store) -> set[ox.Quad]:
    return {q for q in store if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}


def blank_nodes(store: ox.Store) -> int:
    return len({t for q in store for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)})


def test_resolved_graph_makes_build_rdfs_triples_in_the_same_order():
    docs, exs, entities = sample_graph_input()
    graph = resolved_graph(docs, exs, entities)
    listed = build_rdf(docs, exs, entities)
    assert list(graph.triples()) == listed.triples
    assert list(document_triples(docs)) + list(graph.triples(documents=False)) == listed.triples
    assert (graph.entities_by_type, graph.relations_by_type) == (listed.entities_by_type, listed.relations_by_type)


@pytest.mark.slow  # many tiny store loads, each synced to disk: 2-10 s on a loaded host
def test_small_blocks_from_an_iterator_give_the_graph_of_the_list(tmp_path, monkeypatch):
    whole = write_build(tmp_path / "whole", graph_list(), {"counts": {"triples": 0}})
    monkeypatch.setattr(st, "LOAD_BLOCK_TRIPLES", 7)  # many blocks, OWL lists among them
    streamed = write_build(tmp_path / "streamed", iter(graph_list()), {"counts": {"triples": 0}})
    assert streamed == whole == len(set(graph_list()))
    assert (tmp_path / "streamed" / "kg.ttl").read_bytes() == (tmp_path / "whole" / "kg.ttl").read_bytes()
    a, b = open_store(tmp_path / "whole"), open_store(tmp_path / "streamed")
    assert without_blank_nodes(b) == without_blank_nodes(a)
    # one node per OWL list member, not one per block it was cut into
    assert blank_nodes(b) == blank_nodes(a) > 0


@pytest.mark.slow  # many tiny store loads, each synced to disk: 2-10 s on a loaded host
def test_triples_stored_early_are_stored_once_and_written_in_their_place(tmp_path, monkeypatch):
    monkeypatch.setattr(st, "LOAD_BLOCK_TRIPLES", 5)
    monkeypatch.setattr(st, "FIRST_BLOCK_TRIPLES", 3)  # stored before `write`, block by block
    docs, exs, entities = sample_graph_input()
    graph = resolved_graph(docs, exs, entities)
    out = tmp_path / "early"
    with NewGeneration(out) as generation:
        for d in docs:  # as a build does, file by file while workers extract
            generation.load(document_triples([d]))
        assert (generation.tmp / "store").is_dir()
        generation.write([(ontology_triples(), False), (document_triples(docs), True),
                          (graph.triples(documents=False), False)])
        stored = generation.commit({"counts": {"triples": 0}})
    whole = write_build(tmp_path / "whole", graph_list(), {"counts": {"triples": 0}})
    assert stored == whole
    assert (out / "kg.ttl").read_bytes() == (tmp_path / "whole" / "kg.ttl").read_bytes()
    assert '"triples": %d' % stored in (out / "manifest.json").read_text(encoding="utf-8")


@pytest.mark.slow  # many tiny store loads, each synced to disk: 2-10 s on a loaded host
def test_a_failure_while_streaming_keeps_the_previous_graph_and_no_temp_files(tmp_path, monkeypatch):
    out = tmp_path / "out"
    old = write_build(out, ontology_triples(), {"counts": {"triples": 0}})
    monkeypatch.setattr(st, "LOAD_BLOCK_TRIPLES", 3)

    def failing():
        yield from graph_list()[:50]  # some blocks loaded already
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_build(out, failing(), {"counts": {"triples": 0}})
    assert len(open_store(out)) == old
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name]
    assert [p.name for p in out.glob("gen-*")] == [st.current_generation(out)]
