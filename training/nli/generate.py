"""Generated news pairs: the phenomena the contradiction rules used to hunt for by phrase, made into
NLI training data from real news sentences (FNC-1 article bodies), so the model learns the
phenomenon rather than a wording.

Each generator reads one linguistic form in a sentence (an action with its agent, a count of people
hurt, a number with its noun, how badly something was hit, a cause, a polar word) and writes:
  * a contradiction worded differently from its partner (a rewrite of the core clause, never the
    sentence with one word swapped: minimal pairs teach "one word changed = contradiction");
  * an entailment of the same sentence (detail removed, hedge added, the core clause alone);
  * at most as many neutrals (the same story, another fact; the same act at another time).
Articles are split before generating (by body id): no article feeds both training and held-out.

    python3 generate.py --fnc DIR --out DIR [--heldout-share 0.1]
writes DIR/news-train.tsv and DIR/news-heldout.tsv (label, premise, hypothesis, source).
"""
import argparse
import csv
import hashlib
import os
import random
import re

from lexicon import (ACTIONS, ANTONYMS, CAUSES, GROUPS, HARMS, NUMBER_WORDS, SEVERE, SLIGHT)

SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z0-9])")
ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.N|No|Inc|Co|Corp|Jr|Sr)\.$")


def sentences(body):
    out = []
    for paragraph in re.split(r"\n+", body):
        pieces, buf = SENTENCE_END.split(paragraph.strip()), ""
        for p in pieces:
            buf = (buf + " " + p).strip() if buf else p
            if ABBREVIATION.search(buf):
                continue
            if 6 <= len(buf.split()) <= 45:
                out.append(buf)
            buf = ""
    return out


def split_of(body_id, share):
    h = int(hashlib.sha1(str(body_id).encode()).hexdigest(), 16) % 1000
    return "heldout" if h < share * 1000 else "train"


def strip_detail(s):
    """The sentence without a leading adverbial and without its last comma clause: what it still entails."""
    s = re.sub(r"^(?:On|In|At|Earlier|Late|Early|Last|This|Since|After|By)\b[^,]{0,40},\s+", "", s)
    s = s[0].upper() + s[1:] if s else s
    parts = s.rsplit(", ", 1)
    core = parts[0] if len(parts) == 2 and len(parts[0].split()) >= 5 and '"' not in parts[1] else s
    return core.rstrip(" .") + "."


def cap(s):
    return s[0].upper() + s[1:] if s else s


# ---- generators: each returns [(label, premise, hypothesis, kind)] for one sentence, or [] -------------

ACTION = re.compile(r"\b(?P<subj>(?:[A-Z][\w.'’-]+\s){0,3}[A-Z][\w.'’-]+|(?:the|a|an)\s(?:[a-z-]+\s){0,2}[a-z-]+)\s"
                    r"(?P<verb>" + "|".join(sorted(ACTIONS, key=len, reverse=True)) + r")\s(?P<obj>(?:the|a|an|its|their|his|her|[A-Z]|\d)[^,.;:“”\"]{2,60}?)(?=[,.;:]|\s(?:on|in|at|after|before|as|when|while|since|during|and|but)\s|$)")
