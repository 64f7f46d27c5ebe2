"""presidio and spaCy, wired for screener: presidio's NLP engine fed with screener's own spaCy pipeline
(`screener.text.nlp`), a registry with only screener's Dutch recognizers, presidio's `AnalyzerEngine` over
them, and what makes presidio cheap on many drafts: each word's stop-word and punctuation answer kept, the
context keywords asked through a set, the context enhancer's copies made without copy's protocol and the token of
a hit found by bisection, and a chunk's results handed to the draft they lie in (`results_per_text`).

The engine is built once per process and kept per relevant configuration (`engine`). What is done with
presidio's results (allowed values, overlaps) is `screener.text.analyzer`'s.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

from screener.text.cold_start import import_presidio

import_presidio()
# presidio logs the words around each hit at debug level ("Context list is: vries 111222333 bsn"):
# whatever level an application sets, the text stage's log holds no text.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)


class PatternTimedOut(TimeoutError):
    """A recognizer's pattern ran out of time on a draft: the draft is not fully checked."""


def _fail_closed_on_timeouts(record: logging.LogRecord) -> bool:
    """presidio skips a pattern that runs past its time limit and only logs it, so the draft would be
    reported with that pattern's findings missing. The log call stands inside presidio's handler of the
    timeout: raising here makes the draft fail as a whole (E-BESTAND, exit 3: not checked)."""
    if record.exc_info and isinstance(record.exc_info[1], TimeoutError):
        raise PatternTimedOut("een zoekpatroon had te veel tijd nodig") from record.exc_info[1]
    return True


logging.getLogger("presidio-analyzer").addFilter(_fail_closed_on_timeouts)

from presidio_analyzer import (AnalyzerEngine, EntityRecognizer, PatternRecognizer, RecognizerRegistry,  # noqa: E402
                               RecognizerResult)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer  # noqa: E402
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine  # noqa: E402
from spacy.attrs import IDX, LEMMA  # noqa: E402
from spacy.language import Language  # noqa: E402

from screener.config import Config  # noqa: E402
from screener.text import nlp  # noqa: E402
from screener.text.recognizers import PATTERN_RECOGNIZERS, NlHashtagNameRecognizer, NlNameRecognizer  # noqa: E402
from screener.text.recognizers.nl_student_number import NlStudentNumberRecognizer  # noqa: E402

