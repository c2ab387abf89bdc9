#!/usr/bin/env python3
"""Writes the table of nouns that cannot head the source of a claim ("the mood in the capital suggests",
"the union's repeated strikes show"): the service gives such a claim to the outlet rather than to a made-up speaker.

A noun is in the table when WordNet gives it no sense of a being, a body, a place, a thing made, a message,
a finding or an amount of people, and fewer than two of PolNeAR train's labelled sources have it as their head.
 - WordNet's senses are taken where people met them: the senses SemCor tagged (WordNet's tagsense_cnt, the
   first senses of each noun), and any sense of a person or a body however rare ("hawk", an advocate of war;
   "green", an environmentalist). A noun with no tagged sense is too rare to judge and stays out of the table.
   "strike" (a refusal to work, an attack) and "situation" (a state of affairs) have none of those senses;
   "report", "ministry", "post" (a place) and "figure" (a person) do. Proper names (instance synsets: Emily
   Post) are left out, and so is a plural lemma ("greens") whose singular may speak.
 - PolNeAR's labels keep what news does let speak though WordNet would not: "the campaign said", "64
   percent said", "the lawsuit alleges".

    training/attribution/speaker_nouns.py [--fold i/k]      (writes src/main/resources/attribution/non-speaker-nouns.txt)

Needs Debian's wordnet-base (WordNet 3.0 in /usr/share/wordnet). With --fold i/k the articles of fold i are
left out of the PolNeAR evidence, as train.py leaves them out of training.
"""
import argparse
import collections
import json
import os
import re

# The lexicographer files of WordNet 3.0 (lexnames(5WN)), in file-number order.
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition "
            "noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person "
            "noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
            "noun.substance noun.time").split()
# Senses that can speak or be quoted: beings and bodies (Tops holds "person" and "group"), places acting as a body,
# things made (a website, an office), messages and findings, and amounts of people ("a majority", "a third").
CAN_SPEAK = {"noun.Tops", "noun.person", "noun.group", "noun.location", "noun.artifact", "noun.communication",
             "noun.cognition", "noun.quantity", "noun.relation"}
PEOPLE = {"noun.person", "noun.group"}
MIN_POLNEAR_HEADS = 2


def records(path):
    """The fields of each line of a WordNet database file, past its licence header (lines opening with a space)."""
    with open(path) as lines:
        for line in lines:
            if not line.startswith(" "):
                yield line.split()


def wordnet_senses(wordnet):
    """lemma -> the lexicographer files of its tagged senses and of any sense of a person or body, for nouns with a tagged sense."""
    offsets_of = {}
    for f in records(os.path.join(wordnet, "index.noun")):
        pointers = int(f[3])
        tagged = int(f[5 + pointers])
        if tagged > 0:  # a noun no tagged text used is too rare to judge; it may speak
            offsets_of[f[0]] = (tagged, f[6 + pointers:])
    synsets = {}
    for f in records(os.path.join(wordnet, "data.noun")):
        count = int(f[3], 16)
        pointers = f[5 + 2 * count: 5 + 2 * count + 4 * int(f[4 + 2 * count])]
        instance = "@i" in pointers[0::4]  # "Post" (Emily Post) is an instance of "writer", not a sense of "post"
        synsets[f[0]] = (LEXNAMES[int(f[1])], instance)
    senses = {}
    for lemma, (tagged, offsets) in offsets_of.items():
        kept = [synsets[o][0] for o in offsets[:tagged] if not synsets[o][1]]
        # A person or a body among any of its senses, tagged or not: "hawk" (an advocate of war), "green" (an environmentalist).
        kept += [synsets[o][0] for o in offsets[tagged:] if not synsets[o][1] and synsets[o][0] in PEOPLE]
        senses[lemma] = kept
    return senses


def head(speaker):
    """The head word of a labelled source: its last word before a preposition, comma, relative or dash."""
    phrase = re.split(r",| of | who | which | that |\(| at | in | for | from | with | on | to |—| -- ", " " + speaker + " ")[0]
    phrase = re.sub(r"[’']s\s*$", "", phrase.strip())
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", phrase)
    return words[-1].lower() if words else None


def lemma(word, senses, exceptions):
    if word in senses:
        return word
    if word in exceptions:
        return exceptions[word]
    for suffix, replacement in (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + replacement in senses:
            return word[: -len(suffix)] + replacement
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..")
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--train", default=os.path.join(root, "..", "shared", "eval", "polnear", "polnear_train_docs.jsonl"))
    parser.add_argument("--out", default=os.path.join(root, "src", "main", "resources", "attribution", "non-speaker-nouns.txt"))
    parser.add_argument("--fold", help="i/k: leave fold i of k out of the PolNeAR evidence")
    args = parser.parse_args()

    senses = wordnet_senses(args.wordnet)
    exceptions = {}
    with open(os.path.join(args.wordnet, "noun.exc")) as exc:
        for line in exc:
            inflected, base = line.split()[:2]
            exceptions[inflected] = base

    heads = collections.Counter()
    fold, folds = map(int, args.fold.split("/")) if args.fold else (None, None)
    with open(args.train, encoding="utf-8") as train:
        docs = sorted((json.loads(line) for line in train if line.strip()), key=lambda d: d["doc"])
    for number, doc in enumerate(docs):
        if fold is not None and number % folds == fold:  # train.py's folds: the i-th article by name goes to fold i mod k
            continue
        for attribution in doc["attributions"]:
            word = head(attribution.get("speaker") or "")
            if word:
                heads[lemma(word, senses, exceptions) or word] += 1

    def speaks(l):
        return bool(set(senses.get(l, ())) & CAN_SPEAK) or heads[l] >= MIN_POLNEAR_HEADS

    # A plural that is a lemma of its own ("greens", leafy vegetables) is also the plural of one that may speak ("green").
    refused = sorted(l for l in senses
                     if l.isalpha() and l.islower() and not speaks(l) and not (l.endswith("s") and speaks(l[:-1])))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as out:
        out.write("# Nouns that cannot head the source of a claim. Written by training/attribution/speaker_nouns.py"
                  + (" --fold " + args.fold if args.fold else "") + "; do not edit.\n")
        out.write("# From WordNet 3.0 (Copyright 2006 by Princeton University. All rights reserved; the WordNet 3.0 license\n"
                  "# permits use, copying and distribution with this notice; WordNet is provided \"as is\" without warranty)\n"
                  "# and from the head words of PolNeAR train's labelled sources.\n")
        for l in refused:
            out.write(l + "\n")
    print(f"{len(refused)} nouns written to {args.out}; {sum(1 for n in heads.values() if n >= MIN_POLNEAR_HEADS)} words head"
          f" at least {MIN_POLNEAR_HEADS} of PolNeAR train's sources ({sum(heads.values())} sources)")


if __name__ == "__main__":
    main()
