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


def test_ministry_word_stays_in_the_role_and_the_country_is_implied(nlp):
    assert ("Joachim Brudziński", "interior minister", "Poland") in roles(
        nlp, "Five girls died in a fire in Poland. Interior Minister Joachim Brudziński ordered checks across Poland.")


def test_two_titles_in_a_row_are_two_roles_and_of_gives_the_org(nlp):
    found = roles(nlp, '"They are integrated into the lives of the community," said study co-author Professor Carl Lipo '
                       "of Binghamton University.")
    assert {("Carl Lipo", "co-author", ""), ("Carl Lipo", "professor", "Binghamton University")} <= found


def test_secretary_of_state_keeps_its_of_and_the_org_before_it(nlp):
    assert ("Mike Pompeo", "secretary of state", "United States") in roles(
        nlp, "The claim came in a tweet on Monday by US Secretary of State Mike Pompeo.")


def test_organisation_named_before_the_role(nlp):
    assert ("Monika Kosiec", "press officer", "Police") in roles(
        nlp, "Police press officer Monika Kosiec stated police believe him to be aged 25.")