NOT_SUBJECT_END = re.compile(r"\b(?:was|were|been|be|is|are|had|has|have|who|which|that|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def action(s, rnd):
    m = ACTION.search(s)
    if not m:
        return []
    subj, verb, obj = m.group("subj"), m.group("verb"), m.group("obj").strip()
    if NOT_SUBJECT_END.search(subj) or re.match(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", subj):
        return []
    base, ing, _noun = ACTIONS[verb]
    subj_c = cap(subj)
    out = [
        ("contradiction", s, f"{subj_c} did not {base} {obj}.", "action-negated"),
        ("contradiction", f"{subj_c} has stopped {ing} {obj}.", f"{subj_c} is still {ing} {obj}.", "cessation"),
        ("contradiction", f"{subj_c} is still {ing} {obj}, officials said.", f"{subj_c} halted all {ing} of {obj} days ago and has not resumed.", "cessation"),
        ("contradiction", s, f"{subj_c} never {verb} {obj}; that report is false.", "denial"),
        ("entailment", s, f"{subj_c} {verb} {obj}.", "core-clause"),
        ("entailment", f"{subj_c} kept {ing} {obj} throughout the night.", f"{subj_c} {verb} {obj}.", "ongoing-entails-act"),
    ]
    if rnd.random() < 0.5:
        out.append(("neutral", s, f"{subj_c} will {base} {obj} again next month.", "other-time"))
    else:
        out.append(("neutral", f"{subj_c} {verb} {obj}.", f"{subj_c} {verb} {obj} for the first time.", "added-detail"))
    return out


COUNT = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(NUMBER_WORDS) + r")\s(?P<who>(?:[a-z-]+\s){0,2}?(?:" + "|".join(GROUPS)
                   + r"))\s(?P<aux>were|have been|had been|are|was)\s(?:(?!not|never)\w+\s)?(?P<harm>" + "|".join(HARMS) + r")\b(?P<rest>[^.;,]{0,60})")


def to_int(n):
    n = n.lower().replace(",", "")
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n)


