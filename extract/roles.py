"""Finds who holds which office: person · role · org from titles before a name, appositives and possessives."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.bodies import one_body_of_kind
from extract.capitals import NATIONAL_CAPITALS
from extract.sentences import sentence_of, text_of
from extract.model import Fact, Mention

# Head words of offices and jobs; a title must contain one to be a role ("Republican" is a party, not a role).
ROLE_WORDS = {
    "minister", "president", "governor", "mayor", "senator", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "director", "director-general", "chief", "chancellor", "ambassador", "leader", "speaker",
    "chairman", "chairwoman", "chair", "ceo", "head", "commander", "general", "officer", "prosecutor", "judge",
    "king", "queen", "prince", "princess", "sultan", "emir", "sheikh", "pope", "bishop", "archbishop", "cardinal",
    "priest", "superintendent", "inspector", "commissioner", "representative", "congressman", "congresswoman",
    "assemblywoman", "assemblyman", "lawmaker", "legislator", "deputy", "premier", "envoy", "diplomat",
    "founder", "co-founder", "fellow", "editor", "correspondent", "reporter", "professor", "scientist", "researcher",
    "analyst", "lawyer", "attorney", "member", "councillor", "sheriff", "captain", "skipper", "colonel", "lieutenant",
    "sergeant", "manager", "executive", "designer", "drummer", "singer", "actor", "actress", "author",
    "writer", "publicist", "coach", "player", "candidate", "nominee", "vice-president", "adviser", "advisor",
    "coordinator", "administrator", "official", "physician", "doctor", "surgeon", "economist", "historian",
    "oceanographer", "astronaut", "agent", "chef", "pilot", "mp", "mep", "justice", "monarch", "ruler",
    "eyewitness", "witness", "journalist", "photojournalist", "producer", "ecologist", "biologist", "activist",
    "employee", "commandant", "admiral", "whip", "scholar", "spokesperson", "envoy", "negotiator", "aide",
    "chairperson",
    # More offices and jobs news writing puts before or after a name.
    "dean", "provost", "rector", "chancellor", "vice-chancellor", "lecturer", "student", "teacher", "principal",
    "broadcaster", "presenter", "host", "anchor", "commentator", "columnist", "critic", "photographer", "cameraman",
    "delegate", "legislator", "councilman", "councilwoman", "councilor", "alderman", "selectman", "magistrate",
    "consul", "attaché", "undersecretary", "under-secretary", "secretary-general", "governor-general",
    "commander-in-chief", "chief-of-staff", "marshal", "brigadier", "corporal", "detective",
    "constable", "ranger", "firefighter", "paramedic", "nurse", "engineer", "architect", "accountant", "banker",
    "economist", "investor", "entrepreneur", "owner", "operator", "proprietor", "president-elect", "treasurer",
    "auditor", "registrar", "clerk", "ombudsman", "regent", "viceroy", "mufti", "imam", "rabbi", "pastor",
    "reverend", "cleric", "chaplain", "monk", "nun", "vicar", "abbot", "patriarch", "metropolitan", "ayatollah",
    "emir", "duke", "duchess", "earl", "baron", "laird", "tsar", "shah",
    "executive", "vice-chairman", "superintendent", "curator", "librarian", "archivist", "conductor", "composer",
    "musician", "guitarist", "bassist", "vocalist", "rapper", "dancer", "comedian", "filmmaker", "director",
    "novelist", "poet", "playwright", "screenwriter", "artist", "painter", "sculptor", "athlete", "footballer",
    "cricketer", "striker", "goalkeeper", "midfielder", "defender", "quarterback", "boxer", "swimmer",
    "cyclist", "climber", "skier", "referee", "umpire", "trainer", "manager", "co-author", "author", "investigator",
    "detective", "coroner", "pathologist", "epidemiologist", "virologist", "geologist", "seismologist",
    "volcanologist", "physicist", "chemist", "astronomer", "meteorologist", "climatologist", "archaeologist",
    "anthropologist", "sociologist", "psychologist", "psychiatrist", "neurologist", "paleontologist",
    "palaeontologist", "zoologist", "botanist", "ornithologist", "entomologist", "mathematician", "statistician",
    "technician", "strategist", "consultant", "lobbyist", "campaigner", "organiser", "organizer", "volunteer",
    "spokesmen", "speechwriter", "secretary-treasurer", "intern", "apprentice", "juror", "supervisor", "mentor", "recruiter",
    "lyricist", "songwriter", "performer", "philanthropist", "personality", "protester", "protestor", "ruler",
    "dictator", "warlord", "militant", "commentator", "pundit", "blogger", "influencer", "vlogger", "emeritus",
    # students by their stage, and elders of a community or church ("an Ithaca College undergraduate", "Elder X")
    "undergraduate", "undergrad", "postgraduate", "elder",
    # offices one country has under their own name
    "taoiseach", "tánaiste", "tanaiste",
    # jobs of show business and fashion
    "model", "stylist", "showgirl", "stuntman", "stuntwoman", "choreographer",
}
# Offices that only one country has, so that they name their country wherever the story is set.
COUNTRY_OF_OFFICE = {"taoiseach": "Ireland", "tánaiste": "Ireland", "tanaiste": "Ireland",
                     # an office that names its body: a Member of the European Parliament sits in it, whatever country
                     "mep": "European Parliament"}
NATIONALITY = {
    "greek": "Greece", "moroccan": "Morocco", "russian": "Russia", "american": "United States", "us": "United States",
    "u.s.": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom", "german": "Germany", "french": "France",
    "british": "United Kingdom",
    "polish": "Poland", "iranian": "Iran", "thai": "Thailand", "chinese": "China", "iraqi": "Iraq",
    "turkish": "Turkey", "egyptian": "Egypt", "afghan": "Afghanistan", "filipino": "Philippines",
    "philippine": "Philippines", "indian": "India", "israeli": "Israel", "japanese": "Japan", "italian": "Italy",
    "spanish": "Spain", "canadian": "Canada", "mexican": "Mexico", "syrian": "Syria", "yemeni": "Yemen",
    "libyan": "Libya", "omani": "Oman", "saudi": "Saudi Arabia", "samoan": "Samoa", "australian": "Australia",
    "ukrainian": "Ukraine", "pakistani": "Pakistan", "indonesian": "Indonesia", "cuban": "Cuba",
    "venezuelan": "Venezuela", "brazilian": "Brazil", "korean": "Korea", "cypriot": "Cyprus",
    "palestinian": "Palestine", "lebanese": "Lebanon", "jordanian": "Jordan", "qatari": "Qatar",
    "emirati": "United Arab Emirates", "kenyan": "Kenya", "nigerian": "Nigeria", "ethiopian": "Ethiopia",
    "dutch": "Netherlands", "belgian": "Belgium", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "irish": "Ireland", "scottish": "Scotland", "austrian": "Austria", "swiss": "Switzerland",
    "portuguese": "Portugal", "hungarian": "Hungary", "czech": "Czech Republic", "romanian": "Romania",
    "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia", "algerian": "Algeria",
    "tunisian": "Tunisia", "sudanese": "Sudan", "somali": "Somalia", "malian": "Mali", "chadian": "Chad",
    "nigerien": "Niger", "taiwanese": "Taiwan", "vietnamese": "Vietnam", "malaysian": "Malaysia",
    "new zealand": "New Zealand", "puerto rican": "Puerto Rico", "argentine": "Argentina", "argentinian": "Argentina",
    "chilean": "Chile", "colombian": "Colombia", "peruvian": "Peru", "bolivian": "Bolivia",
    "american samoan": "American Samoa", "welsh": "Wales", "english": "England", "south korean": "South Korea",
    "north korean": "North Korea", "south african": "South Africa", "sri lankan": "Sri Lanka",
    "bangladeshi": "Bangladesh", "nepalese": "Nepal", "nepali": "Nepal", "burmese": "Myanmar",
    "cambodian": "Cambodia", "singaporean": "Singapore", "mongolian": "Mongolia", "kazakh": "Kazakhstan",
    "uzbek": "Uzbekistan", "armenian": "Armenia", "azerbaijani": "Azerbaijan", "belarusian": "Belarus",
    "moldovan": "Moldova", "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia",
    "slovak": "Slovakia", "slovenian": "Slovenia", "bosnian": "Bosnia and Herzegovina", "albanian": "Albania",
    "icelandic": "Iceland", "maltese": "Malta", "ecuadorian": "Ecuador", "uruguayan": "Uruguay",
    "paraguayan": "Paraguay", "guatemalan": "Guatemala", "honduran": "Honduras", "salvadoran": "El Salvador",
    "nicaraguan": "Nicaragua", "costa rican": "Costa Rica", "panamanian": "Panama", "haitian": "Haiti",
    "jamaican": "Jamaica", "bahamian": "Bahamas", "fijian": "Fiji", "bahraini": "Bahrain", "kuwaiti": "Kuwait",
    "eritrean": "Eritrea", "ghanaian": "Ghana", "senegalese": "Senegal", "cameroonian": "Cameroon",
    "angolan": "Angola", "mozambican": "Mozambique", "namibian": "Namibia", "zambian": "Zambia",
    "zimbabwean": "Zimbabwe", "ugandan": "Uganda", "tanzanian": "Tanzania", "rwandan": "Rwanda",
    "congolese": "Congo", "liberian": "Liberia", "malagasy": "Madagascar", "kenyan": "Kenya",
    "argentinean": "Argentina", "guinean": "Guinea", "maldivian": "Maldives", "tongan": "Tonga", "laotian": "Laos",
    "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan", "bhutanese": "Bhutan",
    "burundian": "Burundi", "malawian": "Malawi", "botswanan": "Botswana", "ivorian": "Ivory Coast",
    "sierra leonean": "Sierra Leone", "gambian": "Gambia", "beninese": "Benin", "togolese": "Togo",
    "burkinabe": "Burkina Faso", "mauritanian": "Mauritania", "mauritian": "Mauritius", "montenegrin": "Montenegro",
    "luxembourgish": "Luxembourg",
}
# Countries the nationality table has no adjective for, so that an article about them is not given another country.
# The Democratic Republic of the Congo as stories write it; "Congo" in a story that names it is the same country.
DRC_NAMES = {"Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC"}
OTHER_COUNTRIES = {
    "Zimbabwe", "Bahamas", "Haiti", "Jamaica", "Zambia", "Uganda", "Tanzania", "Rwanda", "Ghana", "Senegal",
    "Cameroon", "Angola", "Mozambique", "Namibia", "Botswana", "South Africa", "Madagascar", "Morocco", "Bangladesh",
    "Sri Lanka", "Nepal", "Myanmar", "Cambodia", "Laos", "Singapore", "North Korea", "South Korea", "Mongolia",
    "Kazakhstan", "Uzbekistan", "Georgia", "Armenia", "Azerbaijan", "Belarus", "Moldova", "Lithuania", "Latvia",
    "Estonia", "Slovakia", "Slovenia", "Bosnia and Herzegovina", "Montenegro", "Albania", "North Macedonia",
    "Greece", "Iceland", "Luxembourg", "Malta", "Ecuador", "Uruguay", "Paraguay", "Guatemala", "Honduras",
    "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Dominican Republic", "Fiji", "Papua New Guinea", "Bahrain",
    "Kuwait", "Eritrea", "Djibouti", "South Sudan", "Congo", "Democratic Republic of the Congo", "DRC", "Liberia",
    "Sierra Leone", "Guinea", "Burkina Faso", "Benin", "Togo", "Gabon", "Malawi", "Burundi", "Lesotho",
    # the remaining sovereign states, small ones included ("the Indian Ocean nation of Comoros")
    "Andorra", "Antigua and Barbuda", "Barbados", "Belize", "Brunei", "Cabo Verde", "Cape Verde",
    "Central African Republic", "Comoros", "Czechia", "Dominica", "Equatorial Guinea", "Eswatini", "Grenada",
    "Guinea-Bissau", "Guyana", "Kiribati", "Kosovo", "Liechtenstein", "Marshall Islands", "Micronesia", "Monaco",
    "Nauru", "Palau", "Republic of the Congo", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "San Marino", "Sao Tome and Principe", "Seychelles", "Solomon Islands",
    "Suriname", "Timor-Leste", "East Timor", "Trinidad and Tobago", "Tuvalu", "Vanuatu", "Vatican"} | DRC_NAMES
ROLE_MODIFIERS = {"deputy", "vice", "prime", "foreign", "interior", "health", "press", "minority", "majority",
                  "executive", "defence", "defense", "finance", "justice", "education", "environment", "emergencies",
                  "emergency", "situations", "home", "state", "attorney", "district", "co", "first", "senior",
                  "assistant", "associate", "general", "chief", "supreme", "grand", "crown", "presidential", "information",
                  # departments a cabinet title names: "Commerce Secretary", "chief of staff"
                  "commerce", "trade", "treasury", "homeland", "security", "labor", "labour", "agriculture",
                  "energy", "transportation", "transport", "staff", "affairs", "lead", "principal", "managing",
                  # ranks: "Major General", "Brigadier General", "Rear Admiral"
                  "major", "brigadier", "rear", "detective", "emeritus", "maj.", "brig.", "gen.", "lt.", "lieut.", "det.", "lieutenant",
                  # the parliamentary office, not a body: "Opposition leader", "opposition whip", "shadow health
                  # secretary"
                  "opposition", "shadow",
                  # "head coach", "head chef": the senior one of a staff, one office (alone, "head" is an office)
                  "head",
                  # "Presiding Judge", "presiding officer": the one who presides over a bench or a sitting
                  "presiding",
                  # civil service grades below a secretary: "Additional Secretary", "Joint Secretary"
                  "additional", "joint"}
# Modifiers that rank an office rather than name its field: "regional deputy governor" is a deputy governor.
RANKS = {"deputy", "vice", "co", "first", "senior", "assistant", "associate", "chief", "lead", "principal", "managing",
         "executive", "general", "grand", "crown", "major", "brigadier", "rear", "prime", "supreme", "district",
         "minority", "majority", "state", "attorney", "detective", "emeritus", "head", "additional", "joint"}
# Ranks written before the nationality of the office they rank: "the chief Palestinian negotiator".
RANKS_BEFORE_NATION = {"chief", "deputy", "vice", "assistant"}
# Offices of other countries that the United States does not have (besides ministers, premiers and chancellors).
NOT_US_OFFICES = {"foreign secretary", "home secretary", "prime minister", "deputy prime minister", "opposition leader"}
# Offices of a country: when the text names no organisation, the article's country is implied.
NATIONAL_OFFICES = {"president", "prime minister", "vice president", "vice-president", "chancellor", "premier",
                    "king", "queen", "sultan", "emir", "attorney general", "prince", "princess", "crown prince",
                    "crown princess", "opposition leader", "supreme leader", "head of state", "senator",
                    "deputy president"}
# Lower-case words before an office that say what kind of office it is ("fashion designer", "political scholar",
# "peace envoy"), unlike words that judge or place its holder ("prominent lawyer", "local official").
NOT_ROLE_KINDS = {"local", "prominent", "top", "veteran", "longtime", "leading", "famous", "renowned", "noted",
                  "retired", "young", "old", "new", "well-known", "award-winning", "study", "report", "paper", "book",
                  "film", "then", "longest", "only", "other", "same", "former", "late", "current", "high", "real"}
PARTY_WORDS = {"republican", "democrat", "democratic", "fellow", "conservative", "liberal", "labour", "socialist"}
# Common nouns that name an organisation in a title: "a fire service spokesman".
ORG_NOUNS = {"service", "police", "department", "ministry", "agency", "force", "guard", "brigade", "council",
             "committee", "office", "army", "navy", "government", "court", "university", "company", "party", "firm",
             "airline", "organisation", "organization", "country", "city", "diocese", "archdiocese", "parish",
             # bodies of people who sit or work together: "co-chairman of the jury", "head physician of the clinic"
             "jury", "panel", "board", "clinic", "hospital", "center", "centre", "junta",
             # "electoral commission president", "election commission chairman"
             "commission"}
# "the company's chief executive": a body the story names, written as a common noun. What names it: the place the
# story is about, or the story's most named organisation whose name contains one of these words.
GENERIC_BODIES = {"country": "country", "nation": "country", "city": "city", "town": "city", "state": "state",
                  "company": "", "firm": "", "organisation": "", "organization": "",
                  "airline": ("air", "airline", "airlines", "airways"), "party": ("party",),
                  "university": ("university", "college", "institute"), "clinic": ("clinic",),
                  "hospital": ("hospital",), "center": ("center", "centre"), "centre": ("center", "centre")}
# Elected members of a legislature, who are "from" the place they represent: "a senator from Vermont".
LEGISLATORS = {"senator", "representative", "congressman", "congresswoman", "mp", "lawmaker", "legislator",
               "delegate", "assemblyman", "assemblywoman", "councillor", "councilor"}
# US federal offices: a senator or representative in an article about the United States serves it.
FEDERAL_US_OFFICES = {"senator", "representative", "represenative", "congressman", "congresswoman"}
PRE_MODIFIER_POS = {"NOUN", "PROPN", "ADJ"}
# Offices of a US state: with no organisation named, the state the article is about.
STATE_OFFICES = {"assemblywoman", "assemblyman", "state senator", "state representative", "governor",
                 "lieutenant governor", "state assemblywoman", "state assemblyman", "state attorney general"}
US_STATES = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"}
# Bodies and labels that place a story in US politics, so that 'President' there is the US president.
SHARED_LEGISLATURES = {"Congress", "Senate", "House of Representatives"}
US_POLITICS = {"White House", "Democrats", "Democrat",
               "Republicans", "Republican", "Democratic", "GOP", "Pentagon", "Capitol"}
# Words between a title and the place it is 'of': "mayor of the Polish city of Gdańsk".
PLACE_NOUNS = {"city", "town", "village", "province", "region", "state", "county", "district", "municipality"}
# What an office is 'of' without being an organisation: "Secretary of State", "Minister of Information".
TITLE_OBJECTS = {"state", "information", "defence", "defense", "health", "justice", "finance", "education",
                 "interior", "foreign", "home", "culture", "transport", "labour", "labor", "agriculture", "energy",
                 "staff", "commerce", "trade", "transportation", "treasury", "housing", "veterans", "war", "tourism",
                 "environment", "science", "technology", "communications", "sport", "sports", "industry", "economy",
                 "immigration", "welfare", "infrastructure", "planning", "fisheries", "mines", "police", "security",
                 "homeland", "public", "internal", "external", "national", "social", "economic", "youth", "women"}
# Offices named by their service: "police chief", "fire chief", "police commissioner".
SERVICE_CHIEFS = {"police": {"chief", "commissioner"}, "fire": {"chief", "commissioner"}}
# The state's own services, whose officers ("government spokesman", "military spokesman") serve the country.
STATE_SERVICES = {"government", "military"}
# Portfolios of cabinet offices beyond TITLE_OBJECTS: "Railway Minister", "Public Safety Minister", "Water Minister".
MORE_PORTFOLIOS = {"safety", "railway", "railways", "water", "power", "petroleum", "oil", "mining", "land", "lands",
                   "forestry", "forests", "aviation", "shipping", "ports", "roads", "works", "digital", "climate",
                   "children", "family", "heritage", "arts", "media", "broadcasting", "telecommunications",
                   "investment", "revenue", "budget", "employment", "pensions", "equality", "integration",
                   "migration", "refugees", "disaster", "emergency", "emergencies", "reconstruction", "rural",
                   "urban", "regional", "local", "government", "consumer", "competition", "exports", "food",
                   "oceans", "wildlife", "natural", "resources", "parks", "irrigation", "electricity", "space",
                   "research", "innovation", "universities", "schools", "skills", "training", "gender", "seniors",
                   "procurement", "intelligence", "cyber", "development", "affairs", "relations", "services",
                   "protection", "crown", "trade", "human", "rights", "civil", "aid", "religious", "water", "law",
                   "humanitarian", "petroleum", "minerals", "textiles", "railroad", "telecom"}
# Lower-case words inside the names of bodies: "Center for Biological Diversity", "Bureau of Investigation".
NAME_CONNECTORS = {"of", "for", "and", "&", "on"}
HONORIFICS = {"dr", "mr", "mrs", "ms", "sir", "dame", "shri", "shrimati", "smt", "maulana", "hafiz", "pandit"}
DROP_WORDS = {"first", "second", "third", "fourth", "fifth", "former", "ex", "then", "newly", "elected", "late", "current", "outgoing", "incoming", "acting",
              "incumbent",
              # words of tenure, like 'outgoing': "the exiting governor", "the sitting president"
              "exiting", "departing", "retiring", "sitting", "serving", "reigning"}
ORG_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC"}


# Christian denominations whose adjective, before a clergyman's title, names the church he serves.
CHURCHES = {"roman catholic", "catholic", "anglican", "orthodox", "greek orthodox", "russian orthodox",
            "serbian orthodox", "ukrainian orthodox", "eastern orthodox", "coptic", "coptic orthodox", "lutheran",
            "evangelical lutheran", "methodist", "united methodist", "presbyterian", "episcopal", "maronite",
            "syriac orthodox", "armenian apostolic", "baptist", "southern baptist"}


def _org_name(span: Span, mentions_by_start: dict[int, Mention]) -> str:
    text = span.text.strip()
    if text.lower() in NATIONALITY:
        return NATIONALITY[text.lower()]
    if text.lower() in CHURCHES:
        return f"{text} Church"  # "Roman Catholic Pope Francis": the faith's adjective names its church
    mention = mentions_by_start.get(span.start_char)
    # Only a mention that is exactly this span: "Scripps" alone is not "Scripps Oceanography".
    name = mention.canonical if mention is not None and mention.end == span.end_char else text
    name = re.sub(r"(?:'s|’s)$", "", name)  # "University of East Anglia's"
    words = name.lower().split()
    if len(words) == 2 and words[0] in NATIONALITY and words[1] == "government":
        return NATIONALITY[words[0]]  # "the Hungarian Government commissioner" serves Hungary
    return name.strip("\u200b\u200c\u200d")  # zero-width joiners the web copy left in


def _singular(token: Token) -> str:
    """'Senators' → 'senator' (the model leaves plural proper nouns unlemmatised)."""
    lower = token.lower_
    if token.tag_ in ("NNS", "NNPS") and lower.endswith("s") and lower[:-1] in ROLE_WORDS:
        return lower[:-1]
    return token.lemma_.lower()


# Endings of the names of sciences' and crafts' practitioners: "geochemist", "volcanologist", "statistician".
OCCUPATION_ENDINGS = ("ologist", "ographer", "chemist", "physicist", "scientist", "ician", "nomist")


# Endings of nouns for what people do ("auctioneer", "curator", "novelist", "comedian", "consultant",
# "fisherman"), trusted only right before or beside a person's name, and never for these people, who are named by
# a relation, a deed or a circumstance rather than a job.
DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "man", "woman", "person")
NOT_OCCUPATIONS = {
    "mother", "father", "brother", "sister", "daughter", "grandmother", "grandfather", "stepfather", "stepmother",
    "partner", "lover", "neighbour", "neighbor", "killer", "murderer", "shooter", "gunman", "attacker", "bomber",
    "prisoner", "passenger", "survivor", "winner", "runner", "supporter", "follower", "countryman", "stranger",
    "foreigner", "immigrant", "migrant", "emigrant", "defendant", "claimant", "applicant", "participant", "tenant",
    "descendant", "entrant", "occupant", "inhabitant", "assailant", "pedestrian", "civilian", "guardian", "teenager",
    "youngster", "toddler", "pensioner", "mourner", "viewer", "reader", "listener", "user", "customer", "voter",
    "member", "fan", "hero", "victim", "suspect", "other", "number", "character", "monster", "rival", "coworker",
    "co-worker", "peer", "madman", "snowman", "alumnus", "whistleblower", "protester", "protestor", "rioter",
    "caller", "owner", "holder", "founder", "leader", "speaker", "prayer", "centre", "center", "quarter",
    "minor", "junior", "senior", "error", "factor", "sector", "donor", "ancestor", "smoker", "drinker", "addict",
    "motorcyclist", "motorist", "poster", "commenter", "hiker", "jogger", "bystander", "onlooker", "rescuer",
    "sufferer", "worshipper", "worshiper", "beggar", "gambler", "player"}


# Titles news copy abbreviates before a name ("Gen. Mark Milley", "Sen. Chuck Schumer"), and the office each names.
ABBREVIATED_TITLES = {"gen.": "general", "sen.": "senator", "rep.": "representative", "gov.": "governor",
                      "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "adm.": "admiral",
                      "maj.": "major", "supt.": "superintendent", "insp.": "inspector", "cmdr.": "commander",
                      "brig.": "brigadier", "cpl.": "corporal", "amb.": "ambassador", "pres.": "president",
                      "prof.": "professor", "prof": "professor", "lt.": "lieutenant", "lieut.": "lieutenant",
                      "pvt.": "private", "det.": "detective",
                      "coun.": "councillor", "cllr.": "councillor"}
# Role words that are also comparatives: "elder statesman" and "senior official" name no office of their own.
ADJECTIVE_FORMS = {"elder"}


def _is_role_word(token: Token) -> bool:
    if token.lower_ in ABBREVIATED_TITLES:
        return True
    lower = _singular(token)
    if token.lower_ in ADJECTIVE_FORMS and token.pos_ == "ADJ" and token.text.islower():
        return False
    return token.lower_ in ROLE_WORDS or lower in ROLE_WORDS \
        or token.pos_ == "NOUN" and len(lower) > 7 and lower.endswith(OCCUPATION_ENDINGS) \
        or _occupation_by_form(token)


def _occupation_by_form(token: Token) -> bool:
    """A lower-case noun with a doer's ending that stands right before a person's name as its title
    ('auctioneer John Smith') or beside it as its appositive ('John Smith, a curator')."""
    lower = token.lemma_.lower()
    if token.pos_ != "NOUN" or not token.text.islower() or len(lower) < 5 or not lower.endswith(DOER_ENDINGS) \
            or lower in NOT_OCCUPATIONS or token.lower_ in NOT_OCCUPATIONS or token.tag_ != "NN":
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.ent_type_ == "PERSON" and following.ent_iob_ == "B" \
        or token.dep_ == "appos" and token.head.ent_type_ == "PERSON"


def _common_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case somewhere: 'Team' at the start of a sentence is 'team'."""
    if "roles_common_words" not in doc.user_data:
        doc.user_data["roles_common_words"] = {token.text for token in doc if token.text.islower()}
    return doc.user_data["roles_common_words"]


