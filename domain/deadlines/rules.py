"""The table of DOMAIN.md §A: one ``Rule`` per deadline, named by what it guards.

Paragraphs are given as (BVL2021, BVL1992); ``law`` marks rules outside the barnevernlov.
Reminder ladders follow DOMAIN.md where it gives one (A1, A14/A15, A23, A25) and are otherwise
"a week before, and on the day" with an earlier nudge for the long ones.
"""

from __future__ import annotations

from domain.deadlines.catalogue import Rule
from domain.deadlines.model import Action, Anchor, ReminderLevel, Step
from domain.legal import LawVersion

INFO = ReminderLevel.INFO
WARNING = ReminderLevel.WARNING
ALERT = ReminderLevel.ALERT_LEADER
BLOCKING = ReminderLevel.BLOCKING


def before(days: int, level: ReminderLevel) -> Step:
    """A rung ``days`` before the due date."""
    return Step(f"due-{days}d", level, Anchor.DUE, days=-days)


ON_DUE = Step("due", WARNING, Anchor.DUE)
BREACH = Step("fristbrudd", ALERT, Anchor.DUE, days=1)  # the first day past the limit
LETTER_LADDER = (before(7, INFO), ON_DUE)
GATE_LADDER = (before(14, INFO), before(7, WARNING))
BEGJAERING_LADDER = (  # A14: 4 and 5 of 6 weeks; A15 and "abroad" scale the same way
    Step("warn", WARNING, Anchor.SPAN, fraction=4 / 6),
    Step("banner", BLOCKING, Anchor.SPAN, fraction=5 / 6),
    Step("bortfalt", BLOCKING, Anchor.DUE, days=1),
)
VISIT_LADDER = (before(14, INFO), Step("behind", WARNING, Anchor.DUE, days=1))