def casualties(s, rnd):
    m = COUNT.search(s)
    if not m:
        return []
    n, who, harm, rest = to_int(m.group("n")), m.group("who"), m.group("harm"), m.group("rest").strip()
    if not n or n < 2:
        return []
    place = re.split(r"\s(?:but|and|while|as|when|who|after)\s", rest)[0] if rest.startswith(("in ", "at ", "near ", "during ", "on ")) else ""
    low = max(1, n // rnd.choice([3, 4, 5, 10]))
    others = [h for h in HARMS if h != harm and HARMS[h] != HARMS[harm]]
    out = [
        ("contradiction", s, f"No {who} were {harm}{(' ' + place) if place else ''}.", "none-vs-count"),
        ("contradiction", f"Nobody was {harm}{(' ' + place) if place else ''}, the authorities insisted.", s, "none-vs-count"),
        ("entailment", s, f"Some {who} were {harm}{(' ' + place) if place else ''}.", "hedge"),
        ("entailment", s, f"At least {low} {who} were {harm}.", "lower-bound"),
    ]
    if n >= 10:
        out.append(("contradiction", s, f"Only {low if low < n // 2 else 1} {who} {'was' if low == 1 else 'were'} {harm}.", "number-far"))
    if others:
        out.append(("neutral", s, f"{n} {who} were {rnd.choice(others)}{(' ' + place) if place else ''}.", "other-fact"))
    return out


QUANTITY = re.compile(r"\b(?P<n>\d{2,3}(?:,\d{3})*|\d+(?:\.\d+)?\s(?:million|billion))\s(?P<noun>[a-z][a-z-]{3,})\b")


def numbers(s, rnd):
    m = QUANTITY.search(s)
    if not m or re.search(r"\b(?:19|20)\d\d\b", m.group("n")) or m.group("noun") in ("percent", "years", "year", "months", "days", "hours", "minutes"):
        return []
    raw = m.group("n")
    value = float(raw.split()[0].replace(",", ""))
    if value in (1900, 2000) or 1900 <= value <= 2100:
        return []
    factor = rnd.choice([3, 4, 5, 10])
    far = value * factor if rnd.random() < 0.5 else value / factor
    unit = (" " + raw.split()[1]) if " " in raw else ""
    far_s = (f"{far:,.0f}" if far >= 1 else "fewer than one") + unit
    noun = m.group("noun")
    core = strip_detail(s)
    if raw not in core:
        core = s
    rewritten = core.replace(raw + " " + noun, far_s + " " + noun, 1)
    out = [("contradiction", s, rewritten, "number-far"), ("entailment", s, core.replace(raw + " " + noun, "about " + raw + " " + noun, 1), "number-hedged")]
    if noun.endswith("s") and not noun.endswith("ss"):
        # One template for both labels, so that the wording says nothing about the label.
        out += [("contradiction", s, f"Officials put the number of {noun} at {far_s}.", "number-far"),
                ("entailment", s, f"Officials put the number of {noun} at about {raw}.", "number-hedged")]
    return out


SEVERITY = re.compile(r"\b(?P<thing>(?:the|a|an|its|their)\s(?:[a-z-]+\s){0,2}[a-z-]+)\s(?P<aux>was|were|has been|have been|had been)\s(?:(?!not|never)\w+\s)?(?P<adj>"
                      + "|".join(SEVERE + SLIGHT) + r")\b")


def severity(s, rnd):
    m = SEVERITY.search(s)
    if not m:
        return []
    thing, aux, adj = cap(m.group("thing")), m.group("aux"), m.group("adj")
    flipped = rnd.choice(SLIGHT if adj in SEVERE else SEVERE)
    mild = "damaged" if adj in SEVERE else "affected"
    return [
        ("contradiction", s, f"{thing} {aux} {flipped}, according to the assessment.", "severity"),
        ("entailment", s, f"{thing} {aux} {mild}." if adj in SEVERE else f"{thing} {aux} not destroyed.", "severity-weaker"),
    ]


CAUSE = re.compile(r"\b(?P<event>(?:the|a|an)\s(?:[a-z-]+\s){0,2}[a-z-]+)\s(?:was|were)\s(?:caused by|blamed on|the result of|triggered by)\s(?P<cause>(?:a|an|the)\s[^,.;]{3,80})")


def causes(s, rnd):
    m = CAUSE.search(s)
    if not m:
        return []
    event, cause = cap(m.group("event")), " ".join(m.group("cause").split()[:6]).strip(" “”\"")
    other = rnd.choice([c for c in CAUSES if c.split()[-1] not in cause])
    return [
        ("contradiction", s, f"{event} was caused by {other}, not by {cause}.", "cause"),
        ("contradiction", s, f"{cap(other)}, not {cause}, was behind {m.group('event')}.", "cause"),
        ("entailment", s, f"{cap(cause)} caused {m.group('event')}.", "cause-active"),
        ("neutral", s, f"{event} was investigated by the police.", "other-fact"),
    ]


def antonyms(s, rnd):
    words = s.split()
    for i, w in enumerate(words):
        key = w.lower().strip(",.;:")
        if key in ANTONYMS and 0 < i < len(words) - 1:
            flipped = list(words)
            flipped[i] = w.replace(key, ANTONYMS[key]) if w.islower() else ANTONYMS[key]
            # Reworded: the flipped sentence without its detail, against the full original.
            short = strip_detail(" ".join(flipped))
            if short.rstrip(".") == " ".join(flipped).rstrip("."):
                short = "Reports said that " + short[0].lower() + short[1:]
            return [("contradiction", s, short, "antonym"),
                    ("entailment", s, strip_detail(s) if strip_detail(s).rstrip(".") != s.rstrip(".") else "Reports said that " + s[0].lower() + s[1:], "detail-removed")]
    return []


FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|\w+ed)\b")
COMMON_OPENERS = {"The", "A", "An", "This", "That", "These", "Those", "It", "They", "He", "She", "We", "There", "Its", "Their", "His", "Her", "Some", "Many", "Most"}


def lower_first(s):
    first = s.split()[0]
    return s[0].lower() + s[1:] if first in COMMON_OPENERS else s


def denial(s, rnd):
    if '"' in s or "“" in s or len(s.split()) > 30 or rnd.random() > 0.15:
        return []
    core = strip_detail(s).rstrip(".")
    if not FINITE.search(core) or not s[0].isupper() or re.match(r"(?:But|And|So|Or|If|When|While|Because|Keep|Let|Please)\b", core):
        return []
    # One frame for both labels: "it is (not) true that" says nothing by its wording.
    negated = rnd.choice(["It is not true that {}.", "Claims that {} are false.", "It is false that {}."])
    affirmed = rnd.choice(["It is true that {}.", "Claims that {} are correct.", "It is a fact that {}."])
    return [("contradiction", s, negated.format(lower_first(core)), "denial"),
            ("entailment", s, affirmed.format(lower_first(core)), "confirmation")]