def _lower_case_word(token: Token) -> bool:
    """Written in lower case, or capitalised only because it starts a sentence and the article uses it in lower case."""
    return token.text.islower() or token.is_sent_start and not token.ent_type_ and token.text[1:].islower() \
        and token.lower_ in _common_words(token.doc)


def _acronym(token: Token) -> bool:
    """'WHO', 'NATO': capitals the small model may read as a pronoun or leave untagged, naming a body."""
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha()


def _opens_long_name(token: Token) -> bool:
    """The first word of a tagged name of several words: 'Youth' of 'Youth Forum Zimbabwe'."""
    return token.ent_iob_ == "B" and token.ent_type_ in ("ORG", "GPE") and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].ent_iob_ == "I"


# Parties named by one word before an office held in or for the party ('Labour MP', 'Conservative leader'); the
# American ones are left out, as their leaders' offices belong to a chamber ('Senate Democratic leader').
PARLIAMENTARY_PARTIES = {"labour", "conservative", "tory", "socialist", "liberal"}
PARTY_OFFICES = {"leader", "mp", "member", "candidate", "chairman", "chairwoman", "chair", "whip", "spokesman",
                 "spokeswoman", "spokesperson", "councillor"}


def _party_label(token: Token) -> bool:
    """'Republican Kevin McCarthy' labels a party member; 'Conservative Party leader' names the party itself."""
    if token.lower_ not in PARTY_WORDS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.lower_ not in ("party", "parties")


def _orgish(token: Token) -> bool:
    """A word that can name the organisation in a title: a named place or body, a nationality, a capitalised noun."""
    if _party_label(token) or token.lower_ in DROP_WORDS or token.ent_type_ in ("DATE", "TIME") \
            or token.lower_ in NOT_ROLE_KINDS and not token.ent_type_ and not _opens_tagged_name(token) \
            or _lower_case_word(token) and token.lower_ not in NATIONALITY:
        return False  # "This Wednesday Greek Foreign Minister": the day is not part of the country
    return token.ent_type_ in ORG_LABELS or token.lower_ in NATIONALITY or _acronym(token) or \
        token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() or token.lower_ in ("of", "the", "&") and token.ent_iob_ == "I"


def _opens_tagged_name(token: Token) -> bool:
    """A capitalised word the model left out of the name tagged right after it: 'Real' of 'Real Madrid'."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text.istitle() and following is not None and following.ent_iob_ == "B" \
        and following.ent_type_ in ORG_LABELS and following.text.istitle()


def _kind_of_office(token: Token) -> bool:
    """A lower-case noun or classifying adjective that belongs to the office named after it."""
    if token.text.istitle() and token.lower_.endswith(("al", "ic", "ary")) \
            and (not token.ent_type_ or _swept_into_name(token)) \
            and token.lower_ not in NATIONALITY and not _party_label(token) and token.lower_ not in NOT_ROLE_KINDS \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text.istitle() \
            and (_is_role_word(token.doc[token.i + 1]) or _ranked_office_at(token.doc, token.i + 1)):
        return True  # "Regional Governor", "Presidential Envoy", "Federal District Judge": a kind in the title's capitals
    if not _lower_case_word(token) or token.lower_ in NOT_ROLE_KINDS or token.lower_ in NATIONALITY or token.ent_type_:
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        # "systems engineer", "human rights lawyer": a plural only as the first part of a compound
        return token.lower_ not in ORG_NOUNS and (token.tag_ in ("NN", "NNP") or token.dep_ == "compound")
    return token.pos_ == "ADJ" and (token.lower_.endswith(("al", "ic", "ary")) or token.lower_ in CLASSIFYING_ADJECTIVES)


# Classifying adjectives without the usual endings: "chief nuclear negotiator", "civil engineer".
CLASSIFYING_ADJECTIVES = {"nuclear", "molecular", "solar", "lunar", "polar", "civil", "marine", "naval"}


def _ranked_office_at(doc: Doc, index: int) -> bool:
    """'District Judge', 'Deputy Governor': a capitalised rank right before a capitalised office noun."""
    return index + 1 < len(doc) and doc[index].lower_ in ROLE_MODIFIERS and doc[index].text.istitle() \
        and doc[index + 1].text.istitle() and _is_role_word(doc[index + 1])


def _swept_into_name(token: Token) -> bool:
    """'Federal' of 'United States Federal District Judge': a word of the title that the model took into the name of
    the country or body before it, which then runs on to the title's rank."""
    return token.ent_type_ in ("ORG", "GPE") and token.ent_iob_ == "I" and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].lower_ in ROLE_MODIFIERS


def _kind_conjunct(token: Token, other: Token) -> bool:
    """'civil' in 'civil and environmental engineering': a lower-case word of the same kind coordinated with a kind."""
    return _lower_case_word(token) and token.pos_ == other.pos_ and token.pos_ in ("NOUN", "ADJ") \
        and token.lower_ not in NOT_ROLE_KINDS and token.lower_ not in NATIONALITY and not token.ent_type_


def _org_before(prefix: list[Token], mentions_by_start: dict[int, Mention]) -> str:
    """The organisation named just before the role words: 'Florida Department of Transportation', 'Police',
    'fire service' (common nouns only when they end in an organisation noun), 'Greek' → Greece, 'the bank's' →
    the bank named before."""
    if prefix and (body := _body_referred_back(prefix[-1], mentions_by_start)):
        return body
    words = [t for t in prefix if t.tag_ != "POS" and not (t.pos_ == "ADJ" and not t.ent_type_ and t.lower_ not in NATIONALITY
                                                            and not _classifies_body(t))
             and t.lower_ not in DROP_WORDS and not _party_label(t) and t.text != "-"]
    run: list[Token] = []
    for position in range(len(words) - 1, -1, -1):
        token = words[position]
        if token.lower_ in NAME_CONNECTORS and run and run[0].text[:1].isupper() and position \
                and words[position - 1].text[:1].isupper():
            run.insert(0, token)  # "Center for Biological Diversity scientist"
            continue
        if _orgish(token) or _lower_case_word(token) and (token.pos_ in ("NOUN", "PROPN") or _classifies_body(token)) \
                and (not run or _lower_case_word(run[0])) \
                and (run or token.lower_ in ORG_NOUNS):
            run.insert(0, token)
            continue
        break
    # "African Export–Import Bank president": the whole name the model tagged, past the dash that stopped the run.
    while run and run[0].ent_iob_ == "I" and run[0].ent_type_ in ("ORG", "FAC") and run[0].i > 0 \
            and not _party_label(run[0].doc[run[0].i - 1]) and run[0].doc[run[0].i - 1].lower_ not in DROP_WORDS:
        run.insert(0, run[0].doc[run[0].i - 1])
    while run and run[0].lower_ in ("of", "the", "&"):
        run = run[1:]
    while len(run) > 1 and run[-1].ent_type_ == "PERSON" and run[0].ent_type_ != "PERSON":
        run = run[1:]  # "President Zelensky's aides": the owner is the person, without his title
    if not run or all(_lower_case_word(t) for t in run) and run[-1].lower_ not in ORG_NOUNS:
        return ""
    if len(run) > 1 and all(t.lower_ in NATIONALITY for t in run) \
            and " ".join(t.lower_ for t in run) not in NATIONALITY:  # (but "American Samoan" is one)
        return ""  # "German-Turkish writer": of two nations, serving neither
    span = run[0].doc[run[0].i:run[-1].i + 1]
    if any(t.tag_ == "POS" for t in span):
        return _without_possessives(span)  # "Tromsø's police chief": the Tromsø police
    return _org_name(span, mentions_by_start)


def _classifies_body(adjective: Token) -> bool:
    """'electoral commission', 'provincial police': a lower-case adjective of kind right before a body's noun is part of
    the body's name (not 'local police', which only places it)."""
    following = adjective.doc[adjective.i + 1] if adjective.i + 1 < len(adjective.doc) else None
    return adjective.text.islower() and adjective.lower_.endswith(("al", "ic", "ary")) \
        and adjective.lower_ not in NOT_ROLE_KINDS and following is not None and following.lower_ in ORG_NOUNS


def _body_referred_back(owner: Token, mentions_by_start: dict[int, Mention]) -> str:
    """'the bank's co-founder' after 'Deutsche Bank': the one organisation named before whose name has as its head
    the common noun that owns the office, or '' when the text named none or several ('the victim's lawyer')."""
    doc = owner.doc
    before = owner.i - 1
    while before > 0 and doc[before].pos_ == "ADJ" and doc[before].text.islower():
        before -= 1  # "the state-owned bank's"
    if not (owner.text.islower() and owner.pos_ == "NOUN" and doc[before].lower_ == "the"
            and owner.i + 1 < len(doc) and doc[owner.i + 1].tag_ == "POS"):
        return ""  # only a definite kind refers back: "a bank's economist" is of some bank
    earlier = [m for m in mentions_by_start.values() if m.label == "ORG" and m.end <= owner.idx]
    return one_body_of_kind({owner.lower_, owner.lemma_.lower()}, earlier) or ""