REPORT_REVIEW = Rule(
    rule="A1",
    title="Gjennomgang av melding",
    paragraph_2021="§ 2-1 (1)",
    paragraph_1992="§ 4-2",
    action=Action.DECIDE_INTAKE,
    ladder=(
        Step("day3", INFO, Anchor.START, days=3),
        Step("day6", ALERT, Anchor.START, days=6),
        BREACH,
    ),
)
REPORTER_RECEIPT = Rule(
    rule="A4a",
    title="Mottaksbekreftelse til melder",
    paragraph_2021="kap. 13",  # the settings' a4_paragraph_bvl2021 overrides it
    paragraph_1992="§ 6-7 a",
    action=Action.SEND_RECEIPT_LETTER,
    ladder=LETTER_LADDER,
)
REPORTER_INVESTIGATION_NOTICE = Rule(
    rule="A4b",
    title="Tilbakemelding til offentlig melder: undersøkelse eller ikke",
    paragraph_2021="kap. 13",
    paragraph_1992="§ 6-7 a",
    action=Action.SEND_INVESTIGATION_LETTER,
    ladder=LETTER_LADDER,
)
REPORTER_OUTCOME_NOTICE = Rule(
    rule="A4c",
    title="Tilbakemelding til offentlig melder etter undersøkelsen",
    paragraph_2021="kap. 13",
    paragraph_1992="§ 6-7 a",
    action=Action.SEND_OUTCOME_LETTER,
    ladder=LETTER_LADDER,
)
INVESTIGATION = Rule(
    rule="A5",
    title="Undersøkelse avsluttet",
    paragraph_2021="§ 2-2",
    paragraph_1992="§ 4-3, § 6-9",
    action=Action.CONCLUDE_INVESTIGATION,
    ladder=(before(21, INFO), before(7, WARNING), Step("due", ALERT, Anchor.DUE), BREACH),
)
INVESTIGATION_PLAN = Rule(
    rule="A7",
    title="Undersøkelsesplan",
    paragraph_2021="§ 2-2 (3)",
    paragraph_1992="§ 4-3",
    action=Action.SETTLE_PLAN_ITEM,
    ladder=GATE_LADDER,
)
CHILD_PARTICIPATION = Rule(
    rule="A8",
    title="Barnets medvirkning dokumentert",
    paragraph_2021="§ 1-4",
    paragraph_1992="§ 1-6, § 6-3",
    action=Action.DOCUMENT_PARTICIPATION,
    ladder=GATE_LADDER,
)
CLOSURE_REASSESSMENT = Rule(
    rule="A10",
    title="Ny vurdering etter henleggelse (partens ønske)",
    paragraph_2021="praksis",
    paragraph_1992="praksis",
    action=Action.REASSESS_CASE,
    ladder=(before(7, INFO), ON_DUE),
    law=LawVersion.OTHER,
)
MEASURE_PLAN = Rule(
    rule="A11",
    title="Tiltaksplan for hjelpetiltak",
    paragraph_2021="§ 8-1",
    paragraph_1992="§ 4-5",
    action=Action.MAKE_PLAN,
    ladder=(Step("no-plan", WARNING, Anchor.DUE), Step("no-plan-14d", ALERT, Anchor.DUE, days=14)),
)
MEASURE_EVALUATION = Rule(
    rule="A11",
    title="Evaluering av tiltaksplan",
    paragraph_2021="§ 8-1",
    paragraph_1992="§ 4-5",
    action=Action.EVALUATE_PLAN,
    ladder=(before(14, INFO), ON_DUE),
)
EMERGENCY_TO_NEMNDA = Rule(
    rule="A13",
    title="Akuttvedtak sendt til nemnda",
    paragraph_2021="kap. 4",
    paragraph_1992="§ 7-22",
    action=Action.SEND_TO_NEMNDA,
    ladder=(Step("now", WARNING, Anchor.DUE), Step("late", ALERT, Anchor.DUE, days=1)),
)
CARE_BEGJAERING = Rule(
    rule="A14",
    title="Begjæring etter akuttvedtak om omsorgsovertakelse",
    paragraph_2021="§ 4-2",
    paragraph_1992="§ 4-6",
    action=Action.SEND_BEGJAERING,
    ladder=BEGJAERING_LADDER,
    lapses=True,
)
INSTITUTION_BEGJAERING = Rule(
    rule="A15",
    title="Begjæring etter akuttvedtak om institusjonsplassering",
    paragraph_2021="§ 4-4",
    paragraph_1992="§ 4-25",
    action=Action.SEND_BEGJAERING,
    ladder=BEGJAERING_LADDER,
    lapses=True,
)
EMERGENCY_COMPLAINT = Rule(
    rule="A16",
    title="Nemnda avgjør klage på akuttvedtak",
    paragraph_2021="kap. 14",
    paragraph_1992="§ 7-23",
    action=Action.AWAIT_NEMNDA,
    ladder=(Step("due", INFO, Anchor.DUE),),
    informational=True,
)
COMPLAINT_WINDOW = Rule(
    rule="A17",
    title="Klagefrist på vedtak",
    paragraph_2021="§ 29",
    paragraph_1992="§ 29",
    action=Action.AWAIT_COMPLAINT,
    ladder=(Step("due", INFO, Anchor.DUE),),
    law=LawVersion.FVL,
    informational=True,
)
CARE_ORDER = Rule(
    rule="A18",
    title="Iverksetting av omsorgsovertakelse",
    paragraph_2021="kap. 5",  # the settings' a18_paragraph_bvl2021 overrides it
    paragraph_1992="§ 4-13",
    action=Action.CARRY_OUT_CARE_ORDER,
    ladder=(before(14, INFO), before(7, WARNING), ON_DUE),
)
FOLLOWUP_VISITS = Rule(
    rule="A21",
    title="Oppfølgingsbesøk i fosterhjem",
    paragraph_2021="fosterhjemsforskriften",
    paragraph_1992="fosterhjemsforskriften",
    action=Action.VISIT,
    ladder=VISIT_LADDER,
    law=LawVersion.OTHER,
)
TILSYN_VISITS = Rule(
    rule="A22",
    title="Tilsynsbesøk i fosterhjem",
    paragraph_2021="fosterhjemsforskriften",
    paragraph_1992="fosterhjemsforskriften",
    action=Action.TILSYN_VISIT,
    ladder=VISIT_LADDER,
    law=LawVersion.OTHER,
)
ADDRESS_PROTECTION = Rule(
    rule="A23",
    title="Fornyelse av vedtak om adressesperre",
    paragraph_2021="folkeregisterpraksis",
    paragraph_1992="folkeregisterpraksis",
    action=Action.RENEW_PROTECTION,
    ladder=(Step("due", ALERT, Anchor.DUE),),  # 10 and 11 months come from the settings
    law=LawVersion.OTHER,
)
AGE_EIGHTEEN = Rule(
    rule="A25",
    title="Barnet fyller 18 år: vurder ettervern",
    paragraph_2021="§ 1-2",
    paragraph_1992="§ 1-3",
    action=Action.ASSESS_ETTERVERN,
    ladder=(ON_DUE,),  # the early warning comes from the settings
)
AGE_TWENTY_FIVE = Rule(
    rule="A25",
    title="Ettervern avsluttes: 25 år",
    paragraph_2021="§ 1-2",
    paragraph_1992="§ 1-3",
    action=Action.CLOSE_ETTERVERN,
    ladder=(ON_DUE, BREACH),
)
