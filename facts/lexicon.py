"""The words that report events: verbs and nouns by category, and the words their rules test."""

from __future__ import annotations

import re

VERBS = {
    "meet": "meeting", "host": "meeting",
    "agree": "agreement", "sign": "agreement", "ink": "agreement",
    "drill": "exercise", "exercise": "exercise",
    "intrude": "incursion", "violate": "incursion", "enter": "incursion", "trespass": "incursion",
    "breach": "incursion", "encroach": "incursion",
    "collide": "incident", "ram": "incident", "crash": "incident", "obstruct": "incident",
    "block": "incident", "harass": "incident", "clash": "incident", "fire": "incident",
    "use": "incident", "kill": "incident", "injure": "incident", "attack": "incident",
    "seize": "incident", "detain": "incident", "shoot": "incident", "kidnap": "incident",
    "abduct": "incident",
    "hijack": "piracy", "capture": "piracy", "foil": "piracy", "intercept": "piracy",
    "interdict": "piracy", "disrupt": "piracy", "board": "piracy", "apprehend": "piracy",
    "rescue": "piracy", "flee": "piracy",
    "deploy": "deployment", "send": "deployment", "dispatch": "deployment",
    "patrol": "deployment", "dock": "deployment", "launch": "deployment",
    "operate": "deployment", "transit": "deployment", "spot": "deployment",
    "sail": "deployment", "pass": "deployment", "respond": "deployment",
    "employ": "incident", "drive": "incident", "chase": "incident", "free": "piracy",
    "establish": "other", "issue": "other", "enact": "other",
    "export": "transfer", "supply": "transfer", "sell": "transfer", "transfer": "transfer",
    "deliver": "transfer", "procure": "transfer", "purchase": "transfer", "buy": "transfer",
    "acquire": "transfer",
    "protest": "statement", "condemn": "statement", "denounce": "statement",
    "detect": "deployment", "sight": "deployment", "return": "deployment",
    "arrive": "deployment", "disengage": "deployment", "transgress": "incursion",
    "summon": "statement",
    "direct": "incident", "point": "incident",
    "prevent": "piracy", "thwart": "piracy", "repel": "piracy",
    "visit": "meeting", "locate": "deployment", "strike": "incident", "serve": "deployment",
    "speak": "meeting", "gather": "meeting", "convene": "meeting", "hold": "meeting",
    "commit": "agreement", "resolve": "agreement", "concur": "agreement", "decide": "agreement",
    "announce": "agreement", "surrender": "piracy", "designate": "other", "pirate": "piracy",
    "arm": "transfer", "provide": "transfer", "target": "incident", "construct": "other",
    "hit": "incident", "impact": "incident", "scramble": "deployment", "head": "deployment",
    "open": "other", "travel": "meeting", "cross": "incursion", "leave": "deployment",
    "depart": "deployment", "see": "deployment", "observe": "deployment", "walk": "statement",
    "anchor": "deployment", "moor": "deployment", "berth": "deployment",
    "introduce": "other", "submit": "other", "impose": "other", "lift": "other",
    "reverse": "other", "revoke": "other", "remove": "other", "call": "deployment",
    "fly": "deployment", "test": "exercise", "assert": "deployment",
}  # fmt: skip
NOUNS = {
    "meeting": "meeting", "talk": "meeting", "talks": "meeting", "summit": "meeting",
    "discussion": "meeting", "dialogue": "meeting",
    "agreement": "agreement", "memorandum": "agreement", "pact": "agreement", "deal": "agreement",
    "exercise": "exercise", "drill": "exercise", "wargame": "exercise", "manoeuvre": "exercise",
    "maneuver": "exercise",
    "incursion": "incursion", "intrusion": "incursion",
    "collision": "incident", "clash": "incident", "attack": "incident", "standoff": "incident",
    "face-off": "incident", "faceoff": "incident", "conflict": "incident", "skirmish": "incident",
    "fistfight": "incident", "violence": "incident",
    "brawl": "incident", "scuffle": "incident", "confrontation": "incident", "fighting": "incident",
    "training": "exercise", "wargames": "exercise",
    "protest": "statement", "release": "piracy", "ruling": "other", "verdict": "other",
    "deployment": "deployment", "transit": "deployment", "patrol": "deployment",
    "passage": "deployment", "conversation": "meeting", "consultation": "meeting",
    "consultations": "meeting", "strike": "other", "resolution": "other", "designation": "other",
    "warning": "statement", "obstruction": "incident", "harassment": "incident",
    "provision": "transfer", "delivery": "transfer", "sale": "transfer", "transfer": "transfer",
    "donation": "transfer", "statement": "statement", "seizure": "incident",
    "negotiation": "meeting", "negotiations": "meeting", "consensus": "agreement",
    "construction": "other",
    # the verbs' own nouns: "the attempted apprehension by the navy of eight fishing vessels"
    "hijacking": "piracy", "boarding": "piracy", "kidnapping": "incident", "abduction": "incident",
    "detention": "incident", "arrest": "incident", "apprehension": "incident",
    "sinking": "incident", "symposium": "meeting",
    # a diplomatic protest: "lodged stern representations", "delivered a demarche"
    "representation": "statement", "demarche": "statement", "démarche": "statement",
}  # fmt: skip
# Weapons and military goods: what "provided" must name to be an arms transfer.
ARMS = re.compile(
    r"\b(?i:weapons?|arms|missiles?|drones?|munitions|ammunition|rockets?|aircraft|jets?|"
    r"helicopters?|vessels?|ships?|boats?|radars?|equipment|systems?|launchers?|warships?|"
    r"submarines?|frigates?|destroyers?|corvettes?|tanks?|artillery|fighters?|interceptors?|"
    r"engines?)\b"
    r"|\b[A-Z]{1,3}-\d{1,3}[A-Z]?s?\b",  # a model's designation: "S-400s", "F-16", "MQ-9B"
)
# Arms are sold, supplied or delivered; "delivered remarks", "supplying batteries" are no deals.
TRADE_VERBS = {
    "export", "supply", "sell", "transfer", "deliver", "procure", "purchase", "buy", "acquire",
}  # fmt: skip
# What one sends that is no force: "sent a clear message", "sends a warning".
MESSAGES = {
    "message", "signal", "warning", "letter", "note", "invitation", "condolence", "greeting",
    "congratulation", "remark", "request", "statement",
}  # fmt: skip
# What one sends that is a statement to its addressee: "sent a letter to the ambassador".
WRITTEN = {"letter", "note", "text", "cable"}
# Openers of a clause that is only supposed: "if there is an attack", "unless they withdraw".
SUPPOSING = {"if", "unless", "whether", "lest"}
# Modals and words that make a present-tense clause a habit or a possibility, not an event.
GENERIC_MODALS = {"may", "can", "might", "could", "should", "must"}
GENERIC_WORDS = re.compile(
    r"\b(?:every (?:\w+ )?(?:day|week|month|year|years)|annually|usually|typically|normally|"
    r"generally|traditionally|anywhere|wherever|whenever|each year|biennially|customarily)\b"
)
# Nouns of conduct that report an incident only when the text judges it hostile: "the PRC's
# dangerous behavior", "coercive actions".
CONDUCT_NOUNS = {"behavior", "behaviour", "conduct", "action", "activity", "maneuver", "manoeuvre"}
HOSTILE = re.compile(
    r"\b(?:dangerous|unsafe|reckless|risky|unprofessional|provocative|coercive|unlawful|illegal|"
    r"escalatory|aggressive|destabili[sz]ing|harassing)",
    re.I,
)
# What one announces, launches or establishes when it agrees on something new with others.
NEW_ARRANGEMENTS = {
    "establishment", "creation", "launch", "formation", "partnership", "dialogue", "mechanism",
    "framework", "initiative", "agreement", "hotline", "channel", "team", "group", "council",
}  # fmt: skip
# Verbs whose object noun carries the event: "held talks", "conducted a drill".
LIGHT_VERBS = {
    "hold", "conduct", "stage", "carry", "begin", "start", "launch", "complete", "conclude",
    "participate", "join", "take", "have", "lodge", "make", "file", "host", "reach", "sign",
    "commence", "kick", "wrap", "end", "come", "secure", "perform", "execute", "pay",
    "pass", "adopt", "issue", "announce", "undertake", "engage", "deliver",
}  # fmt: skip
# What one side signs alone: "signed an executive order", "signed the bill into law".
INSTRUMENTS = re.compile(r"\b(?:order|bill|law|decree|proclamation|directive)\b", re.I)
# "a destroyer based in Yokosuka": where a unit is at home, not where it acts.
HOME_VERBS = {"base", "homeport", "station", "headquarter", "garrison"}
# Words that make an event noun one still to come or only possible: "future attacks".
UNREAL = {"future", "possible", "potential", "hypothetical", "would-be"}
# A text that condemns in its own present tense is the statement, no event it reports.
CONDEMN_VERBS = {"condemn", "denounce"}
# Determiners that point back to events already told: "condemned these attacks".
BACK_POINTERS = {"these", "those", "such"}
# Verbs of happening: the event is their subject ("a clash broke out") or follows "led to".
HAPPEN_VERBS = {"break", "erupt", "occur", "ensue", "happen", "flare"}
RESULT_VERBS = {"lead", "result"}
# Verbs of effect: an event noun that is their past-tense subject took place ("the clash caused
# injuries", "the attack left two sailors dead").
EFFECT_VERBS = {"cause", "leave", "kill", "injure", "wound", "damage", "last", "force", "prompt"}
# Where a bearing points: "headed north", "heading toward the strait".
BEARINGS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "toward", "towards", "home", "back",
}  # fmt: skip
# What a state or a legislature enacts, imposes or revokes: "introduced a resolution",
# "lifted the sanctions", "reversed the designation"; not "introduced the speaker".
POLICY_ACTS = re.compile(
    r"\b(?:designations?|resolutions?|bills?|legislation|sanctions|bans?|embargo(?:es)?|"
    r"restrictions|tariffs|decisions?|polic(?:y|ies)|orders?|list)\b",
    re.I,
)
POLICY_VERBS = {"introduce", "submit", "impose", "lift", "reverse", "revoke", "remove"}
# What is opened as an event: a base or a port, not a door or talks.
FACILITIES = re.compile(
    r"\b(?:base|port|embassy|consulate|facility|terminal|office|station|outpost|airstrip)\b", re.I
)
# "the Regional Training Centre", "the Exercise Planning School": an event word in the name of
# a place of work names that place, not an event.
INSTITUTIONS = {
    "center", "centre", "college", "school", "academy", "institute", "facility", "hangar",
    "headquarters", "range", "ground", "area",
}  # fmt: skip
# "the second phase of the exercise": the part stands for the whole event.
# "a first day of meetings", "a series of talks": the same holds for a day or a series of them.
PART_NOUNS = {
    "phase", "round", "edition", "leg", "part", "iteration", "stage", "day", "series",
}  # fmt: skip
# Under these, a reported action is only intended, not done: "aims to draw India closer".
INTENT_VERBS = {
    "aim", "seek", "want", "hope", "plan", "intend", "wish", "vow", "hesitate",
    "likely", "expect", "schedule", "propose", "prepare", "willing", "ready",
    # What is decided or committed to is still to be done: the decision is the event.
    "decide", "resolve", "commit", "pledge", "concur", "task",
    # What others are called on or urged to do is not done: "urged them to engage in talks".
    "call", "urge",
}  # fmt: skip
# Nouns of what is still to be done: "discussed opportunities to conduct exercises" (not "the
# decision issued in July").
INTENT_NOUNS = {"opportunity", "decision", "intention", "goal", "chance", "option"}
PIRACY_WORDS = re.compile(
    r"pira\w*|hijack\w*|\bskiffs?\b|armed robbery|"
    r"\barmed (?:men|individuals|attackers|assailants|gunmen|persons)\b",
    re.IGNORECASE,
)
PIRATES = re.compile(r"\bpira\w*", re.IGNORECASE)
# Armed movements whose attacks at sea are no piracy, even when they hijack a ship.
ARMED_MOVEMENTS = re.compile(
    r"\b(?:Houthis?|Ansar Allah|Yemeni forces|Hezbollah|Hamas|al-Shabaab|Islamic State)\b"
)
INTRUSION_TARGETS = re.compile(
    r"\b(territorial|airspace|contiguous|eez|exclusive economic zone|adiz|territory|"
    r"air defen[cs]e identification zone)\b",
    re.I,
)
# Lines whose crossing is an incursion ("troops crossed the Line of Actual Control").
BORDER_LINES = re.compile(
    r"\b(border|boundary|frontier|line of actual control|LAC|demarcation line|median line)\b", re.I
)
# Waters and airspace of a state: sailing into them is an incursion; a contiguous zone is not.
SOVEREIGN = re.compile(r"\b(territorial|airspace|territory)\b", re.I)
# "lodged a protest over the incursion": what a light verb's act is about is no event of it.
TOPIC_PREPS = {"over", "about", "regarding", "concerning", "against"}
# "has claimed that the troops crossed": what one side alleges, the text does not tell.
CLAIM_VERBS = {"claim", "allege"}
# "a phone call", "a video call": talks held at a distance.
CALL_MEDIA = {"phone", "telephone", "video"}
# A ship's or aircraft's own movement (not "sent into", which says who sent it).
MOVE_VERBS = {"sail", "pass", "transit", "operate", "fly"}
INCIDENT_OBJECTS = re.compile(
    r"water cannon|laser|warning shots?|weapons?|missiles?|acoustic|sonic", re.I
)
MILITARY = re.compile(
    r"warship|destroyer|frigate|cruiser|corvette|ship|vessel|aircraft|helicopter|navy|coast guard|"
    r"forces?|troops|USS|INS|JS|HMAS|boat|skiff|dhow|mothership|"
    r"carrier|submarine|cutter|fleet|squadron|fighters|jets|bombers|HMS|ROKS|BRP|PNS|KRI|SLNS",
)
# What flies on a military sortie: "a drone flew between Yonaguni and Taiwan".
AIRCRAFT = re.compile(
    r"\b(?i:aircraft|drones?|jets?|fighters?|bombers?|helicopters?|planes?|UAVs?)\b"
    r"|\b[A-Z]{1,3}-\d{1,3}[A-Z]?s?\b",
)
# "dangerous maneuvers", "unsafe manoeuvres": harassment at sea, not an exercise.
DANGER = re.compile(r"\b(?:dangerous|unsafe|reckless|risky|unprofessional|provocative)", re.I)
MANEUVERS = {"maneuver", "manoeuvre"}
# "conducted a bilateral maritime activity": what several forces conduct together is an exercise.
JOINT_WORDS = {"bilateral", "trilateral", "multilateral", "joint", "combined"}
JOINT_VERBS = {"conduct", "stage"}
# Weapons no pirate carries: their firing stays an incident in a piracy story.
NOT_PIRATE_ARMS = re.compile(r"\b(?:missiles?|drones?)\b", re.I)
CLAUSE_DEPS = {"advcl", "ROOT", "conj", "ccomp", "xcomp", "pcomp", "csubj"}
RULES = re.compile(r"\b(law|ruling|decision|verdict|award|zone|adiz|base)\b", re.I)
# "visited Manila, where she met her counterpart": the meeting is the event, not the trip.
WEAK = {"respond", "transit", "operate", "visit", "travel"}
ROUTE_PREPS = {"through", "near", "into", "between", "past", "toward", "towards", "around"}
NOT_ARMS = re.compile(r"ownership|sovereignty|control|administration", re.I)
PIRACY_ONLY = {
    "prevent", "thwart", "repel", "capture", "foil", "intercept", "interdict", "disrupt", "board",
    "apprehend", "rescue", "free", "release", "flee",
}  # fmt: skip
# What is fired at or hits a ship in an attack: "rounds struck the ship", "fired drones at
# ships", "fired flares at a helicopter", "was hit by a water cannon" are attacks; "struck a
# deal" is none. Militaries name missiles and drones by acronym: "two ASBMs impacted".
# What a freedom-of-navigation operation asserts: "asserted navigational rights and freedoms".
NAVIGATION_RIGHTS = re.compile(r"\bnavigation(?:al)? rights|\bfreedoms? of navigation", re.I)
# What a weapons test fires: a missile or rocket (a drone or a flare is no test), or a device.
TESTED = re.compile(
    r"\b(?:missiles?|rockets?|(?:ICBM|IRBM|SLBM|SRBM)s?|nuclear)\b|\bMusudan|\bHwasong", re.I
)
# Where a shot lands that makes no target of it: "into the sea", "toward the East Sea".
OPEN_WATERS = re.compile(r"\b(?:seas?|ocean|waters|EEZ|economic zone)\b", re.I)
# What makes a shot an attack whatever waters it flies toward ("the tanker Sea Star").
SHIPS = re.compile(
    r"\b(?:tankers?|vessels?|ships?|carriers?|destroyers?|frigates?|boats?|USS|M/V|MV)\b", re.I
)
ANTI_SHIP = re.compile(r"\banti\s*-\s*ship", re.I)
ROUNDS = re.compile(
    r"\b(?:rounds?|grenades?|rockets?|bullets?|shells?|missiles?|torpedo(?:es)?|gunfire|drones?|"
    r"mines?|flares?|shots|projectiles?|water cannons?|lasers?|(?:ASBM|ASCM|UAV|USV|UAS)s?)\b",
    re.I,
)
# "served as part of CTF 151", "serving as flagship": a ship's service with a force.
SERVICE = re.compile(r"\bas (?:(?:a|the|its) )?(?:part of|flagship|member of)\b", re.I)
# "an eight-month deployment": a deployment that lasted, so took place.
DURATION_UNITS = {"day", "week", "month", "year"}