def _without_possessives(span: Span) -> str:
    """'Tromsø's police' → 'Tromsø police'."""
    words: list[str] = []
    for token in span:
        if token.tag_ == "POS" and words:
            words[-1] = words[-1].rstrip() + token.whitespace_
        else:
            words.append(token.text_with_ws)
    return "".join(words).strip()


def _modifies_office(token: Token) -> bool:
    """A word that belongs to the office after it ('Deputy', 'Labour' in 'Labour Secretary'), but not a party's
    name before a legislator ('Labour MP')."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.text == "Under" and following is not None and following.lower_ == "secretary":
        return True  # "Under Secretary-General", "Under Secretary of State": the rank below a secretary
    if token.text.istitle() and token.lower_ in TITLE_OBJECTS | MORE_PORTFOLIOS | CABINET_PORTFOLIOS \
            and following is not None and following.lower_ in CABINET_OFFICES:
        return True  # "Economy Minister", "Tourism Minister", "Housing Secretary": the portfolio of a cabinet office
    words = 0
    while following is not None and words < MOST_PORTFOLIO_WORDS and following.text.istitle() \
            and following.lower_ in TITLE_OBJECTS | MORE_PORTFOLIOS and not following.ent_type_ in ("GPE", "NORP"):
        words += 1
        following = token.doc[following.i + 1] if following.i + 1 < len(token.doc) else None
    if words and token.text.istitle() and token.lower_ in TITLE_OBJECTS | MORE_PORTFOLIOS \
            and following is not None and following.lower_ in CABINET_OFFICES:
        return True  # "Public Safety Minister", "Railway Minister": a portfolio of one or more words
    return token.lower_ in ROLE_MODIFIERS and not (
        _party_label(token) or token.text.istitle() and token.lower_ in ("labour", "labor")
        and following is not None and _singular(following) in LEGISLATORS)


def _title_roles(tokens: list[Token], mentions_by_start: dict[int, Mention]) -> list[tuple[str, str]]:
    """Split a title into (role, org) pairs: 'Greek prime minister' → (prime minister, Greece); 'Interior Minister'
    stays one role; 'study co-author Professor' is two roles; 'Secretary of State' keeps its 'of'; 'Mayor of
    Koszalin' takes Koszalin as org; 'Ambassador to Germany' drops the host country."""
    # "The airport's director": what stands before a possessive owns the office and is never part of the role.
    owner_end = max((index for index, t in enumerate(tokens) if t.tag_ == "POS"), default=-1)
    owner_end -= sum(1 for t in tokens[:owner_end] if t.tag_ == "POS")
    tokens = [t for t in tokens if t.tag_ != "POS"]
    if len(tokens) > 2 and tokens[-1].lower_ == "elect" and tokens[-2].text == "-" and _is_role_word(tokens[-3]):
        tokens = tokens[:-2]  # "president-elect": the office, as "newly elected" is dropped from it
    if not tokens:
        return []
    doc = tokens[0].doc
    linked_org = ""
    for index, token in enumerate(tokens):
        if token.lower_ in ("of", "to", "for") and index and _is_role_word(tokens[index - 1]) and token.ent_iob_ != "I":
            after = tokens[index + 1:]
            if len(after) > 1 and after[0].lower_ == "the":
                after = after[1:]  # "President of the United States Donald Trump"
            while len(after) > 1 and after[0].lower_ in NOT_ROLE_KINDS and after[0].text.islower():
                after = after[1:]  # "the head of the local fire service": 'local' places the body, is no name
            if token.lower_ == "to":
                tokens = tokens[:index]
            elif (portfolio_end := _cabinet_portfolio_end(doc, token.i)) > token.i:
                # "Minister of Mineral Resources and Energy": a portfolio, which stays in the role; a place after it
                # is the org ("Minister of Foreign Affairs of Bangladesh")
                place = [t for t in tokens[index + 1:] if t.i > portfolio_end]
                if place and place[0].lower_ == "the":
                    place = place[1:]  # "of the People's Republic of China"
                if place and doc[portfolio_end].lower_ == "of" and all(t.ent_type_ in ("GPE", "ORG") for t in place) \
                        and all(t.ent_iob_ == "I" for t in place[1:]):
                    linked_org = _org_name(doc[place[0].i:place[-1].i + 1], mentions_by_start)
                    tokens = [t for t in tokens if t.i < portfolio_end]
            elif after and (all(t.ent_type_ in ORG_LABELS or t.pos_ == "PROPN" and t.text[:1].isupper() for t in after)
                            # "A spokeswoman for the Czech police": a body named by its common noun, after 'the'
                            or tokens[index + 1].lower_ == "the" and after[-1].lower_ in ORG_NOUNS | {"opposition"}
                            and after[-1].pos_ == "NOUN") \
                    and (after[0].lower_ not in TITLE_OBJECTS or after[-1].lower_ in ORG_NOUNS
                         or _opens_long_name(after[0]) and not _one_portfolio_name(after[0])) \
                    or _generic_place_after(tokens, index):  # "the governor of the county": the story's county
                linked_org = _org_name(doc[after[0].i:after[-1].i + 1], mentions_by_start)
                tokens = tokens[:index]
            break
    if owner_end >= len(tokens):
        owner_end = -1  # the possessive was in the body cut off after 'of' ("of the People's Republic of China")
    # The role is the office words at the end ("regional deputy governor" is a deputy governor), with the field
    # its 'of' names ("minister of fisheries", "head of research").
    cut = _field_of_title_start(tokens)
    while cut > 0 and (_is_role_word(tokens[cut - 1]) or _modifies_office(tokens[cut - 1])
                       or tokens[cut - 1].text == "-" or _inside_hyphenated_title(tokens[cut - 1]) or (tokens[cut - 1].lower_ in ("of", "state") or _cabinet_for(tokens[cut - 1])) and cut < len(tokens)
                       and cut > 1 and (_is_role_word(tokens[cut - 2]) or tokens[cut - 2].lower_ == "of")):
        cut -= 1
    while cut < len(tokens) and (tokens[cut].text == "-" or tokens[cut].lower_ == "of"):
        cut += 1
    # "Florida Department of Transportation official": a word after 'of' that ends a body's name is not the office's.
    while 0 < cut < len(tokens) - 1 and tokens[cut - 1].lower_ == "of" and not _is_role_word(tokens[cut]):
        cut += 1
    # "climate change activist", "civil and environmental engineering professor": the kinds before the office noun.
    kinds = 0
    while 0 < cut < len(tokens) and _kind_of_office(tokens[cut - 1]) and \
            (kinds or _is_role_word(tokens[cut])
             and (tokens[cut].lower_ not in ROLE_MODIFIERS or cut == len(tokens) - 1)
             or _field_of_office(tokens[cut]) or _ranked_office_at(doc, tokens[cut].i)) \
            and not (tokens[cut - 1].text.islower() and tokens[cut].text.istitle() and not tokens[cut].is_sent_start):
        # (not "impeach President Trump": a lower-case word does not belong to a capitalised title)
        cut -= 1
        kinds += 1
        if cut > 1 and tokens[cut - 1].lower_ in ("and", ",") and _kind_conjunct(tokens[cut - 2], tokens[cut]):
            cut -= 2
        elif cut > 1 and _hyphened_to_kind(tokens[cut - 2]):
            cut -= 2  # "first-team coach": the word hyphened to the kind is part of it
    # "Health and Wellness Minister", "AU Trade and Industry Commissioner": two portfolios in capitals, one office.
    head = next((position for position in range(cut, len(tokens)) if _is_role_word(tokens[position])), cut)
    joined = next((position for position in range(head - 2, max(head - 2 - MOST_PORTFOLIO_WORDS, 0), -1)
                   if tokens[position].lower_ in ("and", "&")), None)
    if joined is not None and joined <= cut and head < len(tokens) and tokens[head].text.istitle() \
            and _portfolio_before_and(tokens[joined - 1]) and _portfolio_conjunct_end(doc, tokens[joined].i) == tokens[head].i:
        cut = joined - 1
    while kinds and 0 < cut and tokens[cut - 1].lower_ in ROLE_MODIFIERS \
            and (tokens[cut - 1].text.istitle() and tokens[cut].text.istitle()
                 or tokens[cut - 1].text.islower() and tokens[cut].text.islower()):
        cut -= 1  # "Chief Medical Officer", "chief medical officer": a rank before a kind in the same case
    # "a sixth year student": the year of study, which the model tags as a date, goes with the office
    year = cut - 2 if cut >= 2 and tokens[cut - 1].lower_ == "year" and tokens[cut - 2].text != "-" else cut - 3
    if cut >= 2 and tokens[cut - 1].lower_ == "year" and year >= 0 and _opens_year_of_study(tokens[year]):
        cut = year
    cut = max(cut, owner_end)
    if 0 < owner_end < cut and all(not t.ent_type_ and t.lower_ not in ORG_NOUNS and t.pos_ != "NUM"
                                   and t.lower_ not in NOT_ROLE_KINDS and t.lower_ not in DROP_WORDS
                                   and (t.text.istitle() or _kind_of_office(t)) for t in tokens[owner_end:cut]):
        cut = owner_end  # "Trump's Special Presidential Envoy": after the owner's possessive, the title
    if cut > max(owner_end, 0) and cut < len(tokens) and tokens[cut - 1].lower_ in SERVICE_CHIEFS \
            and tokens[cut].lower_ in SERVICE_CHIEFS[tokens[cut - 1].lower_]:
        # "police chief", "Fire Chief", "national police chief": one office, as a mayor is, of the place before it
        cut -= 1
        while cut > max(owner_end, 0) and (tokens[cut - 1].lower_ == "national" or tokens[cut - 1].lower_ in RANKS):
            cut -= 1  # "national police chief", "Assistant Police Commissioner"
    if cut > max(owner_end, 0) and tokens[cut - 1].lower_ in STATE_SERVICES and cut < len(tokens) \
            and tokens[cut - 1].ent_type_ in ("", "ORG") and tokens[cut - 1].ent_iob_ != "I" \
            and not (cut < len(tokens) and tokens[cut].ent_iob_ == "I"):
        # "government spokesman", "top government spokesman", "military spokesman": an office of the state, whose
        # country is the org, not a body called 'government'
        cut -= 1
        while cut > max(owner_end, 0) and tokens[cut - 1].lower_ in ROLE_MODIFIERS | {"top"} \
                and not tokens[cut - 1].ent_type_:
            cut -= 1
    role_tokens = [t for t in tokens[cut:] if (t.lower_ not in DROP_WORDS or _ordinal_in_title(t)
                                               or _opens_year_of_study(t) or _hyphened_to_kind(t))
                   and not (t.lower_ == "fellow" and t.i < tokens[-1].i)]  # "fellow actor": one actor of several
    if cut >= 2 and tokens[cut - 1].lower_ in NATIONALITY and tokens[cut - 2].lower_ in RANKS_BEFORE_NATION:
        role_tokens.insert(0, tokens[cut - 2])  # "the chief Palestinian negotiator": a chief negotiator
    if not role_tokens or not (_is_role_word(role_tokens[-1]) or _office_before_of(role_tokens)):
        return []
    # Two office nouns in a row are two roles ("co-author professor"); a modifier and a noun are one.
    groups: list[list[Token]] = [[]]
    for position, token in enumerate(role_tokens):
        if groups[-1] and _is_role_word(groups[-1][-1]) and groups[-1][-1].lower_ not in ROLE_MODIFIERS \
                and _is_role_word(token) and token.text != "-" \
                and (token.lower_ not in ROLE_MODIFIERS or token.text.endswith(".") and token.lower_ in ABBREVIATED_TITLES):
            groups.append([])  # (a rank abbreviated is a rank of its own: "spokesman Gen. X", not a "spokesman general")
        groups[-1].append(token)
    prefix_org = _org_before(tokens[:cut], mentions_by_start)
    if not prefix_org and cut and tokens[cut - 1].lower_ in PARLIAMENTARY_PARTIES and tokens[cut - 1].text.istitle() \
            and _singular(role_tokens[-1]) in PARTY_OFFICES:
        prefix_org = tokens[cut - 1].text  # "Labour leader Keir Starmer", "Labour MP Tom Watson": the party's
    place_words = [t for t in tokens[:cut] if t.pos_ not in ("DET", "ADJ") or t.ent_type_]
    if place_words and all(t.ent_type_ == "GPE" for t in place_words) and prefix_org not in NATIONALITY.values() \
            and prefix_org not in OTHER_COUNTRIES and _singular(role_tokens[-1]) in PRIVATE_PROFESSIONS:
        prefix_org = ""  # "a Toronto lawyer" practises in Toronto; the city does not employ him
    found = []
    for number, group in enumerate(groups):
        role = "".join(t.text_with_ws for t in group).strip().lower()
        if _singular(group[-1]) in ROLE_WORDS and group[-1].lower_ not in ROLE_WORDS:
            role = role[: len(role) - len(group[-1].text)] + _singular(group[-1])  # "Senators" → senator
        role = role.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        role = " ".join(ABBREVIATED_TITLES.get(word, word) for word in role.split())
        org = linked_org if number == len(groups) - 1 and linked_org else prefix_org
        if number == 0 and cut and tokens[cut - 1].lower_ in LEVELS_OF_OFFICE and tokens[cut - 1].text.istitle() \
                and role in LEVELLED_OFFICES and prefix_org and group[0].text.istitle():
            # "Marion County Attorney" is the county attorney of Marion County; "Manchester City manager" a manager
            role = f"{tokens[cut - 1].lower_} {role}"
        found.append((role, org))
    return found


def _office_before_of(title: list[Token]) -> bool:
    """'vice president of sales', 'Secretary of State': the title's first 'of' follows its office noun."""
    of = next((position for position, t in enumerate(title[:-1]) if (t.lower_ == "of" or _cabinet_for(t)) and position),
              None)
    return of is not None and _is_role_word(title[of - 1])


# Places whose governments have offices of the same name as other levels': a county attorney is not a state's.
LEVELS_OF_OFFICE = {"county", "city", "borough", "district", "municipal"}
LEVELLED_OFFICES = {"attorney", "commissioner", "executive", "clerk", "judge", "manager", "councillor", "councilor",
                    "councilman", "councilwoman", "supervisor", "assessor", "treasurer", "auditor", "solicitor",
                    "prosecutor", "administrator", "engineer", "surveyor", "coroner", "recorder", "controller"}


# Jobs people do for clients or themselves, not for the town they do them in.
PRIVATE_PROFESSIONS = {"lawyer", "doctor", "physician", "surgeon", "dentist", "pharmacist", "architect",
                       "businessman", "businesswoman", "entrepreneur", "developer", "investor", "banker", "artist",
                       "writer", "author", "novelist", "poet", "painter", "photographer", "musician", "singer", "chef",
                       "restaurateur", "designer", "accountant", "consultant", "filmmaker", "rapper"}


def _field_of_office(token: Token) -> bool:
    """'security' in 'national security advisor': a lower-case noun naming the field an office serves, which (unlike
    a rank such as 'deputy') takes the classifying words before it into the title."""
    return token.lower_ in ROLE_MODIFIERS and token.lower_ not in RANKS and token.pos_ == "NOUN" \
        and token.text.islower()


