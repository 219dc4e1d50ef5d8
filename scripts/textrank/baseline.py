#!/usr/bin/env python3
"""sumy's TextRank on the same texts as Tandem's engine, for comparison.

  baseline.py summaries CORPUS OUT.json   one summary per case, of the length
                                          Tandem's own may take (20% of the
                                          words, at most 400)
  baseline.py time DIR                    milliseconds per case, in process,
                                          over the text files in DIR

NLTK's sentence model is a download, which this machine cannot make, so
sentences are split here: every line is a block and a block splits after
. ! or ? before a capital, as Tandem's engine does.
"""
import json
import pathlib
import re
import sys
import time

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

SHARE, MAX_WORDS = 0.2, 400
SPLIT = re.compile(r'(?<=[.!?])["\')]*\s+(?=[A-Z0-9"\'(])')


class Words:
    """The word tokenizer sumy's models ask for."""

    language = "english"

    def to_words(self, text):
        return re.findall(r"[\w'-]+", text)

    def to_sentences(self, text):
        return [text]


def sentences(texts):
    out = []
    for text in texts:
        for line in text.splitlines():
            line = line.strip().lstrip("-*•").strip()
            if line:
                out.extend(s.strip() for s in SPLIT.split(line) if s.strip())
    return out


def summarise(texts, summarizer, words=Words()):
    found = sentences(texts)
    document = ObjectDocumentModel([Paragraph([Sentence(s, words) for s in found])])
    total = sum(len(t.split()) for t in texts)
    budget = min(int(total * SHARE), MAX_WORDS)
    ratings = summarizer.rate_sentences(document)
    chosen, used = [], 0
    for sentence in sorted(document.sentences, key=lambda s: -ratings[s]):
        n = len(str(sentence).split())
        if used + n <= budget:
            chosen.append(str(sentence))
            used += n
    return chosen


def make_summarizer():
    summarizer = TextRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def corpus_summaries(corpus, out):
    summarizer = make_summarizer()
    result = {}
    for case in sorted((pathlib.Path(corpus) / "cases").iterdir()):
        labels = case / "labels.json"
        if not labels.is_file():
            continue
        files = json.loads(labels.read_text())["documents"]
        texts = [(case / d["file"]).read_text(errors="replace") for d in files]
        result[case.name] = summarise(texts, summarizer)
    pathlib.Path(out).write_text(json.dumps(result, indent=1))
    print(f"TextRank: {len(result)} case summaries written to {out}")


def time_case(folder, batches=15, rounds=10):
    texts = [p.read_text() for p in sorted(pathlib.Path(folder).glob("*.txt"))]
    summarizer = make_summarizer()
    for _ in range(3):
        summarise(texts, summarizer)
    per_case = []
    for _ in range(batches):
        started = time.perf_counter()
        for _ in range(rounds):
            summarise(texts, summarizer)
        per_case.append((time.perf_counter() - started) * 1000 / rounds)
    per_case.sort()
    words = sum(len(t.split()) for t in texts)
    print(f"textrank: {per_case[0]:.3f} ms per case best, {per_case[len(per_case) // 2]:.3f} ms median "
          f"({len(texts)} documents, {words} words, {batches} batches of {rounds})")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "summaries":
        corpus_summaries(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "time":
        time_case(sys.argv[2])
    else:
        sys.exit(__doc__)
