#!/usr/bin/env python3
"""Derives two NER resources from the DFKI SmartData corpus (CC BY 4.0) and the GermEval test split.

  derive_smartdata.py SMARTDATA_DIR GERMEVAL_TEST_TSV CORPUS_OUT NAMES_OUT

CORPUS_OUT: unlabeled text, one tokenized sentence per line (SmartData texts plus the GermEval
test split's tokens), the input of `newskg ner clusters`; not shipped.
NAMES_OUT: TSV `class<TAB>name` of person/organization/location mention strings annotated in
SmartData (seen at least once, capitalised, at most four tokens); shipped as
data/ner/smartdata_names.tsv.
"""
import collections, gzip, json, re, sys

TYPES = {'person': 'person', 'organization': 'organization', 'organization-company': 'organization',
         'location': 'location', 'location-city': 'location', 'location-street': 'location',
         'location-stop': 'location', 'location-route': 'location'}
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


def main(smartdata, germeval_test, corpus_out, names_out):
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
    main(*sys.argv[1:5])