def _ordinal_in_title(token: Token) -> bool:
    """'First' in 'First Minister', 'First Secretary': an ordinal written in the capitals of the title it opens."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ == "first" and following is not None and following.lower_ == "minister" \
            and token.text.islower() == following.text.islower():
        return True  # "Scotland first minister Nicola Sturgeon": the office, in whatever case
    return token.lower_ in ("first", "second") and token.text.istitle() and following is not None \
        and following.text.istitle() and _is_role_word(following)


ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "final", "last"}


def _opens_year_of_study(token: Token) -> bool:
    """'sixth' in 'a sixth year student', 'third' in 'a third-year law student': the year of a course is part of the
    title, unlike the ordinal of a term ('the fifth president')."""
    doc = token.doc
    following = token.i + 1
    if following < len(doc) and doc[following].text == "-":
        following += 1
    return (token.lower_ in ORDINAL_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)", token.lower_) is not None) \
        and following + 1 < len(doc) and doc[following].lower_ == "year" \
        and (_is_role_word(doc[following + 1]) or _kind_of_office(doc[following + 1]))


def _generic_place_after(tokens: list[Token], index: int) -> bool:
    """'of the county', 'of the region' at index, ending the title: a place the story has named, called by its kind."""
    return [t.lower_ for t in tokens[index + 1:]][:1] == ["the"] and len(tokens) == index + 3 \
        and tokens[index + 2].lower_ in PLACE_NOUNS and tokens[index + 2].text.islower()


def _named_place(kind: str, doc: Doc, before: int) -> str:
    """'county' → 'Kent County': the one place of that kind the story named before, by a name that ends in the kind
    ('Kent County', 'Tyumen Oblast') or that the kind follows ('the Tomsk region'), whether or not the model tagged
    it; '' when it named none or several."""
    words = PLACE_KIND_WORDS.get(kind, (kind,))
    places = set()
    for token in doc:
        if token.idx >= before:
            break
        if token.lower_ not in words or token.i == 0 or not _place_name_word(doc[token.i - 1]) \
                or token.lower_ == "state" and token.ent_type_ == "ORG":  # "Islamic State", "Ohio State" are no states
            continue
        first = token.i - 1
        while first > 0 and _place_name_word(doc[first - 1]):
            first -= 1
        places.add(doc[first:token.i + 1 if token.text.istitle() else token.i].text)
    return places.pop() if len(places) == 1 else ""


def _place_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in ("PERSON", "DATE")


# The words places of a kind are called by in their names: a Russian or Ukrainian region is an oblast or a krai.
PLACE_KIND_WORDS = {"region": ("region", "oblast", "krai"), "province": ("province", "oblast")}


def _coordinated_titles(title: list[Token]) -> list[list[Token]]:
    """'Conservative Party leader and Prime Minister': two titles, each with its own organisation."""
    parts: list[list[Token]] = [[]]
    for position, token in enumerate(title):
        if token.lower_ == "and" and not parts[-1] and len(parts) > 1:
            continue  # the serial comma's 'and'
        # (after an office's body too: "the chairman of the organizing committee and the head physician")
        if token.lower_ in ("and", ",") and parts[-1] \
                and (_is_role_word(parts[-1][-1]) or token.lower_ == "and" and _office_of_body(parts[-1])) \
                and any(_is_role_word(t) for t in title[position + 1:]):
            parts.append([])
            continue
        if _rank_after_office_of(parts[-1], token):
            parts.append([])  # "Minister of Defense General Lieutenant X": an office of a field, then a rank
        parts[-1].append(token)
    return [part for part in parts if part]


# Ranks a holder of another office keeps: "Governor of Abyan General Lieutenant X", "Minister of Defence Colonel X".
MILITARY_RANKS = {"general", "lieutenant", "colonel", "major", "brigadier", "admiral", "marshal", "gen.", "col.",
                  "brig.", "adm.", "maj.", "lt.", "lt"}


def _rank_after_office_of(part: list[Token], token: Token) -> bool:
    """'General' after 'Chief of Staff' or 'Governor of Abyan': a capitalised office word that follows the field or
    place an office is 'of', and so opens a second title (a military rank, mostly) rather than going on with it."""
    of = next((position for position in range(len(part) - 2, 0, -1) if part[position].lower_ == "of"), None)
    return of is not None and _is_role_word(part[of - 1]) and token.text.istitle() and _is_role_word(token) \
        and part[-1].text.istitle() and not _is_role_word(part[-1]) and token.ent_iob_ != "I"


def _office_of_body(title: list[Token]) -> bool:
    """'chairman of the organizing committee': an office followed by the body it is 'of'."""
    return any(t.lower_ == "of" and position and _is_role_word(title[position - 1])
               for position, t in enumerate(title))


def _coordinated_title_before(doc: Doc, title: list[Token]) -> list[Token]:
    """'The chairman of the organizing committee and the head physician of the clinic, Ivan Petrov,': the title
    coordinated before the one set off by the comma, both opening the sentence as the subject the name stands
    beside; with 'and' after that title, or [] when there is none."""
    index = title[0].i - 1
    if index > 0 and doc[index].pos_ == "DET":
        index -= 1  # "and the head physician"
    if index < 2 or doc[index].lower_ != "and" or doc[index - 1].text == ",":
        return []
    first = doc[index].sent.start
    while first < index and (doc[first].is_space or doc[first].pos_ == "DET"):
        first += 1
    between = doc[first:index]
    if not all(t.pos_ in PRE_MODIFIER_POS and t.ent_type_ != "PERSON" or t.lower_ in ("of", "the", "&")
               or _classifying_participle(t) or t.text == "-" and t.whitespace_ == "" for t in between):
        return []
    # its own body ends at a second 'of': "The chairman of the organizing committee [of the Olympiad] and"
    ofs = [t.i for t in between if t.lower_ == "of"]
    earlier = list(doc[first:ofs[1] if len(ofs) > 1 else index])
    if not _office_of_body(earlier) or not any(_is_role_word(t) for t in title):
        return []
    # a verb in the plural makes them two people: "The chairman and the treasurer, Ivan Petrov, were there"
    verb = next((t.head for t in earlier if t.dep_ in ("nsubj", "nsubjpass")), None)
    plural = verb is not None and any(t.tag_ == "VBP" or t.lower_ == "were"
                                      for t in [verb, *verb.children] if t.pos_ in ("VERB", "AUX"))
    return [] if plural else earlier + [doc[index]]


def _listed_titles(title: list[Token]) -> bool:
    """A comma list of titles ('radio personality, television host, and philanthropist'), whose first title's
    organisation or country stands for the whole list."""
    return any(t.text == "," for t in title) and any(t.lower_ == "and" for t in title)


def _split_title(tokens: list[Token], mentions_by_start: dict[int, Mention]) -> tuple[str, str] | None:
    """The last (role, org) of a title."""
    found = _title_roles(tokens, mentions_by_start)
    return found[-1] if found else None


def _title_before(doc: Doc, mention_span: Span, people: set[int]) -> list[Token]:
    """The title words right before a name, including 'of'/'to' inside it ('Secretary of State', 'Mayor of X')."""
    tokens: list[Token] = []
    index = mention_span.start - 1
    if index > 1 and doc[index].text == "." and doc[index - 1].lower_ in HONORIFICS:
        index -= 1  # "Smt. Nirmala Sitharaman": an abbreviation the tokenizer split from its full stop
    if index > 0 and doc[index].text.rstrip(".").lower() in HONORIFICS:
        index -= 1  # "Hospital director Dr. Ahmed Khalil": the honorific is no part of the title
    elif index > 0 and _untagged_name_word(doc[index]) and not _is_role_word(doc[index]) \
            and _is_role_word(doc[index - 1]):
        index -= 1  # "Police Senior Superintendent [Yolanda] Yu Hoi-kwan": a first name the model left out
    # "Minister of Trade, Industry and Competition X": a portfolio whose commas do not end the title
    of = next((j for j in range(index, max(index - 3 * MOST_PORTFOLIO_WORDS, 0), -1)
               if _cabinet_portfolio_end(doc, j) == index + 1), None)
    if of is not None:
        tokens = list(doc[of - 1:index + 1])
        index = of - 2
    while index >= 0:
        token = doc[index]
        if token.text == ")" and not tokens and (inside := _bracketed_title(doc, index)):
            return inside  # "since (President) Alpha Conde came to power": the title the writer put in brackets
        if token.text == ")" and (opening := _parenthesis_opening(doc, index)) is not None:
            index = opening - 1  # "Organisation of Islamic Cooperation (OIC) head", "MP (Member of Parliament)"
            continue
        # A name stops the title; a place the model swept into the name ("Mayor of Koszalin Piotr") does not.
        if token.ent_type_ == "PERSON" and token.i in people and token.tag_ != "POS":
            if tokens and tokens[0].tag_ == "POS":
                # "Angela Merkel's spokesperson": the person whose office it is stands for the organisation.
                while index >= 0 and doc[index].ent_type_ == "PERSON":
                    tokens.insert(0, doc[index])
                    if doc[index].ent_iob_ == "B":
                        break
                    index -= 1
            break
        joins = token.lower_ in ("of", "to", "for", "the", "&") and index > 0 and tokens and \
            (token.ent_iob_ == "I" or token.lower_ in ("of", "to", "for") and _is_role_word(doc[index - 1])
             # "a spokesperson for President Rodrigo Duterte", "an advisor for U.S. President Donald Trump": the
             # words after 'for' already hold an office, so they are the title of someone else
             and (not any(_is_role_word(t) and t.lower_ not in ROLE_MODIFIERS and t.lower_ not in MILITARY_RANKS
                          for t in tokens) or _office_of_body_before_and(tokens))
             or token.lower_ == "the" and doc[index - 1].lower_ in ("of", "to", "for")
             # "A spokeswoman for the Czech police, Eva Dvorak": 'the' opens the body of the office before it
             and (token.ent_iob_ == "B" or index > 1 and _is_role_word(doc[index - 2]))) or \
            token.lower_ in NAME_CONNECTORS and index > 0 and tokens and _capitalised_name_word(tokens[0]) \
            and _capitalised_name_word(doc[index - 1]) or \
            token.lower_ == "of" and tokens and tokens[0].ent_type_ == "GPE" and any(
                _cabinet_portfolio_end(doc, j) == index for j in range(index - 1, max(index - 9, 0), -1))
        # ("Center for Biological Diversity scientist"; "Minister of Foreign Affairs of Bangladesh X")
        # "civil and environmental engineering professor"; "Conservative Party leader and Prime Minister X"
        joins = joins or token.lower_ == "and" and index > 0 and tokens and (
            _kind_of_office(tokens[0]) and _kind_conjunct(doc[index - 1], tokens[0])
            or _is_role_word(_before_serial_comma(doc, index)) and any(_is_role_word(t) for t in tokens))
        # "radio personality, television host, and philanthropist Don Imus": a list of titles that ends in 'and'
        joins = joins or token.text == "," and index > 0 and tokens and _is_role_word(doc[index - 1]) \
            and any(t.lower_ == "and" for t in tokens) and any(_is_role_word(t) for t in tokens)
        # "Tourism and Culture Minister X": two portfolios in capitals before one office
        joins = joins or token.lower_ in ("and", "&") and index > 0 and tokens and _portfolio_before_and(doc[index - 1]) \
            and _is_role_word(doc[_portfolio_conjunct_end(doc, index)])
        # "The chairman of the organizing committee, X": an -ing word that classifies the body of the office
        # "the head of the opposition and former prime minister X": an office of a body, then the second title
        joins = joins or token.lower_ == "and" and index > 2 and tokens and any(_is_role_word(t) for t in tokens) \
            and doc[index - 1].dep_ == "pobj" and doc[index - 1].head.lower_ == "of" \
            and _is_role_word(doc[index - 1].head.head) and doc[index - 1].head.head.i >= index - 5
        # "Under Secretary for Political Affairs Wendy Sherman": 'Under' opens the office
        joins = joins or token.text == "Under" and tokens and tokens[0].lower_.startswith("secretary")
        joins = joins or _inside_hyphenated_title(token) or token.tag_ == "VBG" and token.text.islower() and tokens and tokens[0].lower_ in ORG_NOUNS
        if token.pos_ in PRE_MODIFIER_POS or token.tag_ == "POS" or (token.text == "-" and token.whitespace_ == "") or joins \
                or _acronym(token) and tokens or token.lower_ in ROLE_MODIFIERS and tokens:
            tokens.insert(0, token)
            index -= 1
            continue
        break
    return tokens


def _office_of_body_before_and(tokens: list[Token]) -> bool:
    """'[of] the opposition and former prime minister': the title words so far open with the body of an office
    coordinated with the title after it."""
    conjunction = next((position for position, t in enumerate(tokens) if t.lower_ == "and"), None)
    return conjunction is not None and 0 < conjunction <= 3 and tokens[conjunction - 1].dep_ == "pobj"


def _before_serial_comma(doc: Doc, index: int) -> Token:
    """The word before 'and', past the serial comma of a list ('host, and')."""
    return doc[index - 2] if index > 1 and doc[index - 1].text == "," else doc[index - 1]


def _parenthesis_closing(doc: Doc, index: int) -> int:
    """The index after a short parenthesis that opens at index, or index itself."""
    if index < len(doc) and doc[index].text == "(":
        close = next((i for i in range(index + 1, min(index + 7, len(doc))) if doc[i].text == ")"), None)
        if close is not None:
            return close + 1
    return index


def _bracketed_title(doc: Doc, close: int) -> list[Token]:
    """The title words of a short parenthesis closed at close ('(President)'), or none."""
    opening = next((j for j in range(close - 1, max(close - 4, -1), -1) if doc[j].text == "("), None)
    # (not "Member of Parliament (MP) X": there the brackets abbreviate the title before them)
    inside = list(doc[opening + 1:close]) if opening is not None and not (
        opening > 0 and doc[opening - 1].text[:1].isupper()) else []
    if inside and _is_role_word(inside[-1]) and all(_is_role_word(t) or t.lower_ in ROLE_MODIFIERS for t in inside):
        return inside
    return []


def _parenthesis_opening(doc: Doc, close: int) -> int | None:
    """Where a short parenthesis of capitalised words closed at close opens, when a name or title stands before it:
    an acronym or the expansion of one, which is no part of a title."""
    opening = close - 1
    while opening > max(close - 6, 0) and doc[opening].text != "(":
        opening -= 1
    inside = doc[opening + 1:close]
    if doc[opening].text != "(" or not len(inside) or opening == 0 or not doc[opening - 1].text[:1].isupper() \
            or any(t.ent_type_ == "PERSON" for t in inside) \
            or not all(t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS for t in inside):
        return None
    return opening


def _appositive_after(doc: Doc, mention_span: Span, mentions_by_start: dict[int, Mention],
                      index: int | None = None) -> list[tuple[str, str]]:
    """'Tomasz Kubiak, a fire service spokesman,' or 'X, the foreign minister of Morocco', and the copular
    'X is the mayor of Z' and 'X, who is the director of Z'; a second title after 'and' ('X, his wife and the
    chairwoman of Y'); between dashes, a whole list of titles ('X — former Foreign Secretary, mayor of London, and
    member of Parliament —'). index: where the title begins, when not right after the name."""
    later_copula = index is None and _copula_after_clause(doc, mention_span)
    index = _title_start_after(doc, mention_span) if index is None else index
    if index is None:
        return _appositive_after(doc, mention_span, mentions_by_start, later_copula) if later_copula else []
    # Dashes and brackets close what they open, so every title of a list between them describes the name; after a
    # comma, a list may go on to other people ("X, a spokesman, and the police chief said") unless its next item is
    # a bare office noun ("X, a former foreign minister, mayor of Krakow and member of the Sejm").
    bracketed = doc[index - 1].text == "("
    dashed = doc[index - 1].text in DASHES or bracketed
    found = []
    owned_by_possessive = False
    for number in range(MOST_TITLES):
        title_start = index
        role_org, index = _appositive_title(doc, index, mentions_by_start)
        if role_org is not None:
            # "the chair and spokesperson for The Greens", "president and CEO of Nordbank": one body for two
            # bare office nouns, not for an office with words of its own ("a former foreign minister and mayor of X")
            if number and found and not found[0][1] and " " not in found[0][0] \
                    and (doc[title_start].text.islower() or _acronym(doc[title_start])) \
                    and _is_role_word(doc[title_start]) and doc[title_start - 1].lower_ == "and" \
                    and doc[title_start - 2].text != "," and _is_role_word(doc[title_start - 2]):
                # (each title with its own 'of': "both co-chairman of the jury and head of the department")
                found[0] = (found[0][0], role_org[1])
            elif number and found and found[-1][1] and not role_org[1] and doc[title_start - 1].lower_ == "and" \
                    and owned_by_possessive:
                role_org = (role_org[0], found[-1][1])  # "Facebook's founder and chief executive": both Facebook's
            found.append(role_org)
            owned_by_possessive = any(t.tag_ == "POS" for t in doc[title_start:index])
        if index + 2 < len(doc) and doc[index].text == "," and (dashed or _bare_title_at(doc, index + 1)):
            index += 2 if doc[index + 1].lower_ == "and" else 1
            continue
        if not (index + 1 < len(doc) and doc[index].lower_ == "and" and doc[index - 1].text != ","
                and doc[index + 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN")):
            break
        index += 1
    if not found and later_copula:
        return _appositive_after(doc, mention_span, mentions_by_start, later_copula)
    if bracketed and (index >= len(doc) or doc[index].text != ")"):
        return []  # "X (pictured with the chairman)": a bracket that holds more than titles gives none
    return found


def _copula_after_clause(doc: Doc, mention_span: Span) -> int:
    """'X, who won the race last year, is a professor', 'X of Seville is', 'X, 45, is the mayor': where the title
    of the 'is' the name is the subject of begins, when words stand between them (else 0)."""
    root = mention_span.root
    head = root.head
    # (a clause or a place between them, not a tense: "X has been a successful entrepreneur" tells a career)
    if root.dep_ == "nsubj" and head.lemma_ == "be" and head.i > mention_span.end and head.i + 1 < len(doc) \
            and head.sent == root.sent and doc[head.i - 1].pos_ not in ("AUX", "PART"):
        return head.i + 1
    return 0


def _bare_title_at(doc: Doc, index: int) -> bool:
    """'mayor of Krakow' in 'X, a former foreign minister, mayor of Krakow and member of the Sejm': a singular office
    noun with no determiner, which cannot begin the next person of a list, so it goes on the list of titles."""
    while index < len(doc) and (doc[index].lower_ in DROP_WORDS or doc[index].lower_ == "and"):
        index += 1
    return index < len(doc) and doc[index].text.islower() and doc[index].tag_ == "NN" and _is_role_word(doc[index])


DASHES = ("—", "–")
# The most titles an appositive list gives one person.
MOST_TITLES = 5


def _appositive_title(doc: Doc, index: int, mentions_by_start: dict[int, Mention]) -> tuple[tuple[str, str] | None, int]:
    """The (role, org) of the title that begins at index, and the index after it."""
    # "X, previously the Deputy Chief Minister of Goa", "X, now the director of Y"
    while index < len(doc) and (doc[index].pos_ in ("DET", "PRON") and doc[index].tag_ != "PRP"
                                and not _acronym(doc[index])
                                or doc[index].lower_ in DROP_WORDS and not _opens_year_of_study(doc[index])
                                or doc[index].lower_ in ("previously", "formerly", "currently", "now", "also")):
        index += 1
    if doc[index].like_num and doc[index:index + 5].text.lower().endswith("-year-old"):
        index += 5  # "X, a 34-year-old nurse at Y": the age is no part of the title
    # "Andriy Yermak, one of President Zelensky's aides": one of the holders of a plural office.
    one_of = index + 2 < len(doc) and doc[index].lower_ == "one" and doc[index + 1].lower_ == "of" \
        and doc[index - 1].text == ","
    if one_of:
        index += 2
        while index < len(doc) and doc[index].pos_ == "DET":
            index += 1
    tokens: list[Token] = []
    while index < len(doc) and (doc[index].pos_ in PRE_MODIFIER_POS or doc[index].tag_ == "POS"
                                or _acronym(doc[index])  # "WHO Director-General", the acronym read as a pronoun
                                or doc[index].lower_ in ROLE_MODIFIERS  # "managing director", tagged a verb
                                # "a University of Oregon psychology professor": the 'of' inside a tagged name
                                or tokens and doc[index].ent_iob_ == "I" and doc[index].ent_type_ in ("ORG", "FAC")
                                or doc[index].text == "-" and doc[index].whitespace_ == ""
                                or _in_hyphenated_modifier(doc[index])):
        if doc[index].ent_type_ == "PERSON" and not _before_possessive(doc[index]):
            return None, index  # another person's name, not the owner of the office ("Zelensky's aides")
        if tokens and _is_role_word(tokens[-1]) and doc[index].pos_ == "ADJ" and doc[index].text.islower() \
                and index + 1 < len(doc) and doc[index + 1].pos_ == "ADP":
            break  # "the Hungarian Government commissioner responsible for defence"
        tokens.append(doc[index])
        index += 1
    after = _parenthesis_closing(doc, index)
    if after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
        return None, index  # "Nicola Sturgeon, Labour MP (Member of Parliament) Tom Watson": the next person's title
    # An appositive to one person names one office: not "Donald Trump, protesters in Hong Kong".
    if not tokens or not _is_role_word(tokens[-1]) or tokens[-1].tag_ in ("NNS", "NNPS") and not one_of:
        return None, index
    # "the Secretary of Justice for Puerto Rico", "chief of staff", "head of research at Oxford Economics"
    while (field_end := _field_end(doc, index)) > index:
        tokens += doc[index:field_end]
        index = field_end
    split = _split_title(tokens, mentions_by_start)
    if split is None:
        return None, index
    role, org = split
    if (task_end := _task_after(doc, index)) is not None:
        role = f"{role} {doc[index:task_end].text.lower()}"  # "special envoy for Ukraine negotiations"
        index = task_end
    if not org and role.split()[-1] in LEGISLATORS and index + 1 < len(doc) and doc[index].lower_ == "from" \
            and doc[index + 1].ent_type_ == "GPE":
        org = _org_after(doc, index, mentions_by_start, via=("from",))  # "a senator from Vermont"
    if not org and role.split()[-1] in CONTESTANTS and (party := _party_contest_at(doc, index)):
        org = party  # "a candidate in the Democratic primary": the party whose nomination is sought
    if not org and (principal := _titled_principal_after(doc, index, role, mentions_by_start)):
        org = principal  # "spokesman for PA President Mahmoud Abbas": the person he speaks for
    elif not org and doc[index].lower_ in ("of", "for", "at"):
        org = _org_after(doc, index, mentions_by_start)
        index = _past_org(doc, index)
    elif not org and _named_org_with(doc, index):
        org = _org_after(doc, index, mentions_by_start, via=("with",))  # "a researcher with the Nordic Institute"
        index = _past_org(doc, index)
    return (role, org), index


def _field_end(doc: Doc, of_index: int) -> int:
    """Where the field of work ends that the 'of' at of_index gives an office ('head of research', 'director of
    public health', 'Minister of Information'), or of_index itself when the 'of' names a body ('head of the police',
    'director of Youth Forum Zimbabwe') or nothing."""
    if (portfolio_end := _cabinet_portfolio_end(doc, of_index)) > of_index:
        return portfolio_end
    if of_index + 1 >= len(doc) or doc[of_index].lower_ != "of":
        return of_index
    # a member is of a body, whatever its case ("a member of parliament"), never of a field of work
    end = of_index + 1 if doc[of_index - 1].lemma_.lower() == "member" else _lower_case_field_end(doc, of_index + 1)
    if end > of_index + 1 and (end == len(doc) or doc[end].tag_ != "POS"):
        return end
    following = doc[of_index + 1]
    if following.lower_ in TITLE_OBJECTS and (not _opens_long_name(following) or _one_portfolio_name(following)):
        # a portfolio in capitals: "Secretary of State", "Minister of Foreign Affairs", "Minister of Health & Wellness"
        return _portfolio_conjunct_end(doc, _portfolio_tail_end(doc, of_index + 2))
    return of_index


# Offices of a cabinet, whose 'of' or 'for' names a portfolio rather than a body: "Minister of Mineral Resources and
# Energy", "minister for Labour and Employment".
CABINET_OFFICES = {"minister", "ministers", "secretary"}


# Portfolios named before a cabinet office besides the fields of TITLE_OBJECTS: "Chief Cabinet Secretary", "Olympic
# Minister", "Cabinet Secretary" (Kenya's ministers).
CABINET_PORTFOLIOS = {"cabinet", "olympic", "olympics"}


def _cabinet_for(token: Token) -> bool:
    """The 'for' of 'minister for Labour and Employment'."""
    return token.lower_ == "for" and token.i > 0 and token.doc[token.i - 1].lower_ in CABINET_OFFICES


def _cabinet_portfolio_end(doc: Doc, of_index: int) -> int:
    """The index after a portfolio in capitals, one or several joined by commas and 'and', that the 'of' or 'for' at
    of_index gives a minister or secretary ('of Trade, Industry and Competition'); of_index itself when the words
    name a place, a person or a body ('Minister of Foreign Affairs of [Bangladesh]', 'Secretary of the Navy')."""
    if of_index < 1 or of_index + 1 >= len(doc) or doc[of_index].lower_ not in ("of", "for") \
            or doc[of_index - 1].lower_ not in CABINET_OFFICES:
        return of_index
    end = of_index + 1
    while end < len(doc):
        if _portfolio_word(doc[end]):
            end += 1
        elif end > of_index + 1 and doc[end].lower_ in ("and", "&", ",") and end + 1 < len(doc) \
                and (_portfolio_word(doc[end + 1]) or doc[end].text == "," and doc[end + 1].lower_ == "and"):
            end += 1
        else:
            break
    places = set(NATIONALITY.values()) | OTHER_COUNTRIES | UK_NATIONS | US_STATES
    named_body = doc[end - 1].lower_ in ORG_NOUNS or doc[of_index + 1:end].text in places \
        or any(t.ent_type_ in ("GPE", "NORP", "LOC") or t.text in places for t in doc[of_index + 1:end])
    return of_index if end == of_index + 1 or named_body else end


# Nouns that end a portfolio's name after its field: "Foreign Affairs", "Social Security", "Human Services".
PORTFOLIO_TAILS = {"affairs", "security", "services", "development", "relations", "cooperation", "protection",
                   "resources", "care", "works", "policy", "safety"}


def _portfolio_tail_end(doc: Doc, index: int) -> int:
    """The index after the capitalised 'Affairs' of 'Foreign Affairs' at index, or index itself."""
    return index + 1 if index < len(doc) and doc[index].lower_ in PORTFOLIO_TAILS and doc[index].text.istitle() \
        else index


def _one_portfolio_name(token: Token) -> bool:
    """'Tourism & Culture', 'Home Affairs' that the model tagged as one name: a portfolio (or two joined), nothing
    more."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    tail = _portfolio_tail_end(token.doc, token.i + 1)
    return end > token.i + 1 and _portfolio_conjunct_end(token.doc, tail) == end


def _portfolio_before_and(token: Token) -> bool:
    """'Health' of 'Health and Wellness Minister': a portfolio in capitals that a second one may join."""
    return token.text.istitle() and (token.lower_ in TITLE_OBJECTS
                                     or token.lower_ in ROLE_MODIFIERS and token.lower_ not in RANKS)


# The most words of the second portfolio joined to a first: "Health and [Social Care]", "Environment and [Climate
# Change]".
MOST_PORTFOLIO_WORDS = 3


def _portfolio_conjunct_end(doc: Doc, index: int) -> int:
    """The index after a second portfolio in capitals joined by 'and' or '&' at index to the one before it ('Health
    and Social Care', 'Trade and Industry'), or index itself."""
    if index + 1 >= len(doc) or doc[index].lower_ not in ("and", "&"):
        return index
    end = index + 1
    while end < min(index + 1 + MOST_PORTFOLIO_WORDS, len(doc)) and _portfolio_word(doc[end]):
        end += 1
    return end if end > index + 1 else index


def _portfolio_word(token: Token) -> bool:
    """A capitalised word that can name a government portfolio, not a person, a place or another office."""
    return token.text.istitle() and token.pos_ in ("PROPN", "NOUN", "ADJ") and token.ent_type_ not in ("PERSON", "GPE") \
        and not _is_role_word(token) and token.lower_ not in NATIONALITY


def _lower_case_field_end(doc: Doc, start: int) -> int:
    """The index after lower-case field words from start that end in a noun ('research', 'sales and marketing')."""
    end = start
    while end < len(doc) and (_field_word(doc[end]) or doc[end].lower_ == "and" and end > start
                              and end + 1 < len(doc) and _field_word(doc[end + 1])):
        end += 1
    while end > start and not _ends_field(doc[end - 1]):
        end -= 1  # "research and development", not "research and"
    return end


def _field_word(token: Token) -> bool:
    """A lower-case noun or adjective that can name a field of work, not another office ('research', 'public')."""
    return token.text.islower() and token.pos_ in ("NOUN", "ADJ") and not token.ent_type_ \
        and not _is_role_word(token) and not _opens_hyphenated_office(token)


def _opens_hyphenated_office(token: Token) -> bool:
    """'co' of 'co-chairman', 'vice' of 'vice-chairman': the first half of an office noun written with a hyphen."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and _is_role_word(doc[token.i + 2])


def _ends_field(token: Token) -> bool:
    """The noun a field of work ends in: not a body's common noun ('of police' is a field, 'of the police' a body)."""
    return token.pos_ == "NOUN" and (token.lower_ in TITLE_OBJECTS or token.lower_ not in ORG_NOUNS)


def _field_of_title_start(tokens: list[Token]) -> int:
    """Where the field after a title's last 'of' begins when it runs to the title's end ('minister of fisheries'),
    else the title's length."""
    of = next((position for position in range(len(tokens) - 2, 0, -1) if tokens[position].lower_ == "of"
               or tokens[position].lower_ == "for" and tokens[position - 1].lower_ in CABINET_OFFICES), None)
    if of is None or not _is_role_word(tokens[of - 1]) \
            or _field_end(tokens[0].doc, tokens[of].i) != tokens[-1].i + 1:
        return len(tokens)
    return of + 1


# People who seek an office or a nomination, and the contests a party holds to choose among them.
CONTESTANTS = {"candidate", "nominee", "hopeful", "contender", "challenger"}
PARTY_CONTESTS = {"primary", "primaries", "caucus", "caucuses", "nomination", "race", "contest", "leadership"}


def _party_contest_at(doc: Doc, index: int) -> str:
    """'in the Democratic primary', 'for the Republican nomination' at index: that party, by its name."""
    if index + 3 >= len(doc) or doc[index].lower_ not in ("in", "for") or doc[index + 1].lower_ != "the":
        return ""
    party = doc[index + 2]
    contest = doc[index + 3]
    if not (party.lower_ in PARTY_WORDS and party.text.istitle()) or contest.lower_ not in PARTY_CONTESTS:
        return ""
    return "Democratic Party" if party.lower_ == "democrat" else f"{party.text} Party"


# Participles that say where a titled person holds office: "Judge X, presiding in the District Court for ...".
SERVING_PARTICIPLES = {"presiding", "sitting", "serving", "working"}


def _organisation_from(doc: Doc, end: int, mentions_by_start: dict[int, Mention]) -> str:
    """'from Imperial College London' right after a name: the organisation the person comes from; never a place,
    which says where someone lives, not whom they work for."""
    first = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "from" or first >= len(doc) or doc[first].ent_type_ != "ORG":
        return ""
    return _org_after(doc, end, mentions_by_start, via=("from",))


def _body_served_after(doc: Doc, end: int, mentions_by_start: dict[int, Mention]) -> str:
    """The body in a ', presiding in the District Court' or ', serving with the Fire Brigade' after a name."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in SERVING_PARTICIPLES:
        return ""
    return _org_after(doc, end + 2, mentions_by_start, via=("in", "at", "on", "with", "for", "over"))


# Participles by which a body is said to have someone at its head: "The court is led by President X".
LED_BY = {"led", "lead", "headed", "chaired", "run", "directed", "helmed", "commanded", "presided"}


def _body_led_by(name: Span, mentions_by_start: dict[int, Mention]) -> str:
    """'The Supreme Court is led by President X': the named body whose head the titled person is said to be."""
    by = name.root.head
    if name.root.dep_ != "pobj" or by.lower_ != "by" or by.head.lower_ not in LED_BY:
        return ""
    for holder in (by.head, by.head.head):
        # (the participle's own subject is passive: "Nairobi" is no subject of "chaired by" in "a meeting at State
        # House, Nairobi chaired by President X", though the model may parse it so)
        dependents = ("nsubjpass",) if holder == by.head and (holder.tag_ == "VBN" or by.dep_ == "agent") \
            else ("nsubj", "nsubjpass")
        subject = next((child for child in holder.children if child.dep_ in dependents), None)
        if subject is not None:
            body = [t for t in subject.subtree if t.ent_type_ == "ORG" and t.pos_ != "DET"]
            return _org_name(name.doc[body[0].i:body[-1].i + 1], mentions_by_start) if body else ""
    return ""


def _task_after(doc: Doc, index: int) -> int | None:
    """Where a 'for' phrase after an office ends when it names the office's task, a bare noun phrase that ends in a
    common noun ('envoy for Ukraine negotiations', 'commissioner for human rights'), not a body ('spokesman for the
    fire brigade', 'adviser for Amnesty International')."""
    if index + 1 >= len(doc) or doc[index].lower_ != "for":
        return None
    end = index + 1
    while end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN", "ADJ") and doc[end].tag_ != "POS":
        end += 1
    last = doc[end - 1]
    if end == index + 1 or last.pos_ != "NOUN" or not last.text.islower() or last.lower_ in ORG_NOUNS \
            or end < len(doc) and doc[end].tag_ == "POS":
        return None
    return end


def _in_hyphenated_modifier(token: Token) -> bool:
    """'high' and 'ranking' of 'a high-ranking commander', 'long-serving': words joined by a hyphen into one
    modifier, whatever the model tags each half."""
    doc = token.doc
    return token.whitespace_ == "" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and doc[token.i + 1].whitespace_ == "" and token.is_alpha \
        or token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].whitespace_ == "" and token.is_alpha


def _hyphened_to_kind(token: Token) -> bool:
    """'first' of 'first-team coach': a word hyphened to the lower-case kind of an office, which makes one word with
    it (unlike the 'ex' of 'ex-president', hyphened to the office itself)."""
    doc = token.doc
    return token.is_alpha and not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].text.islower() and not _is_role_word(doc[token.i + 2])


def _inside_hyphenated_title(token: Token) -> bool:
    """'in' of 'editor-in-chief', 'commander-in-chief': a word hyphened between two office nouns."""
    doc = token.doc
    return token.lower_ == "in" and _in_hyphenated_modifier(token) and token.i > 1 and _is_role_word(doc[token.i - 2]) \
        and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and _is_role_word(doc[token.i + 2])


def _named_org_with(doc: Doc, index: int) -> bool:
    """'with the Nordic Institute' after a title: the organisation the person works with, when one is named
    (not 'a lawyer with 20 years of experience')."""
    name = index + 1 + (index + 1 < len(doc) and doc[index + 1].lower_ == "the")
    return doc[index].lower_ == "with" and name < len(doc) and doc[name].ent_type_ == "ORG"


def _past_org(doc: Doc, index: int) -> int:
    """The index after an 'of the Maryland Democratic Party' phrase that starts at index."""
    index += 1
    while index < len(doc) and (doc[index].pos_ in ("DET", "PROPN", "ADJ", "NOUN") or doc[index].ent_iob_ == "I"
                                or doc[index].lower_ in NAME_CONNECTORS and index + 1 < len(doc)
                                and doc[index + 1].text[:1].isupper()
                                or _classifying_participle(doc[index])):  # "of the organizing committee"
        index += 1
    return _field_of_body_end(doc, index)


def _classifying_participle(token: Token) -> bool:
    """'organizing' in 'the organizing committee': a lower-case -ing word before the noun it classifies."""
    return token.tag_ == "VBG" and token.text.islower() and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].pos_ == "NOUN"

# Verbs by which a body takes people into an office: "NASA has selected two astronauts".
HIRING_VERBS = {"select", "appoint", "hire", "choose", "nominate", "name", "recruit", "employ", "assign"}


def _hiring_body(title_head: Token, mentions_by_start: dict[int, Mention]) -> str:
    """The organisation that is the subject of the verb that selects or appoints the people of a plural title."""
    verb = title_head.head
    if title_head.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in HIRING_VERBS:
        return ""
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent") and child.ent_type_ == "ORG":
            names = [t for t in child.subtree if t.ent_type_ == "ORG"]
            return _org_name(child.doc[names[0].i:names[-1].i + 1], mentions_by_start)
    return ""


def _before_possessive(token: Token) -> bool:
    """Part of a name that ends in a possessive: 'Zelensky' in "President Zelensky's aides"."""
    index = token.i
    while index + 1 < len(token.doc) and token.doc[index + 1].ent_type_ == token.ent_type_ \
            and token.doc[index + 1].ent_iob_ == "I":
        index += 1
    return index + 1 < len(token.doc) and token.doc[index + 1].tag_ == "POS"


def _title_start_after(doc: Doc, mention_span: Span) -> int | None:
    """Where a title after the name begins: after its comma, its ', who is' or the 'is' it is the subject of."""
    end = mention_span.end
    if end + 1 >= len(doc):
        return None
    if doc[end].text == "," and end + 3 < len(doc) and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2  # "John Smith, 45, a spokesman for the fire brigade"
    end = _past_affiliation(doc, end)
    # "X, who is the director", "X, who had been Tonga's prime minister"; a name needs no comma before its 'who'
    # ("Mike Pompeo who is the secretary of state"): a relative clause cannot narrow down whom a name names.
    who = end + 1 if doc[end].text == "," else end
    # (not the question after 'asked X': "Reporters asked Maria Lopez who is the new mayor")
    # (not the acronym: "X, WHO Director-General")
    if doc[who].lower_ == "who" and not doc[who].text.isupper() \
            and (who > end or mention_span.root.head.lemma_ not in QUESTION_VERBS):
        verb = who + 1
        while verb < len(doc) and doc[verb].lemma_ in ("have", "be") and doc[verb].pos_ == "AUX" \
                and doc[verb].lemma_ != "be":
            verb += 1
        return verb + 1 if verb < len(doc) and doc[verb].lemma_ == "be" else None
    # "John Smith (chief executive of Acme Corp) said": a title in brackets after the name, as after a comma
    if doc[end].text in (",", "(") or doc[end].text in DASHES:
        return end + 1
    if doc[end].lemma_ == "be" and mention_span.root.dep_ == "nsubj" and mention_span.root.head == doc[end]:
        return end + 1
    return None


def _past_affiliation(doc: Doc, end: int) -> int:
    """After 'of Boston University' when a comma follows it: 'Michael Siegel of Boston University, co-author of the
    study' gives its title after the name's affiliation."""
    if doc[end].lower_ not in ("of", "from", "at"):
        return end
    first = end + 1
    if first < len(doc) and doc[first].lower_ == "the" and doc[first].ent_iob_ != "B":
        first += 1
    if first >= len(doc) or doc[first].ent_iob_ != "B" or doc[first].ent_type_ not in ("ORG", "GPE"):
        return end
    last = first
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return last + 1 if last + 2 < len(doc) and doc[last + 1].text == "," else end


# Verbs whose object may be followed by an indirect question: "asked X who is ...".
QUESTION_VERBS = {"ask", "tell", "know", "wonder", "show", "inform", "remind", "question", "teach"}


def _org_after(doc: Doc, index: int, mentions_by_start: dict[int, Mention],
               via: tuple[str, ...] = ("of", "for", "at"), after_name: bool = False) -> str:
    """'of the University of Guelph', 'of Florida' right after a name or role: that organisation."""
    if index + 1 >= len(doc) or doc[index].lower_ not in via:
        return ""
    start = index + 1
    if doc[start].lower_ in ("the", "a", "an"):
        start += 1
    adjectives = start  # "of the conservative Law and Justice Party": a word describing the body is not its name
    # (nor is a lower-case noun: "of the opposition Labour Party")
    while adjectives < len(doc) - 1 and doc[adjectives].pos_ in ("ADJ", "NOUN") and doc[adjectives].text.islower():
        adjectives += 1
    if adjectives > start and doc[adjectives].ent_iob_ == "B" and doc[adjectives].ent_type_ == "ORG":
        start = adjectives
    # "spokeswoman for the Trump administration's Department of Justice": the body after the possessive.
    owner = start
    while owner < min(start + 4, len(doc) - 1) and doc[owner].pos_ in ("PROPN", "NOUN"):
        owner += 1
    if owner > start and doc[owner].tag_ == "POS" \
            and not (doc[start].ent_iob_ == "B" and owner + 1 < len(doc) and doc[owner + 1].ent_iob_ == "I"):
        start = owner + 1  # (but "St Mary's Hospital", one name across its possessive, stays whole)
    # "mayor of the Polish city of Gdańsk": the place itself, not its description.
    place = start
    while place < len(doc) and (doc[place].ent_type_ == "NORP" or doc[place].pos_ == "ADJ"):
        place += 1
    if place + 2 < len(doc) and doc[place].lower_ in PLACE_NOUNS and doc[place + 1].lower_ == "of":
        start = place + 2
    stop = start
    while stop < len(doc) and doc[stop].ent_type_ in ORG_LABELS and (stop == start or doc[stop].ent_iob_ == "I"):
        stop += 1
    if stop == start and doc[start - 1].tag_ == "POS" and doc[owner - 1].ent_type_ in ("GPE", "ORG"):
        # "Representative Kweisi Mfume of Maryland's seventh Congressional District": no body after, the owner.
        first = owner - 1
        while first > index + 1 and doc[first].ent_iob_ == "I":
            first -= 1
        return _org_name(doc[first:owner], mentions_by_start)
    if after_name and stop == start and not doc[start].ent_type_ \
            and doc[start].text in set(NATIONALITY.values()) | OTHER_COUNTRIES:
        return doc[start].text  # "Macky Sall of [Senegal]": a country the model left untagged after a name
    if stop == start and doc[start].ent_iob_ == "B" and doc[start].ent_type_ == "PERSON":
        # "the general manager of Cipriani Dolci": a name the model took for a person here, that the story tags as
        # an organisation or a place elsewhere
        stop = start + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        if not any(m.text == doc[start:stop].text and m.label in ORG_LABELS for m in mentions_by_start.values()):
            stop = start
    if stop == start and doc[start - 1].lower_ == "the":
        # "director of the Learning Together event": a name the model did not tag, in title case after 'the'.
        while stop < len(doc) and (_capitalised_name_word(doc[stop]) or _hyphen_in_name(doc, stop)):
            stop += 1
    if stop == start and doc[start - 1].lower_ in ("the", "a", "an"):
        # "a spokesman for the fire brigade", "head of a regional civil defense office": a body named by common
        # nouns (after classifying adjectives) that end in an organisation noun; after 'a', more than that noun.
        stop = _common_body_end(doc, start, least=1 if doc[start - 1].lower_ == "the" else 2)
        if stop > start and doc[stop - 1].lower_ not in PLACE_NOUNS and (place := _place_of_body(doc, stop)):
            # "a spokeswoman for the police department of nearby Cullinan": the common body is that place's
            return f"{doc[start:stop].text} of {place.text}"
        stop = _field_of_body_end(doc, stop) if stop > start else stop
    if stop > start and doc[start].ent_type_ != "GPE":
        # The model often ends a long name early: "National Institute of Allergy [and Infectious Diseases]".
        while stop < len(doc) and (_capitalised_name_word(doc[stop]) or _hyphen_in_name(doc, stop)
                                   or doc[stop].lower_ in NAME_CONNECTORS
                                   and stop + 1 < len(doc) and _capitalised_name_word(doc[stop + 1])):
            stop += 1
    elif stop > start and doc[start - 1].lower_ == "the" and (body_end := _common_body_end(doc, stop)) > stop:
        stop = body_end  # "head of the Lisbon police", "the Tokyo metropolitan police": that place's body
    elif stop > start:
        stop = _body_named_after_country(doc, stop)
    if stop > start and stop < len(doc) and doc[stop].lower_ in ORG_NOUNS and doc[stop].text.islower() \
            and doc[start].ent_type_ != "GPE" and doc[stop].lower_ not in ("country", "city"):
        stop += 1  # "of the Marbel diocese": the body's common noun after its name
    return _org_name(doc[start:stop], mentions_by_start) if stop > start else ""


def _common_body_end(doc: Doc, start: int, least: int = 1) -> int:
    """Where a body named by at least `least` common nouns from start ends ('fire brigade', 'organizing committee',
    'metropolitan police'): lower-case nouns, after classifying adjectives, that end in an organisation noun; else
    start."""
    words = start
    while words < min(start + 4, len(doc)) and doc[words].text.islower() \
            and (doc[words].pos_ == "NOUN" or doc[words].pos_ == "ADJ" and doc[words].lower_ not in NOT_ROLE_KINDS
                 or doc[words].tag_ == "VBG"):  # "the organizing committee", "the governing council"
        words += 1
        if doc[words - 1].lower_ in ORG_NOUNS and doc[words - 1].pos_ == "NOUN" \
                and (words == len(doc) or doc[words].pos_ != "NOUN") and words - start >= least:
            return words
    return start


# Last words of the names of public bodies that begin with their country's name: "United States District Court".
PUBLIC_BODY_HEADS = {"court", "department", "agency", "ministry", "police", "army", "navy", "commission", "bureau",
                     "service", "office", "administration", "senate", "parliament", "congress", "tribunal"}


def _body_named_after_country(doc: Doc, stop: int) -> int:
    """Where the name of a public body ends that runs on from a country's name at stop ('United States [District
    Court for the Western District of Virginia]'), or stop itself when no such body follows."""
    end = stop
    while end < len(doc) and _capitalised_name_word(doc[end]):
        end += 1
    if end == stop or doc[end - 1].lower_ not in PUBLIC_BODY_HEADS:
        return stop
    # a court's or a body's district, as part of its name: "for the Western District of Virginia"
    while end + 2 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].lower_ == "the" \
            and _capitalised_name_word(doc[end + 2]):
        end += 2
        while end < len(doc) and (_capitalised_name_word(doc[end]) or doc[end].ent_iob_ == "I"):
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
            end += 2  # "... District of Iowa", whatever the model tags the state
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
    return end


def _field_of_body_end(doc: Doc, index: int) -> int:
    """The index after an 'of surgery', 'of operative surgery and anatomy' at index that names the field of a body
    named by its common noun ('the department of surgery'), or index itself."""
    if index + 1 >= len(doc) or doc[index].lower_ != "of":
        return index
    end = _lower_case_field_end(doc, index + 1)
    return end if end > index + 1 else index


def _place_of_body(doc: Doc, index: int) -> Span | None:
    """The named place in an 'of (nearby) Cullinan' at index, after a body named by common nouns."""
    if index + 1 >= len(doc) or doc[index].lower_ != "of":
        return None
    start = index + 1
    while start < len(doc) - 1 and doc[start].pos_ == "ADJ" and doc[start].text.islower():
        start += 1  # "nearby", "neighbouring"
    the = start < len(doc) - 1 and doc[start].lower_ == "the"
    if doc[start + the].ent_type_ not in ("GPE", "LOC", "FAC") or doc[start + the].ent_iob_ != "B":
        return None
    stop = start + the + 1
    while stop < len(doc) and (doc[stop].ent_iob_ == "I" or _capitalised_name_word(doc[stop])
                               or doc[stop].lower_ in NAME_CONNECTORS and stop + 1 < len(doc)
                               and doc[stop + 1].text[:1].isupper()):
        stop += 1
    return doc[start:stop]


def _untagged_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_


def _capitalised_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in ("PERSON", "DATE", "GPE")


def _hyphen_in_name(doc: Doc, index: int) -> bool:
    """The hyphen of 'Secretary-General' or 'Inter-Agency': written without spaces between two capitalised words of
    one name, so the name goes on past it."""
    return doc[index].text == "-" and not doc[index].whitespace_ and index > 0 and not doc[index - 1].whitespace_ \
        and doc[index - 1].text[:1].isupper() and index + 1 < len(doc) and _capitalised_name_word(doc[index + 1])


def _appositive_before(doc: Doc, mention_span: Span, people: set[int], index: int | None = None) -> list[Token]:
    """'The Vice President, Mike Pence,', 'Mahan's director, Hamid Arabnejad Khanooki,': the title set off by a comma
    before the name, when the name is itself closed by a comma (so 'After meeting the president, Trump said' is not)
    or the title opens the sentence as the subject the name stands beside ('The Labour Party's leader, Jeremy Corbyn
    announced'). index: where to look for the comma, when a title stands between it and the name ('The study's lead
    author, doctoral candidate Maninder Thind,')."""
    stacked = index is not None
    if index is None:
        index = mention_span.start - 1
        while index > 0 and (doc[index].text.rstrip(".").lower() in HONORIFICS or _untagged_name_word(doc[index])):
            index -= 1  # "The mayor of London, Sadiq Khan,": the model often leaves the first name out of the entity
    end = mention_span.end
    if index < 1 or doc[index].text != "," or end >= len(doc):
        return []
    title = _title_before(doc, doc[index:index], people)
    if not title or not any(_is_role_word(t) for t in title):
        title = _plural_title_before_phrase(doc, index, people)
    if not title or not any(_is_role_word(t) for t in title):
        return []
    title = _coordinated_title_before(doc, title) + title
    before = title[0].i - 1
    while before > 0 and (doc[before].lower_ in DROP_WORDS or doc[before].pos_ == "DET"
                          or doc[before].ent_type_ in ORG_LABELS and doc[before].ent_iob_ == "I"):
        before -= 1  # "Sally Bolton, incoming All England Club CEO, Bernard Giudicelli"
    if not stacked and before > 0 and doc[before].text == "," and doc[before - 1].ent_type_ == "PERSON":
        return []  # "Craig Tilley, Tennis Australia CEO, Andrea Gaudenzi, ATP Chairman": the title of the name before
    # the name ends its sentence: "the death of my comrade, former Vice President, Nickey Iyambo."; a plural
    # title before a list of names: "two astronauts, Doug Hurley and Bob Behnken"
    if doc[end].text not in (",", "(", ";", ".", "!", "?") and not _subject_beside(title, mention_span) \
            and not (title[-1].tag_ in ("NNS", "NNPS") and doc[end].lower_ == "and" and not stacked) \
            and not _portfolio_opens_sentence(title, end):
        return []
    # the office noun itself, not a body named after its 'to' or 'of' ("delegate to the House of Representatives")
    linked = next((t.i for t in title if t.lower_ in ("of", "to", "for")), title[-1].i + 1)
    office = ([t for t in title if _is_role_word(t) and t.i < linked] or title)[-1]
    if office.tag_ in ("NNS", "NNPS") and not stacked and not _list_goes_on(doc, end):
        return []  # "Speaking through his lawyers, Marco Bellini, 41, denied": one name is not a plural's holders
    return title


def _portfolio_opens_sentence(title: list[Token], end: int) -> bool:
    """'Minister of Mineral Resources and Energy, Gwede Mantashe was admitted': a minister's title with its portfolio
    opens the sentence and the name after its comma is followed by its verb (however the model parsed the two)."""
    doc = title[0].doc
    first = title[0].i - (1 if title[0].i > 0 and doc[title[0].i - 1].pos_ == "DET" else 0)
    return doc[first].is_sent_start and any(_cabinet_portfolio_end(doc, t.i) == title[-1].i + 1 for t in title) \
        and end < len(doc) and doc[end].pos_ in ("AUX", "VERB")


def _list_goes_on(doc: Doc, end: int) -> bool:
    """Another name follows soon after the one that ends at end, after a comma or 'and' (past a date or an age set
    off by commas): a list of names."""
    for index in range(end, min(end + 8, len(doc) - 1)):
        if doc[index].lower_ in ("and", ",") and doc[index + 1].ent_type_ == "PERSON":
            return True
        if doc[index].is_sent_end:
            break
    return False


def _plural_title_before_phrase(doc: Doc, comma: int, people: set[int]) -> list[Token]:
    """'two Presidents in the history of the United States, Bill Clinton and Andrew Johnson': a plural title whose
    prepositional phrase stands between it and the comma before the list of its holders."""
    for index in range(comma - 1, max(comma - 9, 0), -1):
        token = doc[index]
        if token.tag_ in ("NNS", "NNPS") and _is_role_word(token) and doc[index + 1].pos_ == "ADP":
            return _title_before(doc, doc[index + 1:index + 1], people)
        if token.pos_ not in ("ADP", "DET", "PROPN", "NOUN", "ADJ") or token.ent_type_ == "PERSON":
            return []
    return []


def _subject_beside(title: list[Token], mention_span: Span) -> bool:
    """The title opens its sentence as a subject of the verb the name is also the subject of (the small model's
    parse of an appositive that has no closing comma)."""
    doc = mention_span.doc
    first = title[0].i - (1 if title[0].i > 0 and doc[title[0].i - 1].pos_ == "DET" else 0)
    inside = {t.i for t in title}
    # the title's own head: its word whose head lies outside it ("member" of "A member of the Tunisian Parliament")
    head = next((t for t in title if (t.head.i not in inside or t.dep_ == "ROOT") and t.dep_ in ("nsubj", "nsubjpass", "ROOT")),
                max(title, key=lambda t: t.i if t.dep_ not in ("compound", "amod", "poss", "case", "det") else -1))
    opens = doc[first].is_sent_start or first > 0 and doc[first - 1].is_space and doc[first - 1].is_sent_start
    if opens and head.dep_ == "ROOT" and mention_span.root.dep_ in ("nsubj", "nsubjpass") \
            and mention_span.root.head.head == head and mention_span.root.head.i == mention_span.end:
        return True  # the model made the title the root and "Samir Dilou said" a clause beside it
    return opens and head.dep_ in ("nsubj", "nsubjpass") \
        and mention_span.root.dep_ in ("nsubj", "nsubjpass", "appos") \
        and mention_span.root.head in (head.head, head)


def _after_place(doc: Doc, index: int) -> int:
    """The index after an 'of Florida' that follows a name in a list ('Marco Rubio of Florida, Mike Lee of Utah')."""
    if index + 1 < len(doc) and doc[index].lower_ == "of" and doc[index + 1].ent_type_ in ORG_LABELS:
        index += 1
        while index < len(doc) and doc[index].ent_iob_ == "I" or index < len(doc) and doc[index].ent_iob_ == "B" \
                and doc[index - 1].lower_ == "of":
            index += 1
    return index


def _member_of_legislators(doc: Doc, span: Span) -> str:
    """'Republican Representatives attacked the inquiry, with Steve Scalise of Louisiana calling it ...': a name
    followed by 'of' and a US state, the subject of a participle in a sentence that has named the legislators
    earlier, is one of them (not 'Senators met with Maria Lopez of Nevada, a local farmer')."""
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end + 1].ent_type_ != "GPE" \
            or span.root.dep_ != "nsubj" or span.root.head.tag_ != "VBG":
        return ""
    state = doc[span.end + 1:_after_place(doc, span.end)].text
    if state not in US_STATES:
        return ""
    plurals = [t for t in doc[sentence_of(span[0]).start:span.start]
               if t.tag_ in ("NNS", "NNPS") and _singular(t) in LEGISLATORS and t.lower_ != _singular(t)]
    return _singular(plurals[-1]) if plurals else ""