LANGUAGE = "nl"
SCORE_THRESHOLD = 0.35


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """presidio's spaCy engine around a pipeline screener built itself (no spacy.load by name).

    presidio asks, for every word of every text, whether it is a stop word and whether it is
    punctuation (for the context words); the answers are the vocabulary's and are kept per word."""

    KNOWN_WORDS = 200_000  # words whose answers are kept; then the list starts anew

    def __init__(self, pipeline: Language) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "screener"}])
        self.nlp = {LANGUAGE: pipeline}
        self._flags: dict[str, tuple[bool, bool]] = {}
        self._keywords: dict[str, tuple[str, ...]] = {}

    def load(self) -> None:
        pass

    def _stop_and_punct(self, word: str) -> tuple[bool, bool]:
        flags = self._flags.get(word)
        if flags is None:
            if len(self._flags) >= self.KNOWN_WORDS:
                self._flags.clear()
            lexeme = self.nlp[LANGUAGE].vocab[word]
            flags = self._flags[word] = (lexeme.is_stop, lexeme.is_punct)
        return flags

    def keywords(self, lemmas: list[str]) -> list[str]:
        """presidio's context keywords of a text (`NlpArtifacts.set_keywords`: the lemmas that are no stop
        word or punctuation, in lower case, split at ":"), with each lemma's answer kept."""
        known = self._keywords
        if len(known) >= self.KNOWN_WORDS:
            known.clear()
        keywords = _Keywords()
        for lemma in lemmas:
            words = known.get(lemma)
            if words is None:
                stop, punct = self._stop_and_punct(lemma)
                words = known[lemma] = () if stop or punct or lemma in ("-PRON-", "be") \
                    else tuple(lemma.lower().split(":"))
            keywords += words
        return keywords

    def is_stopword(self, word: str, language: str) -> bool:
        return self._stop_and_punct(word)[0] if language == LANGUAGE else super().is_stopword(word, language)

    def is_punct(self, word: str, language: str) -> bool:
        return self._stop_and_punct(word)[1] if language == LANGUAGE else super().is_punct(word, language)

    def process_batch(self, texts, language: str, batch_size: int = 1, n_process: int = 1,  # noqa: ANN001, ANN201
                      as_tuples: bool = False):
        """presidio's, but each text comes back as given: presidio rebuilds it from the tokens
        (`doc.text`), which spaCy keeps identical to its input anyway."""
        if as_tuples or language != LANGUAGE:
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
            return
        texts = list(texts)
        for text, doc in zip(texts, self.nlp[language].pipe(texts, batch_size=batch_size, n_process=n_process)):
            yield text, self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:  # noqa: ANN001 - a spaCy Doc
        """presidio's, with the lemmas and token offsets read for the whole document at once (`to_array`)
        instead of making a Token object for every word, twice; each column made a list of its own."""
        values = doc.to_array([LEMMA, IDX]) if len(doc) else None
        lemmas, indices = (values[:, 0].tolist(), values[:, 1].tolist()) if values is not None else ([], [])
        strings = doc.vocab.strings
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return _Artifacts(entities=entities, tokens=doc, tokens_indices=indices,
                          lemmas=[strings[lemma] for lemma in lemmas], nlp_engine=self, language=language)


class _Keywords(list):
    """presidio's keywords of a text, a list; its context enhancer asks `lemma in keywords` for the words
    around a hit, answered here by a set made on the first question."""

    def __contains__(self, word: object) -> bool:
        words = self.__dict__.get("_set")
        if words is None:
            words = self._set = frozenset(self)
        return word in words


class _Artifacts(NlpArtifacts):
    """presidio's NLP artifacts, with the keywords made by `PreloadedSpacyNlpEngine.keywords`."""

    @staticmethod
    def set_keywords(nlp_engine, lemmas: list[str], language: str) -> list[str]:  # noqa: ANN001
        if isinstance(nlp_engine, PreloadedSpacyNlpEngine) and language == LANGUAGE:
            return nlp_engine.keywords(lemmas)
        return NlpArtifacts.set_keywords(nlp_engine, lemmas, language)


class _ResultsToEnhance(list):
    """The results presidio's context enhancer gets: it deep-copies them before it raises scores,
    which took a tenth of the text stage. Each result's own copy (with its own explanation and
    metadata, the parts the enhancer changes) is all that copy needs."""

    def __deepcopy__(self, memo: dict) -> list[RecognizerResult]:
        copies = []
        for result in self:
            mine = _shallow_copy(result)
            if result.analysis_explanation is not None:
                mine.analysis_explanation = _shallow_copy(result.analysis_explanation)
            if result.recognition_metadata is not None:
                mine.recognition_metadata = dict(result.recognition_metadata)
            copies.append(mine)
        return copies


def _shallow_copy(thing: object) -> object:
    """`copy.copy` of a plain object (its attributes in `__dict__`), without copy's generic protocol
    (`__reduce_ex__`), which cost as much as the rest of the enhancer."""
    mine = object.__new__(type(thing))
    mine.__dict__.update(thing.__dict__)
    return mine


class ContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's own context enhancer (the lemmas before a hit), without its deep copy, and with the
    token of a hit found by bisection."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN201
        return super().enhance_using_context(text, _ResultsToEnhance(raw_results), nlp_artifacts, recognizers,
                                             context)

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens, tokens_indices: list[int]) -> int:  # noqa: ANN001
        """presidio's: the first token that starts at `start` or ends after it. presidio walks the
        document's tokens from its start for every hit with context words, making each token anew (in a
        chunk of drafts, thousands per hit: most of the text stage on posts with numbers and addresses);
        the tokens' starts are in order, so the last one at or before `start` is found by bisection."""
        k = bisect.bisect_right(tokens_indices, start) - 1
        if k >= 0 and start < tokens_indices[k] + len(tokens[k]):
            return k
        if k + 1 < len(tokens_indices):
            return k + 1  # `start` in the white space after token k: the next token ends after it
        return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)  # not found


class _AnalyzerEngine(AnalyzerEngine):
    """presidio's engine, with each recognizer's results picked out once: presidio's `_enhance_using_context`
    goes through all results twice for every recognizer (a thirtieth of the time of a short draft) to hand
    each its own and the others' results, which only a recognizer with context rules of its own reads."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN201
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            by_recognizer.setdefault(result.recognition_metadata[key], []).append(result)
        results = []
        for recognizer in recognizers:  # in presidio's order: the order of the results stays its own
            mine = by_recognizer.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                mine = recognizer.enhance_using_context(
                    text=text, raw_recognizer_results=mine,
                    other_raw_recognizer_results=[r for r in raw_results if r.recognition_metadata[key] != recognizer.id],
                    nlp_artifacts=nlp_artifacts, context=context)
            results.extend(mine)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context)


@dataclass
class Engine:
    analyzer: AnalyzerEngine
    pipeline: nlp.Pipeline
    recognizers: list[str]


_ENGINES: dict[tuple, Engine] = {}


def _engine_key(config: Config) -> tuple:
    text = config["text"]
    return (text["model"], text["bare_numbers"], text["unknown_names"], tuple(config["deny"]["names"]))


def _build_engine(config: Config) -> Engine:
    pipeline = nlp.build(config["text"]["model"], unknown_names=config["text"]["unknown_names"])
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer_class in PATTERN_RECOGNIZERS:
        if recognizer_class is NlStudentNumberRecognizer:
            registry.add_recognizer(NlStudentNumberRecognizer(bare_numbers=config["text"]["bare_numbers"]))
        else:
            registry.add_recognizer(recognizer_class())
    registry.add_recognizer(NlNameRecognizer())
    registry.add_recognizer(NlHashtagNameRecognizer())
    deny = [name for name in config["deny"]["names"] if name.strip()]
    if deny:
        registry.add_recognizer(
            PatternRecognizer(supported_entity="A2-DENY", name="NlDenyListRecognizer", supported_language=LANGUAGE,
                              deny_list=deny)
        )
    analyzer = _AnalyzerEngine(
        registry=registry,
        nlp_engine=PreloadedSpacyNlpEngine(pipeline.nlp),
        supported_languages=[LANGUAGE],
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=ContextEnhancer(),
    )
    return Engine(analyzer=analyzer, pipeline=pipeline, recognizers=[r.name for r in registry.recognizers])


def engine(config: Config) -> Engine:
    key = _engine_key(config)
    if key not in _ENGINES:
        _ENGINES[key] = _build_engine(config)
    return _ENGINES[key]


def results_per_text(results: list[RecognizerResult], lengths: list[int], gap: int) -> list[list[RecognizerResult]]:
    """presidio's results on texts of these lengths joined with `gap` characters between them, each to the text
    it lies in (by bisection over the texts' offsets, once each), as a span of that text, in presidio's order."""
    offsets = []
    offset = 0
    for length in lengths:
        offsets.append(offset)
        offset += length + gap
    mine: list[list[RecognizerResult]] = [[] for _ in lengths]
    for r in results:
        k = bisect.bisect_right(offsets, r.start) - 1
        if k >= 0 and r.end <= offsets[k] + lengths[k]:
            r.start -= offsets[k]
            r.end -= offsets[k]
            mine[k].append(r)
    return mine
