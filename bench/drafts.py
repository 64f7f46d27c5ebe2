"""Synthetic Dutch school posts for benchmarks (invented people; no real data)."""

from __future__ import annotations

import random

FIRST = ["Sanne", "Daan", "Noor", "Sem", "Lotte", "Finn", "Emma", "Milan", "Julia", "Liam", "Saar", "Bram",
         "Yara", "Ahmed", "Fenna", "Jesse", "Mila", "Thijs", "Zoë", "Luuk"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
        "El Amrani", "Yilmaz", "van Dijk", "Hendriks", "Dekker"]
SENTENCES = [
    "Vandaag had groep {g} een bijzondere les over de natuur in het park achter de school.",
    "{first} uit groep {g} vertelde trots over het werkstuk dat {first2} en zij samen maakten.",
    "Juf {first} had alles goed voorbereid, en de kinderen werkten de hele ochtend geconcentreerd.",
    "Na de pauze gingen we verder met rekenen en lezen in kleine groepjes.",
    "De ouders van {first} {last} hielpen mee met het versieren van het lokaal voor het feest.",
    "Meester {first} vertelde dat de bibliotheek volgende week nieuwe boeken krijgt.",
    "Heeft u vragen, neem dan contact op met de administratie via het algemene nummer.",
    "Op woensdag sluiten we de week af met een optreden in de aula voor alle groepen.",
    "{first} en {first2} lieten zien hoe je een proefje met water en zout doet.",
    "We bedanken iedereen die heeft meegeholpen om deze dag tot een succes te maken.",
    "Het weer zat mee, dus de bovenbouw kon buiten gymmen op het grote veld.",
    "In de klas hangen nu de tekeningen die de kinderen maakten over de herfst.",
]


def draft(words: int = 300, seed: int = 0) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(SENTENCES).format(
            first=rng.choice(FIRST), first2=rng.choice(FIRST), last=rng.choice(LAST), g=rng.randint(1, 8))
        out.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(out[i:i + 4]) for i in range(0, len(out), 4)]
    return "---\ntitle: Nieuws uit de klas\nchannel: website\nauthor_role: schoolaccount\n---\n\n" + "\n\n".join(paragraphs) + "\n"