def _continues_list(doc: Doc, previous_end: int, span: Span) -> bool:
    """This name follows the previous one (ending at token previous_end) in a list: only 'of Utah', commas and 'and'
    lie between them, and a date the previous name is set off with ('Richard Nixon, in 1972, and Bill Clinton')."""
    index = _after_place(doc, previous_end)
    return index < span.start and all(t.text in (",", "and") or t.ent_type_ == "DATE"
                                      or t.lower_ == "in" and doc[t.i + 1].ent_type_ == "DATE"
                                      for t in doc[index:span.start])


def _full_org_names(mentions: list[Mention]) -> dict[str, str]:
    """'House' → 'House of Representatives', 'Council' → 'Legislative Council' when the article names exactly one
    body in full that begins (with ' of ') or ends with the short name."""
    candidates: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.canonical.split()
        if mention.label == "ORG" and " of " in mention.canonical:
            candidates.setdefault(words[0], set()).add(mention.canonical)
        # Not 'Tunisian Parliament' for 'Parliament' (a country's word adds nothing in its own story), nor
        # 'Former CIA' for 'CIA', nor 'Federal Aviation Office of Germany' for 'Germany'.
        if mention.label == "ORG" and len(words) == 2 and words[-1].istitle() and " of " not in mention.canonical \
                and words[0].lower() not in NATIONALITY and words[0].lower() not in DROP_WORDS \
                and words[0].lower() not in PARTY_WORDS:  # nor 'Republican Senate' for 'Senate'
            candidates.setdefault(words[-1], set()).add(mention.canonical)
    return {short: names.pop() for short, names in candidates.items() if len(names) == 1}


