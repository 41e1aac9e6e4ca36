#!/usr/bin/env python3
"""Derives three NER resources from the DFKI SmartData corpus (CC BY 4.0) and the GermEval test split.

  derive_smartdata.py SMARTDATA_DIR GERMEVAL_TEST_TSV CORPUS_OUT NAMES_OUT AUXILIARY_OUT

CORPUS_OUT: unlabeled text, one tokenized sentence per line (SmartData texts plus the GermEval
test split's tokens), the input of `newskg ner clusters`; not shipped.
NAMES_OUT: TSV `class<TAB>name` of person/organization/location mention strings annotated in
SmartData (seen at least once, capitalised, at most four tokens), read from
data/ner/smartdata_names.tsv by training; not committed, the model carries it hashed.
AUXILIARY_OUT: SmartData as GermEval-style TSV (person -> PER, organization* -> ORG,
location* -> LOC, everything else O), the input of `newskg ner train --auxiliary`; not shipped.
"""
import collections, gzip, json, re, sys

TYPES = {'person': 'person', 'organization': 'organization', 'organization-company': 'organization',
         'location': 'location', 'location-city': 'location', 'location-street': 'location',
         'location-stop': 'location', 'location-route': 'location'}
TAGS = {'person': 'PER', 'organization': 'ORG', 'organization-company': 'ORG', 'location': 'LOC',
        'location-city': 'LOC', 'location-street': 'LOC', 'location-stop': 'LOC', 'location-route': 'LOC'}
TOKEN = re.compile(r"\w+(?:[-.'’]\w+)*\.?(?<=\w)|\w+(?:-\w+)*|[^\w\s]", re.U)


def documents(path):
    raw = gzip.open(path, 'rt', encoding='utf-8').read()
    decoder, pos = json.JSONDecoder(), 0
    while True:
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            return
        doc, pos = decoder.raw_decode(raw, pos)
        yield doc


def sentences(text):
    for line in text.split('\n'):
        sentence = []
        for match in TOKEN.finditer(line):
            sentence.append(match.group())
            if match.group() in '.!?':
                yield sentence
                sentence = []
        if sentence:
            yield sentence


def tagged_sentences(doc):
    """Sentences of one document as (token, BIO tag) lists: a sentence ends at . ! ? or a line break."""
    text = doc['text']['string']
    spans = []
    for mention in (doc.get('conceptMentions') or {}).get('array') or []:
        tag = TAGS.get(mention['type'])
        if tag:
            spans.append((mention['span']['start'], mention['span']['end'], tag))
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    sentence, previous_span, previous_end = [], None, 0
    for start, end, word in tokens:
        if sentence and '\n' in text[previous_end:start]:
            yield sentence
            sentence, previous_span = [], None
        span = next((s for s in spans if s[0] <= start and end <= s[1]), None)
        tag = 'O' if span is None else ('I-' if span == previous_span else 'B-') + span[2]
        sentence.append((word, tag))
        previous_span, previous_end = span, end
        if word in '.!?':
            yield sentence
            sentence, previous_span = [], None
    if sentence:
        yield sentence


def main(smartdata, germeval_test, corpus_out, names_out, auxiliary_out):
    with open(auxiliary_out, 'w', encoding='utf-8') as auxiliary:
        for split in ('train', 'test'):
            for doc in documents(f'{smartdata}/v1_{split}.json.gz'):
                for sentence in tagged_sentences(doc):
                    auxiliary.write('#\tsmartdata\n')
                    for index, (word, tag) in enumerate(sentence, 1):
                        auxiliary.write(f'{index}\t{word}\t{tag}\tO\n')
                    auxiliary.write('\n')
    names = collections.Counter()
    with open(corpus_out, 'w', encoding='utf-8') as corpus:
        for split in ('train', 'test'):
            for doc in documents(f'{smartdata}/v1_{split}.json.gz'):
                text = doc['text']['string']
                for sentence in sentences(text):
                    corpus.write(' '.join(sentence) + '\n')
                for mention in (doc.get('conceptMentions') or {}).get('array') or []:
                    cls = TYPES.get(mention['type'])
                    if not cls:
                        continue
                    words = TOKEN.findall(text[mention['span']['start']:mention['span']['end']])
                    if 0 < len(words) <= 4 and words[0][:1].isupper() and len(words[0]) > 1:
                        names[(cls, ' '.join(words))] += 1
        sentence = []
        for line in open(germeval_test, encoding='utf-8'):
            fields = line.rstrip('\n').split('\t')
            if len(fields) >= 2 and not line.startswith('#'):
                sentence.append(fields[1])
            elif not line.strip() and sentence:
                corpus.write(' '.join(sentence) + '\n')
                sentence = []
        if sentence:
            corpus.write(' '.join(sentence) + '\n')
    with open(names_out, 'w', encoding='utf-8') as out:
        out.write('# Person, organization and location names annotated in the DFKI SmartData corpus v1 '
                  '(Schiersch et al., LREC 2018), CC BY 4.0; derived by derive_smartdata.py. Format: class<TAB>name\n')
        out.write('class\tname\n')
        for (cls, name) in sorted(names):
            out.write(f'{cls}\t{name}\n')


if __name__ == '__main__':
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:6])
