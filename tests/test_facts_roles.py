"""Roles: person · role · org from titles before a name, appositives and possessives."""

from __future__ import annotations

from extract.entities import find_mentions
from extract.roles import extract_roles


def roles(nlp, text):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    return {(f.fields["person"], f.fields["role"], f.fields["org"]) for f in extract_roles(doc, mentions)}


def test_pre_modifier_with_nationality(nlp):
    assert ("Kyriakos Mitsotakis", "prime minister", "Greece") in roles(
        nlp, "Greek prime minister Kyriakos Mitsotakis visited Athens on Monday.")


def test_possessive_org(nlp):
    assert ("Nasser Bourita", "foreign minister", "Morocco") in roles(
        nlp, "Morocco's foreign minister Nasser Bourita spoke in Rabat.")


def test_appositive(nlp):
    found = roles(nlp, "The fire started at night, said Tomasz Kubiak, a fire service spokesman, on Saturday.")
    assert {("Tomasz Kubiak", "spokesman")} == {(person, role) for person, role, _ in found}


def test_party_labels_are_not_roles(nlp):
    assert set() == roles(nlp, "Republican Kevin McCarthy received 192 votes.")