def _named_body(generic: str, places: tuple[str, str, str, str], mentions: list[Mention]) -> str:
    """'company' → the company the story names most, 'country' → the story's country; itself when the story names
    none."""
    kind = GENERIC_BODIES[generic.lower()]
    if kind in ("country", "state", "city"):
        return places[("country", "state", "city").index(kind)] or generic
    counts: dict[str, int] = {}
    for mention in mentions:
        words = mention.canonical.lower().split()
        if mention.label == "ORG" and mention.canonical not in US_POLITICS | SHARED_LEGISLATURES and (not kind or set(kind) & set(words)):
            counts[mention.canonical] = counts.get(mention.canonical, 0) + 1
    return _most_named(counts) or generic


def _without_country_word(org: str, named_orgs: set[str]) -> str:
    """'US Supreme Court' → 'Supreme Court' when the story also names the body without the abbreviation of its
    country, as it then calls it. A nationality adjective is kept, as official names carry it ('Indonesian National
    Police')."""
    first, _, rest = org.partition(" ")
    return rest if rest in named_orgs and first.isupper() and first.lower() in NATIONALITY else org


def _demonym_place(org: str, named_places: set[str]) -> str:
    """'Tongan' → 'Tonga' when the story names Tonga: a nationality the table lacks, read off a place the story
    names (its name without its last letter begins the adjective)."""
    if " " in org or not org.endswith(("an", "ese", "i", "ish")) or not org[:1].isupper() \
            or org in NATIONALITY.values() or org in OTHER_COUNTRIES:
        return org  # "Iran" is a place, not the adjective of "Iraq"
    fitting = [place for place in named_places if " " not in place and 3 < len(place) < len(org)
               and org.lower().startswith(place.lower()[:-1])]
    return fitting[0] if len(fitting) == 1 else org


