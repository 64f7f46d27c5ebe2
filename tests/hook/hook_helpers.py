"""Posts for the hook tests (invented people)."""

PUPIL_POST = """---
title: Voorleeswedstrijd
---
# Voorleeswedstrijd

Vandaag was de finale van de voorleeswedstrijd in de aula. Sanne de Vries uit groep 6 won met een
spannend fragment uit haar lievelingsboek. Alle kinderen hebben goed geluisterd.
"""
FIXED_POST = PUPIL_POST.replace("Sanne de Vries uit groep 6", "een leerling uit groep 6")
