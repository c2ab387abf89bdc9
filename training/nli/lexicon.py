"""Word lists for the generators: general English lexicon (verb forms, antonym pairs, severity
scales), written from grammar and a thesaurus, not from any evaluation article."""

# past tense -> (base, -ing, noun) for actions that can be said to stop or go on
ACTIONS = {
    "attacked": ("attack", "attacking", "attacks"), "struck": ("strike", "striking", "strikes"),
    "shelled": ("shell", "shelling", "shelling"), "bombed": ("bomb", "bombing", "bombing"),
    "raided": ("raid", "raiding", "raids"), "targeted": ("target", "targeting", "attacks"),
    "blocked": ("block", "blocking", "blockade"), "closed": ("close", "closing", "closure"),
    "suspended": ("suspend", "suspending", "suspension"), "launched": ("launch", "launching", "launches"),
    "fired": ("fire", "firing", "fire"), "hit": ("hit", "hitting", "strikes"), "seized": ("seize", "seizing", "seizure"),
    "arrested": ("arrest", "arresting", "arrests"), "detained": ("detain", "detaining", "detentions"),
    "deported": ("deport", "deporting", "deportations"), "evacuated": ("evacuate", "evacuating", "evacuation"),
    "banned": ("ban", "banning", "ban"), "sued": ("sue", "suing", "lawsuit"), "funded": ("fund", "funding", "funding"),
    "supplied": ("supply", "supplying", "supplies"), "sold": ("sell", "selling", "sales"), "bought": ("buy", "buying", "purchases"),
    "protested": ("protest", "protesting", "protests"), "boycotted": ("boycott", "boycotting", "boycott"),
    "invaded": ("invade", "invading", "invasion"), "occupied": ("occupy", "occupying", "occupation"),
    "destroyed": ("destroy", "destroying", "destruction"), "killed": ("kill", "killing", "killings"),
    "hacked": ("hack", "hacking", "hacking"), "spied on": ("spy on", "spying on", "spying"), "tracked": ("track", "tracking", "tracking"),
    "monitored": ("monitor", "monitoring", "monitoring"), "investigated": ("investigate", "investigating", "investigation"),
    "censored": ("censor", "censoring", "censorship"), "threatened": ("threaten", "threatening", "threats"),
    "harassed": ("harass", "harassing", "harassment"), "recruited": ("recruit", "recruiting", "recruitment"),
    "paid": ("pay", "paying", "payments"), "shipped": ("ship", "shipping", "shipments"), "exported": ("export", "exporting", "exports"),
    "imported": ("import", "importing", "imports"), "produced": ("produce", "producing", "production"),
    "built": ("build", "building", "construction"), "tested": ("test", "testing", "tests"), "collected": ("collect", "collecting", "collection"),
}

GROUPS = ["people", "civilians", "soldiers", "troops", "police officers", "officers", "children", "students", "workers", "passengers",
          "residents", "protesters", "migrants", "patients", "miners", "fighters", "militants", "journalists", "prisoners", "tourists",
          "crew members", "firefighters", "villagers", "pilgrims", "employees", "inmates", "hostages", "refugees", "women", "men"]

# harm -> its kind (a neutral swaps in a harm of another kind)
HARMS = {"killed": "death", "dead": "death", "injured": "injury", "wounded": "injury", "hurt": "injury", "arrested": "custody",
         "detained": "custody", "evacuated": "moved", "rescued": "moved", "displaced": "moved", "missing": "missing", "hospitalized": "injury",
         "kidnapped": "custody", "infected": "illness", "sickened": "illness", "fired": "job", "laid off": "job"}

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozens": 36, "hundreds": 300,
                "thousands": 3000, "scores": 40}

SEVERE = ["destroyed", "obliterated", "devastated", "flattened", "wrecked", "razed", "gutted", "demolished", "badly damaged",
          "severely damaged", "heavily damaged", "completely destroyed", "totally destroyed", "ruined"]
SLIGHT = ["largely intact", "undamaged", "unharmed", "slightly damaged", "barely scratched", "mostly untouched", "intact",
          "only lightly damaged", "left standing", "unaffected"]

CAUSES = ["a gas leak", "an electrical fault", "an air strike", "a rocket", "a car bomb", "a fire", "lightning", "a technical failure",
          "human error", "a faulty engine", "a landslide", "an earthquake", "arson", "a drone strike", "a short circuit", "bad weather",
          "a computer glitch", "a cyberattack", "a misfired missile", "an accident"]

_PAIRS = [("opened", "closed"), ("accepted", "rejected"), ("won", "lost"), ("rose", "fell"), ("increased", "decreased"),
          ("approved", "rejected"), ("allowed", "banned"), ("guilty", "innocent"), ("alive", "dead"), ("rising", "falling"), ("higher", "lower"), ("expanded", "reduced"), ("succeeded", "failed"),
          ("true", "false"), ("legal", "illegal"), ("safe", "dangerous"), ("confirmed", "denied"), ("supported", "opposed"),
          ("supports", "opposes"), ("agreed", "refused"), ("resumed", "halted"), ("started", "stopped"), ("began", "ended"),
          ("strengthened", "weakened"), ("gained", "lost"), ("winning", "losing"),
          ("arrived", "departed"), ("survived", "died"), ("acquitted", "convicted"), ("included", "excluded"), ("lifted", "imposed"),
          ("always", "never"), ("everyone", "nobody"), ("authentic", "forged"), ("attended", "skipped"), ("praised", "criticized"), ("welcomed", "condemned"), ]
ANTONYMS = {}
for a, b in _PAIRS:
    ANTONYMS.setdefault(a, b)
    ANTONYMS.setdefault(b, a)