def _office_noun(role: str) -> str:
    """'secretary of transportation' → secretary, 'foreign affairs minister' → minister."""
    return role.split(" of ")[0].split()[-1]


def _cabinet_colleague_orgs(stated: list) -> list[str]:
    """'US Secretary of State Mike Pompeo sent a letter to Elaine Chao, the Secretary of Transportation': another
    portfolio with the same office noun, stated earlier with a country, is the same government. The same role with
    another country ('Greek foreign minister' meeting 'the foreign minister') is not a colleague, so it is not used.
    One pass: for each stated role, the country of the latest earlier colleague, or ''."""
    countries = set(NATIONALITY.values()) | OTHER_COUNTRIES
    latest: dict[str, dict[str, str]] = {"secretary": {}, "minister": {}}
    found = []
    for _, _, _, role, org in stated:
        seen = latest.get(_office_noun(role))
        # heads of government lead a cabinet, they are not one of its portfolios ("First Minister of Scotland" is
        # no colleague of "Prime Minister Theresa May")
        if seen is None or role in NATIONAL_OFFICES or role in ("first minister", "chief minister"):
            found.append("")
            continue
        found.append(next((country for other, country in reversed(seen.items()) if other != role), ""))
        if org in countries:
            seen.pop(role, None)
            seen[role] = org
    return found


def _most_named(counts: dict[str, int]) -> str:
    return max(counts, key=counts.get) if counts else ""


def _main_places(mentions: list[Mention], headline: str = "", dateline_region: str = "",
                 dateline_city: str = "") -> tuple[str, str, str, str]:
    """The country, US state and city (or other place) the article is mostly about: the most named of each, and
    the second most named country.
    Bodies of US politics ('Congress', 'the White House', 'Republicans') count for the United States; a body that
    names no country may leave it to its bodies' names or the headline ('New Japanese PM ...')."""
    countries = set(NATIONALITY.values()) | OTHER_COUNTRIES
    country: dict[str, int] = {}
    state: dict[str, int] = {}
    city: dict[str, int] = {}
    legislatures = 0
    by_name: set[str] = set()  # countries named as places, not only by their adjective ('a Sri Lankan national')
    for mention in mentions:
        name = _country_of(mention.canonical) if mention.label in ("NORP", "GPE") else None
        # Scotland, Wales and England have no national offices of their own: their story's prime minister is the UK's.
        name = "United Kingdom" if name in UK_NATIONS else name
        if mention.label == "GPE" and mention.canonical.endswith(" City") and mention.canonical[:-5] in countries:
            name = mention.canonical[:-5]  # "Guatemala City", "Kuwait City": the capital names its country
        elif name not in countries and mention.label in ("GPE", "LOC") \
                and (part := PART_OF_COUNTRY.fullmatch(mention.canonical)) and part.group(1) in countries:
            name = part.group(1)  # "Western Kenya", "northern Nigeria": a part of the country is in the country
        if name in countries:
            country[name] = country.get(name, 0) + 1
            if mention.label == "GPE" and mention.canonical == name:
                by_name.add(name)
        elif mention.canonical in SHARED_LEGISLATURES:
            legislatures += 1
        elif mention.canonical in US_POLITICS:
            country["United States"] = country.get("United States", 0) + 1
        elif mention.label == "GPE" and mention.canonical in US_STATES and mention.canonical != "Georgia":
            state[mention.canonical] = state.get(mention.canonical, 0) + 1
        elif mention.label == "GPE":
            city[mention.canonical] = city.get(mention.canonical, 0) + 1
    if not dateline_region and "/" not in dateline_city:
        dateline_region = NATIONAL_CAPITALS.get(dateline_city.casefold(), "")  # "ISLAMABAD:" is in Pakistan
    if (region := _country_of(dateline_region)) in countries:
        # The dateline says where the story was written, and so where it mostly is: more than one passing mention.
        country[region] = country.get(region, 0) + DATELINE_WEIGHT
        by_name.add(region)
    elif dateline_region in US_STATES:
        state[dateline_region] = state.get(dateline_region, 0) + DATELINE_WEIGHT
    foreign_capital = any(NATIONAL_CAPITALS.get(name.casefold(), "United States") != "United States" for name in city)
    if legislatures and ("United States" in country or (state or not country) and not foreign_capital):
        # The Philippines, Kenya and Nigeria have a Senate and a Congress too: they are the US's only in a story that
        # names the US, one of its states, or no other country nor another country's capital ("in Nairobi").
        country["United States"] = country.get("United States", 0) + legislatures
    if not country:
        # "the National Bank of Romania", "the Romanian Government": a story that names its country only inside the
        # names of its bodies is about that country.
        for mention in mentions:
            if mention.label == "ORG":
                for name in {NATIONALITY.get(word.lower(), word) for word in _country_words(mention.canonical)}:
                    if name in countries:
                        country[name] = country.get(name, 0) + 1
    if not country:
        words = re.sub(r"['’]s\b|[^\w\s.'’-]", " ", headline)
        for name in {NATIONALITY.get(word.lower(), word) for word in _country_words(words)}:
            if name in countries:
                country[name] = country.get(name, 0) + 1
    if drc := [name for name in country if name in DRC_NAMES]:
        named = max(drc, key=lambda name: (country[name], len(name)))
        for name in drc + ["Congo"]:
            if name != named and name in country:
                country[named] += country.pop(name)
    main_country = _most_named_alone(country)
    if not main_country and country:
        # Named once each: the one named as a place is where the story is; the others describe people's origins.
        # Only between two: with more, a name may be an aside ('6pm UK time') as much as a place of the story.
        placed = [name for name in country if name in by_name]
        main_country = placed[0] if len(placed) == 1 and len(country) == 2 else ""
    if not main_country and state and not foreign_capital:
        main_country = "United States"  # "Brownwood, Texas": a story set in a US state is set in the US
    runner_up = _most_named_alone({name: count for name, count in country.items() if name != main_country})
    return (main_country, _most_named(state) if main_country in ("United States", "") else "", _most_named(city),
            runner_up)


# "Western Kenya", "Northern Nigeria", "South-East Asia" is no country: a direction before a country's name.
PART_OF_COUNTRY = re.compile(r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|-?(?:[Ee]ast|[Ww]est)(?:ern)?)? (.+)")

# How many mentions a dateline's country or state is worth.
DATELINE_WEIGHT = 2


def _country_of(name: str) -> str:
    """The country a nationality names, in the singular or plural ('Kenyan', 'South Africans'), else the name."""
    lower = name.lower()
    if lower not in NATIONALITY and lower.endswith("s") and lower[:-1] in NATIONALITY:
        lower = lower[:-1]
    return NATIONALITY.get(lower, name)


def _country_words(name: str) -> list[str]:
    """The words and two-word runs of a name, where a country or its adjective may be ('Bank of South Africa')."""
    words = name.replace(",", " ").split()
    return words + [" ".join(pair) for pair in zip(words, words[1:])]


def _most_named_alone(counts: dict[str, int]) -> str:
    """The most named, unless it is named once and so are others: a story that names five countries once each is
    about none of them, so none is implied for an office whose country the text does not give."""
    ranked = sorted(counts.values(), reverse=True)
    return "" if len(ranked) > 1 and ranked[0] == ranked[1] == 1 else _most_named(counts)


# Offices held in one kind of body, named by the last word of its name: a legislator's legislature, a bishop's
# diocese, a professor's university. With no body stated, the one such body the story names is implied.
BODY_OF_OFFICE = {
    **dict.fromkeys(("legislator", "lawmaker", "councillor", "councilor", "councilman", "councilwoman"),
                    ("council", "parliament", "assembly", "legislature", "duma", "knesset", "diet")),
    **dict.fromkeys(("bishop", "archbishop", "auxiliary bishop", "bishop emeritus", "priest", "vicar"),
                    ("diocese", "archdiocese", "parish", "eparchy")),
    **dict.fromkeys(("professor", "lecturer", "provost", "dean", "vice-chancellor", "associate professor",
                     "assistant professor"), ("university", "college", "institute", "polytechnic")),
    **dict.fromkeys(("justice", "chief justice", "associate justice"), ("court",)),
}


def _body_of_office(role: str, mentions: list[Mention], full_names: dict[str, str]) -> str:
    """The one body of the kind an office belongs to that the story names ('legislator' → 'Legislative Council';
    'bishop' → 'Marbel diocese'), or '' when it names none or several."""
    kinds = BODY_OF_OFFICE.get(role)
    if not kinds:
        return ""
    named_orgs = {m.canonical for m in mentions if m.label == "ORG"}
    bodies = {_without_country_word(full_names.get(m.canonical, m.canonical), named_orgs)
              for m in mentions if m.label in ("ORG", "FAC")
              and (m.canonical.lower().split() or [""])[-1] in kinds or m.label == "ORG"
              and (m.canonical.lower().split() or [""])[0] in kinds and " of " in m.canonical}
    return bodies.pop() if len(bodies) == 1 else ""


def _pronoun_owner(doc: Doc, title: list[Token], mentions: list[Mention]) -> str:
    """'a website known as "Welcome To Video" and its alleged operator Jong Woo Son': the body an 'its' or 'their'
    before a title refers to, the nearest named before it in the same or the previous sentence."""
    index = title[0].i - 1
    while index > 0 and doc[index].text.islower() and doc[index].tag_ in ("JJ", "VBN"):
        index -= 1  # "its alleged operator"
    if index < 0 or doc[index].lower_ not in ("its", "their", "his", "her"):
        return ""
    sentence = sentence_of(doc[index])
    earliest = sentence_of(doc[sentence.start - 1]).start_char if sentence.start > 0 else sentence.start_char
    # "its operator" belongs to a body; "his lawyer" to a person, and only a personal office is someone's
    labels = ("PERSON",) if doc[index].lower_ in ("his", "her") else ("ORG", "WORK_OF_ART", "PRODUCT")
    if labels == ("PERSON",) and not any(_singular(t) in PERSONAL_STAFF for t in title):
        return ""
    owners = [m for m in mentions if m.label in labels and earliest <= m.start and m.end <= doc[index].idx]
    return owners[-1].canonical if owners else ""


def _titled_principal_after(doc: Doc, index: int, role: str, mentions_by_start: dict[int, Mention]) -> str:
    """The person a personal office at index serves when a title names him: 'for PA President Mahmoud Abbas', 'of
    Israeli Prime Minister Benjamin Netanyahu', 'to President X' after 'spokesman', 'representative', 'aide'."""
    if role.split()[-1] not in PERSONAL_STAFF | {"representative", "envoy"} or index + 2 >= len(doc) \
            or doc[index].lower_ not in ("of", "for", "to"):
        return ""
    start = index + 1 + (doc[index + 1].lower_ == "the")
    end = start
    while end < len(doc) and doc[end].ent_type_ != "PERSON" and (
            _is_role_word(doc[end]) or doc[end].lower_ in ROLE_MODIFIERS or doc[end].lower_ in NATIONALITY
            or doc[end].ent_type_ in ORG_LABELS or _acronym(doc[end]) or doc[end].lower_ in ("of", "the")):
        end += 1
    if end == start or end >= len(doc) or doc[end].ent_type_ != "PERSON" or doc[end].ent_iob_ != "B" \
            or not any(_is_role_word(t) for t in doc[start:end]):
        return ""
    person = mentions_by_start.get(doc[end].idx)
    return person.canonical if person is not None and person.label == "PERSON" else ""


# Offices held for one person, who is their organisation: "his lawyer", "her spokeswoman".
PERSONAL_STAFF = {"lawyer", "attorney", "spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor",
                  "assistant", "employee", "bodyguard", "publicist", "agent", "chauffeur", "driver",
                  "coach", "trainer", "caddie"}  # (an athlete's coach: "his coach Dennis Nielsen")
UK_NATIONS = {"Scotland", "Wales", "England", "Northern Ireland"}


def _places_of_free_office(role: str, holder: Mention, places: tuple[str, str, str, str],
                           stated: list, text: str) -> tuple[str, str, str, str]:
    """The story's places, without the country whose office of this name the text gives to someone else: in a story
    that names Andrzej Duda President of Poland, a bare 'President X' is not Poland's president, so the next most
    named country is implied instead. A bare 'minister' or 'secretary' is one of many and keeps the country, and a
    former holder ('former Philippine President Arroyo') leaves the office to a bare 'President Aquino'."""
    country, state, city, other_country = places
    if role in ("minister", "secretary"):
        return places
    held = {org for mention, _, start, other_role, org in stated
            if other_role == role and org and mention.canonical != holder.canonical
            and not _former_holder(text[start:mention.start])}
    if country not in held:
        return places
    return (other_country if other_country not in held else "", state, city, "")


# Words before a title that say its holder has left the office or not yet taken it.
FORMER_WORDS = {"former", "ex", "late", "then", "outgoing", "incoming", "previous", "past"}


# The officers of a company: with no company stated, the one the story is about holds them.
COMPANY_OFFICES = {"ceo", "cfo", "coo", "cto", "chief executive", "chief executive officer", "chief financial officer",
                   "chief operating officer", "chief technology officer", "chief technical officer"}
