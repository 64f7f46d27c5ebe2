"""Names of persons (A2-NAAM) and places (A2-PLAATS) from the spaCy entities of the NLP
engine: nl_core_news_sm's PER/PERSON and LOC/GPE where installed, and always the entities of
screener's lexicon component (`screener.text.names`), with that component's confidence."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from screener.text.names import SCORES

LABELS = {"PERSON": "A2-NAAM", "PER": "A2-NAAM", "LOCATION": "A2-PLAATS", "LOC": "A2-PLAATS", "GPE": "A2-PLAATS"}
MODEL_SCORE = 0.85


class NlNameRecognizer(LocalRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entities=sorted(set(LABELS.values())),
            name="NlNameRecognizer",
            supported_language="nl",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001 - presidio's signature
        if nlp_artifacts is None:
            return []
        doc = nlp_artifacts.tokens
        scores = doc.user_data.get(SCORES, {})
        results = []
        for ent in doc.ents:
            rule = LABELS.get(ent.label_)
            if rule is None or rule not in entities:
                continue
            score = scores.get((ent.start_char, ent.end_char), MODEL_SCORE)
            results.append(
                RecognizerResult(
                    entity_type=rule,
                    start=ent.start_char,
                    end=ent.end_char,
                    score=score,
                    analysis_explanation=AnalysisExplanation(
                        recognizer=self.name, original_score=score, textual_explanation=ent.label_
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
