"""Roles: person · role · org from titles before a name, appositives and possessives."""

from __future__ import annotations

import pytest

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


def test_title_set_off_by_a_comma_before_the_name(nlp):
    found = roles(nlp, "The Vice President, Mike Pence, said on Friday the United States is in crisis. "
                       "Congress and the White House disagree.")
    assert ("Mike Pence", "vice president", "United States") in found


def test_possessor_of_the_office_is_its_org(nlp):
    found = roles(nlp, "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible.")
    assert ("Steffen Seibert", "spokesperson", "Angela Merkel") in found


def test_title_shared_by_a_list_of_names(nlp):
    found = roles(nlp, "It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue "
                       "of Georgia, among others.")
    assert {("Marco Rubio", "senator", "Florida"), ("Mike Lee", "senator", "Utah"),
            ("David Perdue", "senator", "Georgia")} <= found


def test_mayor_takes_the_city_of_the_story_and_the_place_of_an_of_phrase(nlp):
    assert ("John Tory", "mayor", "Toronto") in roles(
        nlp, "Police in Toronto searched the ravine. Toronto residents gathered. Mayor John Tory asked for a review.")
    assert ("Paweł Adamowicz", "mayor", "Gdańsk") in roles(
        nlp, "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed on stage.")
    assert ("Piotr Jedlinski", "mayor", "Koszalin") in roles(
        nlp, "The city closed the rooms. Mayor of Koszalin Piotr Jedlinski has declared a day of mourning.")


def test_state_office_takes_the_state_of_the_story(nlp):
    assert ("Selena Torres", "assemblywoman", "Nevada") in roles(
        nlp, "Nevada became the first state with a majority-female legislature. Assemblywoman Selena Torres was sworn "
             "in at the Nevada Legislature.")


def test_kind_of_office_stays_in_the_role_but_judgements_do_not(nlp):
    assert ("Tim Gunn", "fashion designer", "") in roles(nlp, "Guests included fashion designer Tim Gunn.")
    assert ("Zalmay Khalilzad", "peace envoy", "United States") in roles(
        nlp, "The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.")
    assert {role for _, role, _ in roles(nlp, "The case was argued by prominent lawyer Howard Rubel.")} == {"lawyer"}


def test_us_politics_makes_the_president_american_even_when_another_country_is_named_more(nlp):
    found = roles(nlp, "Mexico was mentioned. President Donald Trump spoke to Congress about the "
                       "border with Mexico, and Republicans in the Senate agreed.")
    assert ("Donald Trump", "president", "United States") in found


def test_the_y_of_z_before_the_name_when_the_model_drops_the_first_name(nlp):
    found = roles(nlp, "The protesters marched to Parliament. The mayor of London, Sadiq Khan, tweeted, \"Here in "
                       "London, thousands of people have come together.\"")
    assert {("mayor", "London")} == {(role, org) for _, role, org in found}


def test_appositive_office_keeps_its_of_and_takes_the_place_after_for(nlp):
    found = roles(nlp, "Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto "
                       "Rico. Ricardo Llerandi, Rosselló's chief of staff, also resigned.")
    assert ("Wanda Vázquez Garced", "secretary of justice", "Puerto Rico") in found
    assert "chief of staff" in {role for person, role, _ in found if person == "Ricardo Llerandi"}


def test_us_cabinet_titles_serve_the_united_states_in_a_story_about_congress(nlp):
    found = roles(nlp, "The United States House of Representatives voted to hold Commerce Secretary Wilbur Ross "
                       "and Attorney General William Barr in contempt of Congress.")
    assert {("Wilbur Ross", "commerce secretary", "United States"),
            ("William Barr", "attorney general", "United States")} <= found


def test_a_later_bare_title_keeps_the_country_given_earlier(nlp):
    found = roles(nlp, "The Turkish President Recep Tayyip Erdoğan pledged to convert the museum. Israel and Israeli "
                       "officials in Israel objected, and Israel said so. President Recep Tayyip Erdoğan insisted.")
    assert {org for person, role, org in found if role == "president"} == {"Turkey"}


def test_the_place_after_the_name_belongs_to_the_title_next_to_it(nlp):
    found = roles(nlp, "At the opening of the summit, AU chairperson President Abdel Fattah el-Sisi of Egypt said "
                       "trade would grow.")
    assert ("president", "Egypt") in {(role, org) for _, role, org in found}
    assert "chairperson" in {role for _, role, _ in found}


@pytest.mark.parametrize("text, triple", [
    # a day before the title is not part of the country
    ("This Wednesday Greek Foreign Minister George Katrougalos emphasized the requirement of approval.",
     ("George Katrougalos", "foreign minister", "Greece")),
    # "spokeswoman for" the body after a possessive
    ("Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply criticized the decision.",
     ("Kerri Kupec", "spokeswoman", "Department of Justice")),
    # "the President of the United States" right before the name
    ("Erdoğan attacked the proclamation by the President of the United States Donald Trump, made on Monday.",
     ("Donald Trump", "president", "United States")),
    # a department word after 'of' stays in the body's name
    ("Florida Department of Transportation official Troy Roberts said the road was closed.",
     ("Troy Roberts", "official", "Florida Department of Transportation")),
])
def test_org_named_around_the_title(nlp, text, triple):
    assert triple in roles(nlp, text)


def test_copular_roles_after_is_and_who_is(nlp):
    found = roles(nlp, "Maria Lopez is the mayor of Springfield. John Smith, who is the director of the Springfield "
                       "Museum, said nothing.")
    assert {("Maria Lopez", "mayor", "Springfield"), ("John Smith", "director", "Springfield Museum")} <= found
