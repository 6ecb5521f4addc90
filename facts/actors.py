"""Canonical names of actors: countries, demonyms, forces, groupings and their aliases."""

from __future__ import annotations

import re

# Demonym or adjective -> country. Also the set of country names the extractor knows.
DEMONYMS = {
    "american": "United States", "australian": "Australia", "bangladeshi": "Bangladesh",
    "british": "United Kingdom", "burmese": "Myanmar", "canadian": "Canada", "chinese": "China",
    "djiboutian": "Djibouti", "egyptian": "Egypt", "emirati": "United Arab Emirates",
    "filipino": "Philippines", "french": "France", "german": "Germany", "indian": "India",
    "indonesian": "Indonesia", "iranian": "Iran", "italian": "Italy", "japanese": "Japan",
    "kenyan": "Kenya", "korean": "South Korea", "south korean": "South Korea",
    "north korean": "North Korea", "malaysian": "Malaysia", "maldivian": "Maldives",
    "maltese": "Malta", "nepalese": "Nepal", "omani": "Oman", "pakistani": "Pakistan",
    "philippine": "Philippines", "russian": "Russia", "saudi": "Saudi Arabia",
    "seychellois": "Seychelles", "singaporean": "Singapore", "somali": "Somalia",
    "spanish": "Spain", "sri lankan": "Sri Lanka", "swedish": "Sweden", "taiwanese": "Taiwan",
    "thai": "Thailand", "turkish": "Turkey", "vietnamese": "Vietnam", "yemeni": "Yemen",
    "bhutanese": "Bhutan", "cambodian": "Cambodia", "bruneian": "Brunei", "laotian": "Laos",
    "mongolian": "Mongolia", "afghan": "Afghanistan", "new zealand": "New Zealand",
    "fijian": "Fiji", "papua new guinean": "Papua New Guinea", "timorese": "Timor-Leste",
    "qatari": "Qatar", "kuwaiti": "Kuwait", "bahraini": "Bahrain", "iraqi": "Iraq",
    "israeli": "Israel", "jordanian": "Jordan", "eritrean": "Eritrea", "sudanese": "Sudan",
    "tanzanian": "Tanzania", "malagasy": "Madagascar", "comorian": "Comoros",
    "south african": "South Africa", "nigerian": "Nigeria", "ghanaian": "Ghana",
    "dutch": "Netherlands", "norwegian": "Norway", "danish": "Denmark", "greek": "Greece",
    "ukrainian": "Ukraine", "brazilian": "Brazil", "portuguese": "Portugal",
    "gabonese": "Gabon", "senegalese": "Senegal", "ivorian": "C\u00f4te d'Ivoire",
    "liberian": "Liberia", "angolan": "Angola",
}  # fmt: skip
# Countries with no demonym above, or whose demonym is also another word ("Mauritian" is rare).
COUNTRIES = frozenset(DEMONYMS.values()) | {
    "Mauritius", "Mozambique", "Myanmar", "Sierra Leone", "Benin", "Togo", "Cameroon",
}  # fmt: skip