GENERATORS = [action, casualties, numbers, severity, causes, antonyms, denial]


def same_story_neutrals(sents, rnd, limit):
    """Two sentences of one article that share words but state different facts: hard neutrals (few)."""
    out = []
    for _ in range(limit * 4):
        if len(sents) < 4 or len(out) >= limit:
            break
        a, b = rnd.sample(sents, 2)
        wa, wb = set(re.findall(r"[a-z]{4,}", a.lower())), set(re.findall(r"[a-z]{4,}", b.lower()))
        if 2 <= len(wa & wb) and len(wa & wb) < 0.5 * min(len(wa), len(wb)):
            out.append(("neutral", a, b, "same-story"))
    return out


def stance_pairs(fnc, split_share, rnd):
    """FNC-1 headline/body stances, body cut to its sentences nearest the headline: worded-differently agreement and refutation."""
    bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(open(os.path.join(fnc, "competition_test_bodies.csv"), encoding="utf-8"))}
    label = {"agree": "entailment", "disagree": "contradiction", "discuss": "neutral"}
    out = {"train": [], "heldout": []}
    rows = [r for r in csv.DictReader(open(os.path.join(fnc, "competition_test_stances.csv"), encoding="utf-8")) if r["Stance"] in label]
    for r in rows:
        if r["Stance"] == "discuss" and rnd.random() > 0.2:
            continue
        sents = sentences(bodies[r["Body ID"]])
        if not sents:
            continue
        head = set(re.findall(r"[a-z]{4,}", r["Headline"].lower()))
        ranked = sorted(range(len(sents)), key=lambda i: -len(head & set(re.findall(r"[a-z]{4,}", sents[i].lower()))))
        keep = sorted(set([0] + ranked[:2]))
        premise = " ".join(sents[i] for i in keep)
        out[split_of("fnc" + r["Body ID"], split_share)].append((label[r["Stance"]], premise, r["Headline"], "fnc-stance"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fnc", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--heldout-share", type=float, default=0.1)
    ap.add_argument("--per-kind", type=int, default=2500, help="at most this many pairs of each kind")
    args = ap.parse_args()
    rnd = random.Random(7)
    bodies = []
    for name in ("train_bodies.csv", "competition_test_bodies.csv"):
        for r in csv.DictReader(open(os.path.join(args.fnc, name), encoding="utf-8")):
            bodies.append(("fnc" + r["Body ID"] if name.startswith("competition") else "fnct" + r["Body ID"], r["articleBody"]))
    pairs = {"train": [], "heldout": []}
    seen = set()
    for body_id, body in bodies:
        split = split_of(body_id, args.heldout_share)
        sents = [s for s in sentences(body) if s not in seen]
        seen.update(sents)
        for s in sents:
            for g in GENERATORS:
                pairs[split].extend(g(s, rnd))
        pairs[split].extend(same_story_neutrals(sents, rnd, 1))
    for split, extra in stance_pairs(args.fnc, args.heldout_share, rnd).items():
        pairs[split].extend(extra)
    os.makedirs(args.out, exist_ok=True)
    for split, rows in pairs.items():
        rnd.shuffle(rows)
        kept, counts = [], {}
        for row in rows:
            counts[row[3]] = counts.get(row[3], 0) + 1
            if counts[row[3]] <= (args.per_kind if split == "train" else args.per_kind // 5):
                kept.append(row)
        # Neutrals never outnumber contradictions.
        contradictions = sum(1 for r in kept if r[0] == "contradiction")
        neutrals = [r for r in kept if r[0] == "neutral"][:contradictions]
        kept = [r for r in kept if r[0] != "neutral"] + neutrals
        rnd.shuffle(kept)
        with open(os.path.join(args.out, f"news-{split}.tsv"), "w", encoding="utf-8") as f:
            for label, p, h, kind in kept:
                f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in (label, p, h, "news_" + kind)) + "\n")
        by = {}
        for r in kept:
            by[(r[3], r[0])] = by.get((r[3], r[0]), 0) + 1
        print(split, len(kept), sorted(by.items()))


if __name__ == "__main__":
    main()