# Words in the names of bodies that are not businesses (a ministry has no chief executive in the news sense).
PUBLIC_BODY_WORDS = {"ministry", "department", "government", "court", "police", "party", "parliament", "senate",
                     "congress", "council", "commission", "agency", "army", "university", "nations", "union", "news",
                     "reuters", "bloomberg", "press", "times", "post", "journal", "television", "radio", "bbc", "cnn"}


def _company_of_officer(role: str, doc: Doc, span: Span, mentions: list[Mention]) -> str:
    """'Facebook reported sales ... Chief Financial Officer David Wehner said': a company officer's company is the
    business named last in the title's sentence or the two before, else the one the story names most often."""
    if role not in COMPANY_OFFICES:
        return ""
    businesses = [m for m in mentions if m.label == "ORG"
                  and not set(m.canonical.casefold().replace(".", "").split()) & PUBLIC_BODY_WORDS]
    sentence = sentence_of(span[0])
    earliest = sentence
    for _ in range(2):
        if earliest.start == 0:
            break
        earliest = sentence_of(doc[earliest.start - 1])
    near = [m for m in businesses if earliest.start_char <= m.start < span.start_char]
    if near:
        return near[-1].canonical
    counts: dict[str, int] = {}
    for mention in businesses:
        counts[mention.canonical] = counts.get(mention.canonical, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    return _most_named(counts) if ranked and ranked[0] > 1 and (len(ranked) == 1 or ranked[0] > ranked[1]) else ""


def _former_holder(title_text: str) -> bool:
    return bool(FORMER_WORDS & set(re.findall(r"[a-z]+", title_text.lower())))


# Countries whose premiers head states or provinces, not the nation.
PROVINCIAL_PREMIERS = {"Australia", "Canada", "South Africa"}


def _implied_org(role: str, places: tuple[str, str, str, str]) -> str:
    """The organisation an office implies when the text names none: a president's country, a mayor's city,
    an assemblywoman's state."""
    country, state, city, other_country = places
    if role in COUNTRY_OF_OFFICE:
        return COUNTRY_OF_OFFICE[role]
    words = set(role.replace("-", " ").split())
    if {"secretary-general", "director-general"} & set(role.split()) or role.endswith(("secretary general",
                                                                                      "director general")):
        return ""  # the heads of international bodies and their deputies serve no country: "Under Secretary-General"
    if role == "mayor":
        return city
    if role == "premier" and country in PROVINCIAL_PREMIERS:
        return city  # an Australian or Canadian premier heads a state or province: "NSW Premier Gladys Berejiklian"
    if role.endswith("chief minister"):
        return city  # a chief minister heads a state or province ("Tamil Nadu", "Punjab"), not the country
    if role in STATE_OFFICES or role.startswith("state "):
        return state
    # "national security advisor": an office whose title says it serves the nation
    if role in NATIONAL_OFFICES or {"minister", "secretary"} & words or role.startswith("national ") \
            or words & STATE_SERVICES:
        # The United States has no ministers, prime minister, premier, chancellor, foreign secretary or 'government
        # spokesman': such an office in a story mostly about the US belongs to the next most named country.
        if country == "United States" and ({"minister", "premier", "chancellor", "government"} & words
                                           or role in NOT_US_OFFICES):
            return other_country
        return country
    return ""


def extract_roles(doc: Doc, mentions: list[Mention], headline: str = "", dateline_region: str = "",
                  dateline_city: str = "") -> list[Fact]:
    """Return one role fact per (person, role, org) stated next to a named person; the headline tells the story's
    country when the body does not, and a dateline's country ("MANILA, Philippines —") counts for it."""
    mentions_by_start = {m.start: m for m in mentions}
    places = _main_places(mentions, headline, dateline_region, dateline_city)
    named_places = {m.canonical for m in mentions if m.label == "GPE"}
    countries = set(NATIONALITY.values()) | OTHER_COUNTRIES
    full_names = _full_org_names(mentions)
    named_orgs = {m.canonical for m in mentions if m.label == "ORG"}
    stated: list[tuple[Mention, Span, int, str, str]] = []
    shared: tuple[int, str | None, str] = (0, None, "")  # (end of the last name, its plural title, org)
    people = {token.i for m in mentions if m.label == "PERSON"
              for token in doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        found = []
        title = _title_before(doc, span, people)
        parts = _coordinated_titles(title)
        stacked_titles = False
        if not any(_is_role_word(token) for token in title):  # only a first name the model left out of the entity
            title = _appositive_before(doc, span, people)
            parts = _coordinated_titles(title)
        elif title[0].i > 1 and doc[title[0].i - 1].text == ",":
            # "Another co-author, civil and environmental engineering professor Julian Marshall,": both titles.
            stacked = _appositive_before(doc, span, people, title[0].i - 1)
            # Not a list of titled people: "the Speaker of the House Nancy Pelosi, President Donald Trump", nor a
            # name the model took for a body ("First Minister of Scotland Nicola Sturgeon, Labour MP Tom Watson").
            if stacked and span.root.dep_ != "conj" and (_is_role_word(stacked[-1]) or not any(
                    token.text == ")" for token in doc[title[0].i:span.start])):
                parts = _coordinated_titles(stacked) + parts
                stacked_titles = True
        list_org = _pronoun_owner(doc, title, mentions) if title else ""
        country_of_offices = None
        first_body = ""
        for number, part in enumerate(parts):
            if number < len(parts) - 1 and part[-1].tag_ in ("NNS", "NNPS"):
                continue  # "the president's lawyers and District Attorney Vance": a plural title is of others
            for role, org in _title_roles(part, mentions_by_start):
                # "the company's founder and chief executive": the owner before the first title owns them all
                if number == 0 and (_listed_titles(title) or part[0].tag_ != "POS" and any(
                        t.tag_ == "POS" and t.i < part[-1].i for t in part)):
                    list_org = org or list_org
                elif number == 0 and org in countries and len(parts) > 1 and role.split()[-1] in PUBLIC_OFFICES:
                    # "Brazilian senator and presidential candidate X": the country before both public offices
                    list_org, country_of_offices = org, org
                if number == 0 and org and org not in countries:
                    first_body = org
                if number and list_org == country_of_offices and role.split()[-1] not in PUBLIC_OFFICES:
                    found.append((part[0].idx, role, org))  # (not "French president and former banker X")
                    continue
                if number and not org and not list_org and first_body and _office_within_body(role) \
                        and not stacked_titles and all(t.text[:1].isupper() for t in part if t.is_alpha):
                    # "Suez Canal Authority Chairman and Managing Director X": both offices of the body named first
                    # (not "Conservative Party leader and Prime Minister X", whose second office is the country's)
                    org = first_body
                found.append((part[0].idx, role, org or list_org))
        if title and title[-1].tag_ in ("NNS", "NNPS"):
            # "Senators Marco Rubio of Florida, Mike Lee ...", "two astronauts, Doug Hurley and Bob Behnken"
            if found and not found[-1][2]:
                found[-1] = (found[-1][0], found[-1][1], _hiring_body(title[-1], mentions_by_start))
            shared = (span.end, found[-1][1] if found else None, found[-1][2] if found else "")
        elif not title and shared[1] and _continues_list(doc, shared[0], span):
            found.append((span.start_char, shared[1], shared[2]))
            shared = (span.end, shared[1], shared[2])
        else:
            shared = (span.end, None, "")
        if not found and (member_of := _member_of_legislators(doc, span)):
            found.append((span.start_char, member_of, ""))
        # "Professor Carl Lipo of Binghamton University"; in "AU chairperson President X of Egypt" the place
        # after the name belongs to the title next to it, not to the organisation before both; and it is more
        # exact than a country or faith before the title ("Polish leader X of the Law and Justice Party").
        if found and (not found[-1][2] or len(found) == 1 or found[-1][2] == found[-2][2]) \
                and (after := _org_after(doc, span.end, mentions_by_start,
                                         # "President X at EU headquarters": 'at' places a meeting, so it does
                                         # not replace the body the title already names
                                         via=("of", "for") if found[-1][2] else ("of", "for", "at"), after_name=True)):
            found[-1] = (found[-1][0], found[-1][1], after)
        if found and not found[-1][2] and (from_body := _organisation_from(doc, span.end, mentions_by_start)):
            found[-1] = (found[-1][0], found[-1][1], from_body)  # "Epidemiologist Neil Ferguson from Imperial College"
        if found and not found[-1][2] and (serving := _body_served_after(doc, span.end, mentions_by_start)):
            found[-1] = (found[-1][0], found[-1][1], serving)
        if found and not found[-1][2] and (led := _body_led_by(span, mentions_by_start)):
            found[-1] = (found[-1][0], found[-1][1], led)
        found += [(span.start_char, *appositive) for appositive in _appositive_after(doc, span, mentions_by_start)]
        stated += [(mention, span, start, role, org) for start, role, org in found]
    stated += _pronoun_copulas(doc, mentions, mentions_by_start)
    stated += _whose_copulas(doc, mentions_by_start)
    # A later bare "President Erdoğan" holds the office the article already gave with its country.
    orgs_given = {(mention.canonical, role.replace("-", " ")): org for mention, _, _, role, org in stated
                  if org and org.lower() not in GENERIC_BODIES}
    facts: list[Fact] = []
    colleague_orgs = _cabinet_colleague_orgs(stated)
    full_names_by_surname: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.label == "PERSON" and len(mention.canonical.split()) > 1:
            full_names_by_surname.setdefault(mention.canonical.split()[-1], set()).add(mention.canonical)
    surnames = {surname: next(iter(names)) for surname, names in full_names_by_surname.items() if len(names) == 1}
    named_bodies: dict[str, str] = {}
    for (mention, span, start, role, org), colleague_org in zip(stated, colleague_orgs):
        if org.lower() in GENERIC_BODIES or not org:
            # "company founder Elon Musk" after "SpaceX founder Elon Musk": the company already named for him.
            org = orgs_given.get((mention.canonical, role.replace("-", " "))) or org
        if org == "Union" and {"minister", "ministers", "secretary"} & set(role.split()):
            role, org = f"union {role}", ""  # "Union Health Minister": of India's national government, no body 'Union'
        # (a former holder shares his office with the one in it now: "former president George W. Bush")
        free = places if _former_holder(text_of(doc)[start:mention.start]) \
            else _places_of_free_office(role, mention, places, stated, text_of(doc))
        org = org or colleague_org or _implied_org(role, free) or _body_of_office(role, mentions, full_names) \
            or _company_of_officer(role, doc, span, mentions)
        if not org and role.split()[-1] in FEDERAL_US_OFFICES and not role.startswith("state") \
                and ("United States" in named_places or places[0] == "United States"):
            org = "United States"
        if org not in named_places and org not in countries:
            org = full_names.get(org, org)  # not "Connecticut" → "Connecticut Department of Emergency Services"
        org = _demonym_place(org, named_places)
        if org.islower() and org.split() and org.split()[-1] in GENERIC_BODIES:
            org = org.split()[-1]  # "mayor of the capital city": the story's city
        if org in PLACE_NOUNS:
            org = _named_place(org, doc, start) or org
        if org.lower() in GENERIC_BODIES:
            if org not in named_bodies:
                named_bodies[org] = _named_body(org, places, mentions)
            org = named_bodies[org]
        org = _without_country_word(org, named_orgs)
        if role.endswith("mayor") and f"{org} City" in named_places:
            org = f"{org} City"  # "the mayor of New York" when the story also names New York City: the city
        if org == "House" and places[0] == "United States":
            org = "House of Representatives"
        if role.split()[-1] in AUTHORSHIP:
            org = ""  # "lead author Sally Wasef of Griffith University": the author of a study, not of the university
        if role.split()[-1] in PERSONAL_STAFF and org in surnames:
            org = surnames[org]  # "Trump lawyer Rudy Giuliani" after "President Donald Trump": his lawyer
        facts.append(Fact("role", start, mention.end if start < mention.start else span.end_char + 1,
                          sentence_of(span[0]).text.strip(), {"person": mention.canonical, "role": role, "org": org}))
    return _without_shortened_titles(facts)


def _office_within_body(role: str) -> bool:
    """An office held inside an organisation ('managing director', 'chief executive'), not a national office, a
    cabinet post or a military rank, which a body named before a first title does not hold."""
    words = set(role.split())
    return role not in NATIONAL_OFFICES and not words & ({"minister", "secretary", "senator"} | MILITARY_RANKS) \
        and role.split()[-1] not in PUBLIC_OFFICES


# Roles held towards a piece of work rather than a body.
AUTHORSHIP = {"author", "co-author", "coauthor"}
# Offices of a country's public life, which a country named before the first of two titles holds for both.
PUBLIC_OFFICES = {"senator", "representative", "congressman", "congresswoman", "mp", "lawmaker", "legislator",
                  "minister", "secretary", "president", "candidate", "ambassador", "governor", "premier", "chancellor",
                  "envoy", "nominee", "leader"}


def _pronoun_copulas(doc: Doc, mentions: list[Mention], mentions_by_start: dict[int, Mention]) \
        -> list[tuple[Mention, Span, int, str, str]]:
    """'He is a professor at Princeton University.': a sentence whose subject 'he' or 'she' is said to hold an office
    tells it of the person named last before it, in that sentence or the two before; 'Both are professors at X', of
    the last two people named together in the three before."""
    found = []
    for sentence in doc.sents:
        pronoun = next((t for t in sentence if not t.is_space and not t.is_punct), None)
        if pronoun is None or pronoun.lower_ not in ("he", "she", "both") or pronoun.dep_ != "nsubj" \
                or pronoun.head.lemma_ != "be" or pronoun.head.i != pronoun.i + 1:
            continue
        earliest = sentence
        # a pair named together stays the story's subject longer ("they found ... Both are professors")
        for _ in range(3 if pronoun.lower_ == "both" else 2):
            earliest = sentence_of(doc[earliest.start - 1]) if earliest.start > 0 else earliest
        named = [m for m in mentions if m.label == "PERSON" and earliest.start_char <= m.start and m.end <= pronoun.idx]
        if pronoun.lower_ == "both":
            # "Queloz and Mayor ... Both are professors at the University of Geneva": the two last named together
            holders, role_org = _named_pair(doc, named), _plural_title_at(doc, pronoun.i + 2, mentions_by_start)
        else:
            holders, role_org = named[-1:], _appositive_title(doc, pronoun.i + 2, mentions_by_start)[0]
        if role_org is not None:
            found += [(holder, sentence, sentence.start_char, *role_org) for holder in holders]
    return found


def _whose_copulas(doc: Doc, mentions_by_start: dict[int, Mention]) -> list[tuple[Mention, Span, int, str, str]]:
    """'The Syrian Army, whose commander-in-chief is President Bashar al-Assad, ...': the office the clause names,
    held in the body it is about, by the person it is said to be."""
    found = []
    for whose in doc:
        office, copula = whose.head, whose.head.head
        if whose.lower_ != "whose" or whose.dep_ != "poss" or office.dep_ != "nsubj" or copula.lemma_ != "be" \
                or copula.dep_ != "relcl" or not _is_role_word(office):
            continue
        holder = next((mention for token in doc[copula.i + 1:copula.i + 5] if token.ent_iob_ == "B"
                       and token.ent_type_ == "PERSON" and (mention := mentions_by_start.get(token.idx)) is not None
                       and mention.label == "PERSON"), None)
        body = next((mentions_by_start[token.idx] for token in copula.head.subtree
                     if token.i < whose.i and token.idx in mentions_by_start
                     and mentions_by_start[token.idx].label in ("ORG", "GPE")), None)
        if holder is None or body is None:
            continue
        role = doc[whose.i + 1:copula.i].text.lower()
        span = doc.char_span(holder.start, holder.end, alignment_mode="expand")
        found.append((holder, span, holder.start, role, body.canonical))
    return found


def _named_pair(doc: Doc, named: list[Mention]) -> list[Mention]:
    """The last two people named as a pair ('Didier Queloz and Michel Mayor'), or none."""
    for second, first in zip(reversed(named[1:]), reversed(named[:-1])):
        between = text_of(doc)[first.end:second.start]
        if between.strip() == "and":
            return [first, second]
    return []


def _plural_title_at(doc: Doc, index: int, mentions_by_start: dict[int, Mention]) -> tuple[str, str] | None:
    """The (role, org) of a plural title at index ('professors at the University of Geneva')."""
    tokens = []
    while index < len(doc) and doc[index].pos_ in PRE_MODIFIER_POS and doc[index].ent_type_ != "PERSON":
        tokens.append(doc[index])
        index += 1
    if not tokens or tokens[-1].tag_ != "NNS" or not _is_role_word(tokens[-1]) \
            or (split := _split_title(tokens, mentions_by_start)) is None:
        return None
    role, org = split
    return role, org or _org_after(doc, index, mentions_by_start)


def _without_shortened_titles(facts: list[Fact]) -> list[Fact]:
    """'Judge Miller' after 'District Judge Gray Miller', 'Justice Stevens' after 'associate justice': a later title
    that is the last words of an office the person already holds, with no organisation of its own, is that office
    named short, not another one; so is one with the same organisation. A deputy's office is not the office it
    deputises ('Deputy Prime Minister X' may become 'Prime Minister X')."""
    held = {(f.fields["person"], f.fields["role"], f.fields["org"]) for f in facts}
    return [f for f in facts if not any(
        person == f.fields["person"] and role.endswith(" " + f.fields["role"]) and f.fields["org"] in ("", org)
        and not SUBORDINATE_RANKS & set(re.split(r"[\s-]", role[:-len(f.fields["role"])]))
        for person, role, org in held)]


# Words that make an office the deputy of another: "vice president" is not the president.
SUBORDINATE_RANKS = {"deputy", "vice", "assistant", "acting", "co", "under", "sub", "lieutenant", "interim"}