# Lower-cased alias -> canonical name, for forces, agencies, groupings and country short forms.
ALIASES = {
    "ccg": "China Coast Guard", "china coast guard": "China Coast Guard",
    "chinese coast guard": "China Coast Guard", "china's coast guard": "China Coast Guard",
    "jcg": "Japan Coast Guard", "japan coast guard": "Japan Coast Guard",
    "japanese coast guard": "Japan Coast Guard",
    "pcg": "Philippine Coast Guard", "philippine coast guard": "Philippine Coast Guard",
    "indian coast guard": "Indian Coast Guard", "icg": "Indian Coast Guard",
    "jmsdf": "Japan Maritime Self-Defense Force", "msdf": "Japan Maritime Self-Defense Force",
    "japan maritime self-defense force": "Japan Maritime Self-Defense Force",
    "japan maritime self-defence force": "Japan Maritime Self-Defense Force",
    "japanese maritime self-defense force": "Japan Maritime Self-Defense Force",
    "japan self-defense forces": "Japan Self-Defense Forces", "sdf": "Japan Self-Defense Forces",
    "pla navy": "PLA Navy", "plan": "PLA Navy", "chinese navy": "PLA Navy",
    "people's liberation army navy": "PLA Navy", "pla": "People's Liberation Army",
    "people's liberation army": "People's Liberation Army", "indian navy": "Indian Navy",
    "indian army": "Indian Army", "u.s. navy": "U.S. Navy", "us navy": "U.S. Navy",
    "united states navy": "U.S. Navy", "royal australian navy": "Royal Australian Navy",
    "ctf 151": "Combined Task Force 151", "ctf-151": "Combined Task Force 151",
    "combined task force 151": "Combined Task Force 151",
    "task force 151": "Combined Task Force 151",
    "eunavfor": "EUNAVFOR", "quad": "Quad", "the quad": "Quad", "brics": "BRICS",
    "quadrilateral security dialogue": "Quad", "the quadrilateral security dialogue": "Quad",
    "asean": "ASEAN", "nato": "NATO", "sco": "SCO", "aukus": "AUKUS", "g7": "G7", "g20": "G20",
    "prc": "China", "people's republic of china": "China", "beijing": "China",
    "republic of china": "Taiwan", "roc": "Taiwan",
    "u.s.": "United States", "u.s": "United States", "us": "United States", "usa": "United States",
    "the united states": "United States", "united states": "United States",
    "america": "United States", "washington": "United States", "tokyo": "Japan",
    "new delhi": "India", "manila": "Philippines", "uk": "United Kingdom",
    "britain": "United Kingdom",
    "the philippines": "Philippines", "republic of korea": "South Korea", "rok": "South Korea",
    "democratic people's republic of korea": "North Korea", "dprk": "North Korea",
    # formal and other names of the countries above
    "russian federation": "Russia", "islamic republic of iran": "Iran",
    "uae": "United Arab Emirates", "kingdom of saudi arabia": "Saudi Arabia",
    "republic of the philippines": "Philippines", "republic of singapore": "Singapore",
    "republic of india": "India", "viet nam": "Vietnam", "t\u00fcrkiye": "Turkey",
    "burma": "Myanmar", "ivory coast": "C\u00f4te d'Ivoire", "cote d'ivoire": "C\u00f4te d'Ivoire",
}  # fmt: skip
# Armed groups that are parties to events in these waters, spelled as wire copy names them
# (the cased spellings are matched as they stand, not as acronyms).
ARMED_GROUPS = {
    "Houthi": "Houthis", "Houthis": "Houthis", "Ansar Allah": "Houthis",
    "Al-Shabaab": "Al-Shabaab", "al-Shabaab": "Al-Shabaab", "Abu Sayyaf": "Abu Sayyaf",
}  # fmt: skip
ALIASES |= {spelling.lower(): name for spelling, name in ARMED_GROUPS.items()}
# Capital names stand for their government only as actors, never as places of an event.
CAPITAL_STANDINS = frozenset({"beijing", "washington", "tokyo", "new delhi", "manila"})

GROUPINGS = frozenset(
    {"Quad", "BRICS", "ASEAN", "NATO", "SCO", "AUKUS", "G7", "G20", "Combined Task Force 151"}
)

_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[\u2019']s?$")


def canonical_actor(name: str) -> str:
    """Return the canonical name of an actor mention ("CCG" -> "China Coast Guard")."""
    # a name the model ran into the dash after it: "M/V True Confidence -"
    spaced = " ".join(name.replace("\u2019", "'").split()).strip(" ,-\u2013\u2014")
    if spaced.lower() in ALIASES:  # "People's Republic of China" before its "'s" is cut
        return ALIASES[spaced.lower()]
    spaced = _POSSESSIVE.sub("", spaced).strip(" ,")
    if spaced.lower() in ALIASES:  # "U.S." keeps its full stop
        return ALIASES[spaced.lower()]
    clean = spaced.strip(" .")
    key = clean.lower()
    if key in ALIASES:
        return ALIASES[key]
    bare = _LEADING.sub("", clean)
    if bare.lower() in ALIASES:
        return ALIASES[bare.lower()]
    if bare.lower() in DEMONYMS:
        return DEMONYMS[bare.lower()]
    return bare


def country_of(name: str) -> str | None:
    """Return the country a mention names or qualifies ("Chinese" -> "China"), if any."""
    canon = canonical_actor(name)
    if canon in COUNTRIES:
        return canon
    words = canon.lower().split()
    for size in (2, 1):
        head = " ".join(words[:size])
        if head in DEMONYMS:
            return DEMONYMS[head]
    return None
