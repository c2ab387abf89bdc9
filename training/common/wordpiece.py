"""BERT uncased WordPiece, read from a HuggingFace tokenizer.json, with character offsets.

The service tokenises with the Rust `tokenizers` library (through DJL); PyPI is out of reach here,
so training uses this reimplementation of the same steps (BertNormalizer with lowercase and accent
stripping, BertPreTokenizer, WordPiece with '##' continuations). `WordPieceParityTest` in the
Java suite checks that both give the same ids on a sample of news text.
"""
import json
import unicodedata


def _is_punctuation(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Cn", "Co", "Cs")


def _is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_chinese(ch):
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, tokenizer_json):
        with open(tokenizer_json, encoding="utf-8") as f:
            spec = json.load(f)
        self.vocab = spec["model"]["vocab"]
        self.unk = self.vocab[spec["model"].get("unk_token", "[UNK]")]
        self.max_chars = spec["model"].get("max_input_chars_per_word", 100)
        self.cls, self.sep, self.pad = self.vocab["[CLS]"], self.vocab["[SEP]"], self.vocab["[PAD]"]

    def _words(self, text):
        """Normalised words with the [start, end) character span each came from in `text`."""
        words, current, start = [], [], None

        def flush(end):
            nonlocal current, start
            if current:
                words.append(("".join(current), start, end))
            current, start = [], None

        for i, ch in enumerate(text):
            if ord(ch) == 0 or ord(ch) == 0xFFFD or _is_control(ch):
                continue
            if _is_whitespace(ch):
                flush(i)
                continue
            if _is_chinese(ch) or _is_punctuation(ch):
                flush(i)
                norm = self._normalise(ch)
                if norm:
                    words.append((norm, i, i + 1))
                continue
            norm = self._normalise(ch)
            if not norm:
                continue
            if start is None:
                start = i
            current.append(norm)
        flush(len(text))
        return words

    @staticmethod
    def _normalise(ch):
        decomposed = unicodedata.normalize("NFD", ch.lower())
        return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")

    def encode(self, text):
        """Ids and character offsets of `text`, without special tokens."""
        ids, offsets = [], []
        for word, start, end in self._words(text):
            pieces = self._pieces(word)
            if pieces is None:
                ids.append(self.unk)
                offsets.append((start, end))
                continue
            # Offsets of pieces inside the word: exact when normalising kept one char per char.
            exact = len(word) == end - start
            pos = 0
            for piece in pieces:
                length = len(piece) - (2 if piece.startswith("##") else 0)
                s = start + pos if exact else start
                e = start + pos + length if exact else end
                ids.append(self.vocab[piece])
                offsets.append((s, e))
                pos += length
        return ids, offsets

    def _pieces(self, word):
        if len(word) > self.max_chars:
            return None
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    found = sub
                    break
                end -= 1
            if found is None:
                return None
            pieces.append(found)
            start = end
        return pieces

    def encode_pair(self, a, b, max_len):
        """[CLS] a [SEP] b [SEP] with type ids, truncated longest-first as the serving tokenizer does."""
        ia, _ = self.encode(a)
        ib, _ = self.encode(b)
        while len(ia) + len(ib) + 3 > max_len:
            if len(ia) > len(ib):
                ia.pop()
            else:
                ib.pop()
        ids = [self.cls] + ia + [self.sep] + ib + [self.sep]
        types = [0] * (len(ia) + 2) + [1] * (len(ib) + 1)
        return ids, types


if __name__ == "__main__":
    # One text per input line; prints its ids, space-separated (the Java parity test reads them).
    import sys
    tokenizer = WordPiece(sys.argv[1])
    for line in sys.stdin:
        print(" ".join(str(i) for i in tokenizer.encode(line.rstrip("\n"))[0]))
