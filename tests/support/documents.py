"""A made-up document written to a folder, ingested as a user's file would be and extracted whole."""
from kg.extract.core import extract_document
from kg.ingest import load_corpus


def extract_file(folder, text, name="doc.txt"):
    """(document, extraction) of TEXT saved as FOLDER/NAME, the folder's only file."""
    (folder / name).write_text(text, encoding="utf-8")
    (doc,) = load_corpus(folder)
    return doc, extract_document(doc)
