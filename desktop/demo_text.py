"""Clearly fictional Norwegian names, places and note phrases for the demo vault."""

from __future__ import annotations

GIRLS = (
    "Emma",
    "Nora",
    "Sara",
    "Ella",
    "Olivia",
    "Maja",
    "Ingrid",
    "Leah",
    "Sofie",
    "Astrid",
    "Frida",
    "Selma",
    "Tiril",
    "Hedda",
    "Amalie",
    "Ida",
    "Vilde",
    "Mathilde",
    "Aurora",
    "Linnea",
)
BOYS = (
    "Jakob",
    "Noah",
    "Emil",
    "Lucas",
    "Oliver",
    "Isak",
    "William",
    "Filip",
    "Aksel",
    "Theodor",
    "Magnus",
    "Elias",
    "Johannes",
    "Henrik",
    "Sander",
    "Mathias",
    "Ludvig",
    "Tobias",
    "Jonas",
    "Even",
)
ADULTS = (
    "Kari",
    "Ola",
    "Anne",
    "Per",
    "Ingrid",
    "Lars",
    "Marit",
    "Knut",
    "Hilde",
    "Geir",
    "Tone",
    "Svein",
    "Randi",
    "Trond",
    "Silje",
    "Espen",
    "Camilla",
    "Morten",
    "Lene",
    "Bjørn",
)
FAMILIES = (
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Haugen",
    "Berg",
    "Dahl",
    "Lie",
    "Solberg",
    "Bakken",
    "Strand",
    "Moen",
    "Hagen",
    "Lund",
    "Eriksen",
    "Sæther",
    "Brekke",
    "Aas",
    "Nygård",
    "Fjeld",
    "Øien",
    "Ødegård",
)
STREETS = (
    "Storgata",
    "Kirkeveien",
    "Skoleveien",
    "Fjordgata",
    "Bjørkeveien",
    "Granlia",
    "Elvebakken",
    "Solbergveien",
    "Lerkeveien",
    "Håkons gate",
    "Tollbugata",
    "Myrveien",
)
PLACES = ("Fiktivby", "Øvre Demodal", "Nedre Prøvevik", "Eksempelstad", "Testnes")
"""Invented place names, so nobody mistakes the demo for a real municipality."""
MUNICIPALITIES = ("Fiktiv kommune", "Demodal kommune", "Prøvevik kommune")
SCHOOLS = (
    "Fiktivby skole",
    "Demodal barnehage",
    "Prøvevik ungdomsskole",
    "Helsestasjonen i Testnes",
)
CASEWORKERS = ("kari.nordmann", "ola.saksbehandler", "ingrid.leder", "demo")

CONCERNS = (
    "{child} kommer ofte sulten og uten matpakke til skolen.",
    "Naboen har hørt høylytt krangling og gråt fra leiligheten flere kvelder.",
    "{child} har hatt stort fravær og virker sliten og lei seg.",
    "Barnehagen har sett blåmerker på armene til {child} som ikke er forklart.",
    "Mor har sagt til helsesykepleier at hun ikke klarer mer og trenger hjelp.",
    "{child} har fortalt læreren at far drikker mye i helgene.",
    "Politiet var kalt ut til adressen etter bråk natt til søndag.",
    "{child} har rømt hjemmefra to ganger den siste måneden.",
)
OBSERVATIONS = (
    "Leiligheten var ryddig, og det var mat i kjøleskapet.",
    "Det var lite møbler, og barnet hadde ingen egen seng.",
    "{child} lekte rolig på gulvet og søkte kontakt med mor.",
    "Stemningen var anspent; far svarte kort og ville avslutte besøket.",
    "Barnerommet var pent, med leker og bøker tilpasset alderen.",
)
CHILD_VIEWS = (
    "{child} sa at hun/han liker seg på skolen, men gruer seg til helgene.",
    "{child} fortalte at mamma er lei seg mye og ligger på sofaen.",
    "{child} ønsket ikke å snakke om hjemmet, men tegnet familien sin.",
    "{child} sa at hun/han vil bo hjemme, men ønsker at det blir mindre krangling.",
)
ASSESSMENTS = (
    "Barnevernstjenesten vurderer at familien har behov for råd og veiledning.",
    "Det er ikke avdekket forhold som tilsier tiltak nå.",
    "Bekymringen er delvis bekreftet; undersøkelsen fortsetter.",
    "Situasjonen er alvorlig, og det vurderes hjelpetiltak i hjemmet.",
)
FOLLOW_UPS = (
    "Nytt hjemmebesøk om to uker.",
    "Innhente opplysninger fra skole og helsestasjon (samtykke gitt).",
    "Samtale med barnet alene neste uke.",
    "Drøftes i mottaksmøte fredag.",
)
BODIES = (
    "Samtalen handlet om hverdagen i familien og hva som fungerer godt.",
    "Foreldrene er informert om undersøkelsen og hva den innebærer.",
    "Skolen bekrefter stort fravær og at {child} ofte virker sliten.",
    "Referat fra møtet med familien og nettverket; alle deltok aktivt.",
)
MEASURES = (
    "Råd og veiledning (ICDP)",
    "Støttekontakt",
    "Besøkshjem",
    "MST-CAN",
    "FFT",
    "Leksehjelp",
    "Ruskontroll",
    "Foreldreveiledning (PMTO)",
)
