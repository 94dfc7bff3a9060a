<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../ui/addendum_dialog.py" line="27"/>
        <source>Tilleggsnotat</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../ui/addendum_dialog.py" line="30"/>
        <source>Tilleggsnotat til «%1». Det opprinnelige notatet endres ikke.</source>
        <translation>Addendum to “%1”. The original note is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/addendum_dialog.py" line="36"/>
        <source>Tilleggsnotatets tekst</source>
        <translation>Text of the addendum</translation>
    </message>
    <message>
        <location filename="../../ui/addendum_dialog.py" line="44"/>
        <source>&amp;Signer tilleggsnotat</source>
        <translation>&amp;Sign addendum</translation>
    </message>
    <message>
        <location filename="../../ui/addendum_dialog.py" line="46"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="34"/>
        <source>Nødtilgang til sak</source>
        <translation>Break-glass access to a case</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="37"/>
        <source>Nødtilgang gir deg tilgang til en sak i en annen enhet for en begrenset tid. Du må skrive hvorfor. Tilgangen logges, rapporteres til lederne og opphører av seg selv.</source>
        <translation>Break-glass access lets you open a case in another unit for a limited time. You must write why. The access is logged, reported to the leaders and ends by itself.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="45"/>
        <source>Saksnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="49"/>
        <source>Begrunnelse for nødtilgang</source>
        <translation>Reason for break-glass access</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="52"/>
        <source>&amp;Saksnummer:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="54"/>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="70"/>
        <source>&amp;Be om tilgang</source>
        <translation>&amp;Request access</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="72"/>
        <source>Be om nødtilgang</source>
        <translation>Request break-glass access</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="111"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>BreakGlassUses</name>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="50"/>
        <source>Saksnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="51"/>
        <source>Brukt av</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="53"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="57"/>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="59"/>
        <source>Utløper</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="86"/>
        <source>Bruk av nødtilgang i enhetens saker</source>
        <translation>Break-glass access to the unit&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="100"/>
        <source>Henter bruk av nødtilgang …</source>
        <translation>Fetching break-glass access …</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="106"/>
        <source>Nødtilgang er logget og varslet. Åpne tilganger er uthevet.</source>
        <translation>Break-glass access is logged and reported. Open grants are highlighted.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_uses.py" line="108"/>
        <source>Ingen har brukt nødtilgang i enhetens saker.</source>
        <translation>Nobody has used break-glass access to the unit&apos;s cases.</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../ui/case_list.py" line="105"/>
        <source>Filtrer på saksnummer eller navn</source>
        <translation>Filter by case number or name</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="106"/>
        <source>Filtrer saker</source>
        <translation>Filter cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="109"/>
        <source>Bare &amp;fristbrudd</source>
        <translation>Only &amp;overdue</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="110"/>
        <source>Vis bare saker med fristbrudd</source>
        <translation>Show only cases with overdue deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="126"/>
        <source>Filtrer på status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="127"/>
        <source>Alle statuser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="135"/>
        <source>Mine saker</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="150"/>
        <source>&lt;b&gt;Mine saker&lt;/b&gt;</source>
        <translation>&lt;b&gt;My cases&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="176"/>
        <source>%1 av %2 saker</source>
        <translation>%1 of %2 cases</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="125"/>
        <source>Saksmappe</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="127"/>
        <source>Velg en sak i listen (Enter åpner den).</source>
        <translation>Choose a case in the list (Enter opens it).</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="154"/>
        <source>Personer i saken</source>
        <translation>Persons in the case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="155"/>
        <source>Meldinger</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="156"/>
        <source>Undersøkelser</source>
        <translation>Investigations</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="157"/>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="158"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="159"/>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="160"/>
        <source>Tilgangslogg</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="162"/>
        <source>Ny &amp;melding (Ctrl+N)</source>
        <translation>New &amp;report (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="162"/>
        <source>Ny melding</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="164"/>
        <source>&amp;Vurder melding</source>
        <translation>&amp;Review report</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="164"/>
        <source>Vurder melding</source>
        <translation>Review report</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="166"/>
        <source>Åpne &amp;undersøkelse</source>
        <translation>Open &amp;investigation</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="166"/>
        <source>Åpne undersøkelse</source>
        <translation>Open investigation</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="169"/>
        <source>Nytt &amp;notat (Ctrl+Shift+N)</source>
        <translation>New &amp;note (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="169"/>
        <source>Nytt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="171"/>
        <source>Å&amp;pne notat</source>
        <translation>O&amp;pen note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="171"/>
        <source>Åpne notat</source>
        <translation>Open note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="172"/>
        <source>&amp;Oversikt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="173"/>
        <source>&amp;Meldinger</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="174"/>
        <source>&amp;Undersøkelse</source>
        <translation>&amp;Investigation</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="175"/>
        <source>&amp;Tiltak</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="176"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="177"/>
        <source>&amp;Frister</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>Tilgangs&amp;logg</source>
        <translation>Access &amp;log</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="194"/>
        <source>(barn ikke registrert)</source>
        <translation>(child not registered)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="218"/>
        <source>Endr&amp;inger til gjennomgang</source>
        <translation>Changes to rev&amp;iew</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="220"/>
        <source>Endringer fra synkronisering som venter på gjennomgang: %1</source>
        <translation>Changes from synchronisation awaiting review: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="232"/>
        <source>STRENGT FORTROLIG ADRESSE. Adressen vises ikke og skal aldri skrives ut, eksporteres eller gis videre.</source>
        <translation>STRICTLY CONFIDENTIAL ADDRESS. The address is not shown and must never be printed, exported or passed on.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="237"/>
        <source>FORTROLIG ADRESSE. Adressen skal ikke stå i noe som sendes til en privat part.</source>
        <translation>CONFIDENTIAL ADDRESS. The address must not appear in anything sent to a private party.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/change_passphrase.py" line="37"/>
        <source>Endre passordfrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="38"/>
        <source>Nåværende passordfrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="39"/>
        <source>Ny passordfrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="40"/>
        <source>Gjenta ny passordfrase</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="50"/>
        <source>&amp;Endre</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="52"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="67"/>
        <source>Journalen krypteres ikke på nytt: bare nøkkelen låses med den nye passordfrasen. Bruk minst 12 tegn eller fire ord.</source>
        <translation>The journal is not encrypted again: only its key is locked with the new passphrase. Use at least 12 characters or four words.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="74"/>
        <source>&amp;Nåværende:</source>
        <translation>C&amp;urrent:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="75"/>
        <source>N&amp;y:</source>
        <translation>&amp;New:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="76"/>
        <source>&amp;Gjenta ny:</source>
        <translation>&amp;Repeat new:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="92"/>
        <source>Passordfrasen er sterk nok.</source>
        <translation>The passphrase is strong enough.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="98"/>
        <source>Skriv den nåværende passordfrasen.</source>
        <translation>Type the current passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="102"/>
        <source>De nye passordfrasene er ikke like. Skriv den samme to ganger.</source>
        <translation>The new passphrases differ. Type the same one twice.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="108"/>
        <source>Den nye passordfrasen er for svak.</source>
        <translation>The new passphrase is too weak.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase.py" line="112"/>
        <source>Den nye passordfrasen er den samme som før.</source>
        <translation>The new passphrase is the same as before.</translation>
    </message>
</context>
<context>
    <name>DeadlineTitles</name>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Gjennomgang av melding</source>
        <translation>Review of the report</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Mottaksbekreftelse til melder</source>
        <translation>Confirmation of receipt to the reporter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Tilbakemelding til offentlig melder: undersøkelse eller ikke</source>
        <translation>Feedback to the public reporter: investigation or not</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Tilbakemelding til offentlig melder etter undersøkelsen</source>
        <translation>Feedback to the public reporter after the investigation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Undersøkelse avsluttet</source>
        <translation>Investigation concluded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Undersøkelse avsluttet (forlenget frist)</source>
        <translation>Investigation concluded (extended deadline)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Undersøkelsesplan</source>
        <translation>Investigation plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Undersøkelsesplan: samtale med barnet</source>
        <translation>Investigation plan: conversation with the child</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Undersøkelsesplan: samtale med barnet alene</source>
        <translation>Investigation plan: conversation with the child alone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Undersøkelsesplan: samtale med foreldre</source>
        <translation>Investigation plan: conversation with the parents</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Undersøkelsesplan: hjemmebesøk</source>
        <translation>Investigation plan: home visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Undersøkelsesplan: innhentede opplysninger</source>
        <translation>Investigation plan: information gathered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Barnets medvirkning dokumentert</source>
        <translation>Child participation documented</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Ny vurdering etter henleggelse (partens ønske)</source>
        <translation>New assessment after closure (at the party&apos;s wish)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Tiltaksplan for hjelpetiltak</source>
        <translation>Measures plan for the support measure</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Evaluering av tiltaksplan</source>
        <translation>Evaluation of the measures plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Akuttvedtak sendt til nemnda</source>
        <translation>Emergency decision sent to the board (nemnda)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Begjæring etter akuttvedtak om omsorgsovertakelse</source>
        <translation>Application to the board after an emergency care order</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Begjæring etter akuttvedtak om institusjonsplassering</source>
        <translation>Application to the board after an emergency institution placement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Nemnda avgjør klage på akuttvedtak</source>
        <translation>The board decides a complaint against an emergency decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>Klagefrist på vedtak</source>
        <translation>Time limit for complaints against the decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Iverksetting av omsorgsovertakelse</source>
        <translation>Care order carried out</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Oppfølgingsbesøk i fosterhjem</source>
        <translation>Follow-up visits in the foster home</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>Tilsynsbesøk i fosterhjem</source>
        <translation>Supervision visits in the foster home</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>Fornyelse av vedtak om adressesperre</source>
        <translation>Renewal of the protected address decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Barnet fyller 18 år: vurder ettervern</source>
        <translation>The child turns 18: consider aftercare</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167"/>
        <source>Ettervern avsluttes: 25 år</source>
        <translation>Aftercare ends: age 25</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../../ui/deadlines_model.py" line="28"/>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="29"/>
        <source>Denne uken</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="30"/>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="69"/>
        <source>Håndtert</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="71"/>
        <source>Utsatt til %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="82"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="87"/>
        <source>Forfaller</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="91"/>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="92"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="94"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="98"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_model.py" line="100"/>
        <source>Påminnelse</source>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../ui/deadlines_view.py" line="51"/>
        <source>Antall frister</source>
        <translation>Number of deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="53"/>
        <source>Filtrer på regel</source>
        <translation>Filter by rule</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="56"/>
        <source>Bare &amp;mine saker</source>
        <translation>&amp;My cases only</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="57"/>
        <source>Vis bare frister i mine egne saker</source>
        <translation>Show only deadlines in my own cases</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="62"/>
        <source>Gå til handlingen</source>
        <translation>Go to the action</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="62"/>
        <source>Gå til h&amp;andling</source>
        <translation>Go to &amp;action</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="63"/>
        <source>Åpne &amp;saken</source>
        <translation>Open the &amp;case</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="63"/>
        <source>Åpne saken</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="65"/>
        <source>Merk som &amp;håndtert</source>
        <translation>Mark as &amp;handled</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="65"/>
        <source>Merk påminnelsen som håndtert</source>
        <translation>Mark the reminder as handled</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="88"/>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="90"/>
        <source>Frister gruppert som forfalt, denne uken og senere. Enter går til handlingen.</source>
        <translation>Deadlines grouped as overdue, this week and later. Enter goes to the action.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="114"/>
        <source>&amp;Utsett påminnelse</source>
        <translation>&amp;Snooze reminder</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="115"/>
        <source>Utsett påminnelsen</source>
        <translation>Snooze the reminder</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="121"/>
        <source>Til i morgen</source>
        <translation>Until tomorrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deadlines_view.py" line="121"/>
        <source>%n dager</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="131"/>
        <source>&lt;b&gt;Frister&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deadlines&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="133"/>
        <source>&amp;Regel:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="225"/>
        <source>Alle regler</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_view.py" line="239"/>
        <source>Forfalt: %1 · Denne uken: %2 · Senere: %3</source>
        <translation>Overdue: %1 · This week: %2 · Later: %3</translation>
    </message>
</context>
<context>
    <name>DecisionLetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="211"/>
        <source>Vedtaksbrev</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="213"/>
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="216"/>
        <source>Vedtak om hjelpetiltak</source>
        <translation>Decision on support measures</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="217"/>
        <source>Vedtakets tittel</source>
        <translation>Title of the decision</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="220"/>
        <source>Vedtaket</source>
        <translation>The decision</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="223"/>
        <source>Lov</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="224"/>
        <source>Barnevernsloven (2021)</source>
        <translation>Child Welfare Act (2021)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="225"/>
        <source>Barnevernloven (1992)</source>
        <translation>Child Welfare Act (1992)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="227"/>
        <source>Paragraf</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="228"/>
        <source>Vedtaksdato</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="229"/>
        <source>Dato parten får melding</source>
        <translation>Date the party is notified</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="231"/>
        <source>&amp;Forhåndsvis</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="232"/>
        <source>Forhåndsvis vedtaksbrevet</source>
        <translation>Preview the decision letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="241"/>
        <source>&amp;Mottaker:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="242"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="243"/>
        <source>&amp;Vedtak:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="244"/>
        <source>L&amp;ov:</source>
        <translation>&amp;Act:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="245"/>
        <source>&amp;Paragraf:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="246"/>
        <source>Vedtaks&amp;dato:</source>
        <translation>Date of d&amp;ecision:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="247"/>
        <source>Parten får &amp;melding:</source>
        <translation>Party &amp;notified:</translation>
    </message>
</context>
<context>
    <name>DraftMergeDialog</name>
    <message>
        <location filename="../../ui/draft_merge.py" line="28"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="29"/>
        <source>Barnets synspunkter</source>
        <translation>The child&apos;s views</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="30"/>
        <source>Observasjoner</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="31"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="32"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="33"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="48"/>
        <location filename="../../ui/draft_merge.py" line="87"/>
        <source>Min versjon</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="50"/>
        <location filename="../../ui/draft_merge.py" line="88"/>
        <source>Den andre versjonen</source>
        <translation>The other version</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="53"/>
        <source>Sammenslått</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="55"/>
        <source>Bruk min</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="57"/>
        <source>Bruk den andre</source>
        <translation>Use the other</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="85"/>
        <source>Slå sammen to versjoner av utkastet</source>
        <translation>Merge two versions of the draft</translation>
    </message>
    <message>
        <location filename="../../ui/draft_merge.py" line="89"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="30"/>
        <source>Koble til kommunens server</source>
        <translation>Connect to the municipality&apos;s server</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="37"/>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="50"/>
        <source>Serveradresse</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="50"/>
        <source>Brukernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="50"/>
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="54"/>
        <source>CA-sertifikat (valgfritt)</source>
        <translation>CA certificate (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="68"/>
        <source>CA-sertifikat</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="76"/>
        <source>Adressen må begynne med https://</source>
        <translation>The address must start with https://</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="79"/>
        <source>Fyll inn brukernavn og passord.</source>
        <translation>Fill in username and password.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Lukk melding</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/session_dialogs.py" line="97"/>
        <source>Passordfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="98"/>
        <source>Gjenta passordfrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="102"/>
        <source>&amp;Opprett hvelv</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="104"/>
        <source>Opprett hvelv</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="114"/>
        <source>Velkommen til Feltjournal</source>
        <translation>Welcome to Feltjournal</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="118"/>
        <source>Journalen lagres kryptert på denne maskinen. Velg en passordfrase: minst 12 tegn eller fire ord, med mer enn én type tegn.</source>
        <translation>The journal is stored encrypted on this machine. Choose a passphrase: at least 12 characters or four words, with more than one kind of character.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="124"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="125"/>
        <source>&amp;Gjenta:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="130"/>
        <source>Viktig: Glemmer du passordfrasen, kan ingen åpne hvelvet før maskinen er registrert hos kommunen. Etter registreringen kan bare kommunen gjenopprette tilgangen. Skriv den ikke ned på maskinen.</source>
        <translation>Important: if you forget the passphrase, nobody can open the vault until this machine is enrolled with the municipality. After enrolment, only the municipality can restore access. Do not write it down on this machine.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="149"/>
        <source>Passordfrasen er sterk nok.</source>
        <translation>The passphrase is strong enough.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="79"/>
        <source>Bruk minst 12 tegn eller fire ord.</source>
        <translation>Use at least 12 characters or four words.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="81"/>
        <source>Bland bokstaver med tall, mellomrom eller tegn.</source>
        <translation>Mix letters with digits, spaces or symbols.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="84"/>
        <source>Dette er en vanlig passordfrase som er lett å gjette.</source>
        <translation>This is a common passphrase that is easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="159"/>
        <source>Passordfrasene er ikke like. Skriv den samme to ganger.</source>
        <translation>The passphrases do not match. Type the same one twice.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="163"/>
        <source>Passordfrasen er for svak.</source>
        <translation>The passphrase is too weak.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/form_helpers.py" line="45"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>HistoryReview</name>
    <message>
        <location filename="../../desktop/history_review.py" line="254"/>
        <source>Verdien er tatt i bruk og sendes ved neste synkronisering.</source>
        <translation>The value is in use again and will be sent at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="42"/>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="43"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="44"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="45"/>
        <location filename="../../ui/history_review.py" line="78"/>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="46"/>
        <source>Undersøkelse</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="47"/>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="48"/>
        <source>Akuttvedtak</source>
        <translation>Emergency decision</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="49"/>
        <source>Omsorgsovertakelse</source>
        <translation>Care order</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="50"/>
        <source>Plassering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="51"/>
        <source>Vedtak om adressesperre</source>
        <translation>Address protection decision</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="52"/>
        <source>Journalnotat</source>
        <translation>Journal note</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="53"/>
        <source>Tilleggsnotat</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="59"/>
        <source>Saksbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="60"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="61"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="62"/>
        <source>Opprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="64"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="65"/>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="66"/>
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="67"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="68"/>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="69"/>
        <source>Fødselsnummer</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="70"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="71"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="72"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="73"/>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="74"/>
        <source>Adressesperre</source>
        <translation>Address protection</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="76"/>
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="77"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="79"/>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="80"/>
        <source>Akutt</source>
        <translation>Acute</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="81"/>
        <source>Vurdering av meldingen</source>
        <translation>Review of the report</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="82"/>
        <source>Brev til melder</source>
        <translation>Letter to reporter</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="83"/>
        <source>Registrert av</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="85"/>
        <source>Åpnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="86"/>
        <source>Undersøkelsesplan</source>
        <translation>Investigation plan</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="87"/>
        <location filename="../../ui/history_review.py" line="120"/>
        <source>Barnets medvirkning</source>
        <translation>Child participation</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="88"/>
        <source>Forlengelse</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="89"/>
        <source>Konklusjon</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="90"/>
        <source>Ny vurdering</source>
        <translation>Reassessment</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="92"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="93"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="94"/>
        <source>Hjemmel</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="95"/>
        <location filename="../../ui/history_review.py" line="96"/>
        <source>Vedtatt</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="97"/>
        <source>Tiltaksplan laget</source>
        <translation>Measure plan made</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="98"/>
        <source>Partene varslet</source>
        <translation>Parties notified</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="99"/>
        <source>Evalueringer</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="100"/>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="101"/>
        <source>Sendt til nemnda</source>
        <translation>Sent to the county board</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="102"/>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="103"/>
        <source>Begjæring sendt</source>
        <translation>Petition sent</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="104"/>
        <source>Klage mottatt</source>
        <translation>Complaint received</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="105"/>
        <source>Klage avgjort</source>
        <translation>Complaint decided</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="106"/>
        <source>Barnet i utlandet</source>
        <translation>Child abroad</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="107"/>
        <source>Iverksatt</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="108"/>
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="109"/>
        <source>Besøk</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="110"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="111"/>
        <source>Fornyet</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="113"/>
        <source>Notattype</source>
        <translation>Note type</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="114"/>
        <source>Dato og tid</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="115"/>
        <source>Forfatter</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="116"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="117"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="118"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="119"/>
        <source>Barnets synspunkter</source>
        <translation>The child&apos;s views</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="121"/>
        <source>Observasjoner</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="122"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="123"/>
        <source>Videre oppfølging</source>
        <translation>Further follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="124"/>
        <location filename="../../ui/history_review.py" line="126"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="125"/>
        <source>Unntatt innsyn</source>
        <translation>Exempt from access</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="178"/>
        <location filename="../../ui/history_review.py" line="189"/>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="196"/>
        <source>(skjult)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="210"/>
        <source>denne enheten</source>
        <translation>this device</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="211"/>
        <source>annen enhet (%1)</source>
        <translation>another device (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="227"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="229"/>
        <source>Gjeldende verdi</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="233"/>
        <source>Verdi som tapte</source>
        <translation>Value that lost</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="237"/>
        <source>Skrevet</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="241"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="384"/>
        <source>skrevet %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="386"/>
        <source>av %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="388"/>
        <source>på %1</source>
        <translation>on %1</translation>
    </message>
</context>
<context>
    <name>InnsynDialog</name>
    <message>
        <location filename="../../ui/innsyn_dialog.py" line="32"/>
        <source>Partsinnsyn</source>
        <translation>Party access copy</translation>
    </message>
    <message>
        <location filename="../../ui/innsyn_dialog.py" line="40"/>
        <source>Kopien parten får</source>
        <translation>The copy the party receives</translation>
    </message>
    <message>
        <location filename="../../ui/innsyn_dialog.py" line="45"/>
        <source>&amp;Lagre PDF …</source>
        <translation>&amp;Save PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/innsyn_dialog.py" line="46"/>
        <source>Lagre partsinnsynet som PDF</source>
        <translation>Save the party&apos;s copy as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/innsyn_dialog.py" line="62"/>
        <source>Kopi av journalen i sak %1 til en part.</source>
        <translation>Copy of the journal in case %1 for a party.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/innsyn_dialog.py" line="64"/>
        <source>%n notater er unntatt innsyn i sin helhet.</source>
        <translation>
            <numerusform>%n note is withheld in full.</numerusform>
            <numerusform>%n notes are withheld in full.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDecisionDialog</name>
    <message>
        <location filename="../../ui/intake_decision.py" line="64"/>
        <source>Vurdering av melding</source>
        <translation>Review of report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="73"/>
        <source>&amp;Fatt beslutning</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="75"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="82"/>
        <source>Melding i sak %1</source>
        <translation>Report in case %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="84"/>
        <source>Mottatt:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="85"/>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="86"/>
        <source>Melder:</source>
        <translation>Reporter:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="87"/>
        <source>Akutt?</source>
        <translation>Acute?</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="89"/>
        <source>Frist:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="90"/>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="93"/>
        <source>Innhold:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="97"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="110"/>
        <source>Beslutningsdato</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="111"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="112"/>
        <source>Begrunnelse for henleggelse</source>
        <translation>Reason for closure</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="114"/>
        <source>Skriftlig begrunnelse (påkrevd ved henleggelse)</source>
        <translation>Written reason (required for closure)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="115"/>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="116"/>
        <source>Type akuttvedtak</source>
        <translation>Type of emergency decision</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="118"/>
        <source>&amp;Type vedtak:</source>
        <translation>Decision &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="120"/>
        <source>Vedtatt tidspunkt</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision.py" line="123"/>
        <source>Vedtatt &amp;kl.:</source>
        <translation>Decided &amp;at:</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake_dialog.py" line="68"/>
        <source>Ny melding</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="83"/>
        <source>&amp;Lagre melding</source>
        <translation>&amp;Save report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="85"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="92"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="95"/>
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="99"/>
        <source>&amp;Mottatt:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="100"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="102"/>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="103"/>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="106"/>
        <source>M&amp;elder:</source>
        <translation>R&amp;eporter:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="111"/>
        <source>Melders identitet (lagres adskilt, vises bare for saksbehandlere)</source>
        <translation>Reporter&apos;s identity (stored separately, shown to caseworkers only)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="117"/>
        <source>Offentlig ansatte har meldeplikt og kan ikke melde anonymt. Navn må fylles ut.</source>
        <translation>Public employees have a duty to report and cannot report anonymously. The name must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="122"/>
        <source>Melders navn</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="123"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="124"/>
        <source>Virksomhet</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="125"/>
        <source>&amp;Virksomhet:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="126"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="127"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="128"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="129"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="130"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="131"/>
        <source>E-&amp;post:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="132"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="133"/>
        <source>A&amp;dresse:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="137"/>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="141"/>
        <source>Meldingen registreres i sak %1.</source>
        <translation>The report is registered in case %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="144"/>
        <source>Barnets fornavn</source>
        <translation>Child&apos;s given name</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="145"/>
        <source>&amp;Fornavn:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="146"/>
        <source>Barnets etternavn</source>
        <translation>Child&apos;s family name</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="147"/>
        <source>&amp;Etternavn:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="148"/>
        <source>Fødselsnummer</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="149"/>
        <source>11 siffer, eller tomt hvis ukjent</source>
        <translation>11 digits, or empty if unknown</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="151"/>
        <source>Fødsels&amp;nummer:</source>
        <translation>Identity &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="154"/>
        <source>Kjent</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="154"/>
        <source>Fødselsdato kjent</source>
        <translation>Date of birth known</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="156"/>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="161"/>
        <source>Fødsels&amp;dato:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="167"/>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="169"/>
        <source>Meldingens innhold</source>
        <translation>Content of the report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="173"/>
        <source>Akutt?</source>
        <translation>Acute?</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="175"/>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="175"/>
        <source>Akutt: ja</source>
        <translation>Acute: yes</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="176"/>
        <source>N&amp;ei</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="176"/>
        <source>Akutt: nei</source>
        <translation>Acute: no</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="178"/>
        <source>Ikke &amp;vurdert</source>
        <translation>Not &amp;assessed</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="178"/>
        <source>Akutt: ikke vurdert</source>
        <translation>Acute: not assessed</translation>
    </message>
</context>
<context>
    <name>InterpreterBox</name>
    <message>
        <location filename="../../ui/interpreter_box.py" line="42"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="45"/>
        <source>Velg person i saken</source>
        <translation>Choose a person in the case</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="46"/>
        <source>— skriv inn tolk —</source>
        <translation>— enter interpreter —</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="48"/>
        <source>&amp;Person i saken:</source>
        <translation>&amp;Person in the case:</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="49"/>
        <source>Tolkens navn</source>
        <translation>Interpreter&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="50"/>
        <source>Tolkens &amp;navn:</source>
        <translation>Interpreter&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="52"/>
        <source>Kvalifikasjon</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="55"/>
        <source>F.eks. statsautorisert, Tolkeregisteret kat. 1</source>
        <translation>E.g. state-authorised, Interpreter Register cat. 1</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="57"/>
        <source>&amp;Kvalifikasjon:</source>
        <translation>&amp;Qualification:</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="63"/>
        <source>Kjent</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="63"/>
        <source>Fødselsdato kjent</source>
        <translation>Date of birth known</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="66"/>
        <source>Tolkens fødselsdato</source>
        <translation>Interpreter&apos;s date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="72"/>
        <source>&amp;Fødselsdato:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="76"/>
        <source>Begrunnelse for nødunntak</source>
        <translation>Reason for emergency exception</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="79"/>
        <source>Bare i nødstilfeller: hvorfor en yngre tolk må brukes</source>
        <translation>Emergencies only: why a younger interpreter must be used</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="81"/>
        <source>&amp;Nødunntak:</source>
        <translation>&amp;Emergency exception:</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="87"/>
        <source>&amp;Bruk tolk</source>
        <translation>&amp;Use interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="87"/>
        <source>Bruk tolk</source>
        <translation>Use interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="91"/>
        <source>F&amp;jern tolk</source>
        <translation>Re&amp;move interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="91"/>
        <source>Fjern tolk</source>
        <translation>Remove interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/interpreter_box.py" line="97"/>
        <source>Ingen tolk.</source>
        <translation>No interpreter.</translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <location filename="../../desktop/investigation.py" line="63"/>
        <source>Planpunkt «%1»: utført, eller begrunn hvorfor ikke</source>
        <translation>Plan item “%1”: mark it done, or give the reason it was not</translation>
    </message>
    <message>
        <location filename="../../desktop/investigation.py" line="69"/>
        <source>Barnets medvirkning er ikke dokumentert</source>
        <translation>Child participation is not documented</translation>
    </message>
    <message>
        <location filename="../../desktop/investigation.py" line="85"/>
        <source>Forlenget %1: %2</source>
        <translation>Extended %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/investigation.py" line="92"/>
        <source>Konkludert %1: %2</source>
        <translation>Concluded %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/investigation.py" line="98"/>
        <source>Undersøkelse i sak %1, åpnet %2</source>
        <translation>Investigation in case %1, opened %2</translation>
    </message>
    <message>
        <location filename="../../desktop/investigation.py" line="106"/>
        <source>Frist for konklusjon: %1</source>
        <translation>Deadline for the conclusion: %1</translation>
    </message>
</context>
<context>
    <name>InvestigationPanel</name>
    <message>
        <location filename="../../ui/investigation_panel.py" line="80"/>
        <source>Undersøkelse</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="86"/>
        <source>Undersøkelsesplan</source>
        <translation>Investigation plan</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="100"/>
        <source>Barnets medvirkning</source>
        <translation>Child participation</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="102"/>
        <location filename="../../ui/investigation_panel.py" line="111"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="102"/>
        <location filename="../../ui/investigation_panel.py" line="103"/>
        <location filename="../../ui/investigation_panel.py" line="109"/>
        <source>Medvirkning</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="113"/>
        <source>&amp;Registrer medvirkning</source>
        <translation>&amp;Record participation</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="115"/>
        <source>Registrer medvirkning</source>
        <translation>Record participation</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="124"/>
        <source>Forlengelse (inntil 6 måneder)</source>
        <translation>Extension (up to 6 months)</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="130"/>
        <source>Besluttet dato</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="132"/>
        <source>Besluttet &amp;dato:</source>
        <translation>Decided &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="134"/>
        <source>Grunn til forlengelse</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="136"/>
        <source>&amp;Grunn:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="138"/>
        <source>&amp;Forleng undersøkelsen</source>
        <translation>&amp;Extend the investigation</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="138"/>
        <source>Forleng</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="145"/>
        <location filename="../../ui/investigation_panel.py" line="151"/>
        <source>Konklusjon</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="154"/>
        <source>&amp;Konklusjon:</source>
        <translation>&amp;Conclusion:</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="156"/>
        <source>Konkludert dato</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="158"/>
        <source>D&amp;ato:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="159"/>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="160"/>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="161"/>
        <source>Varslet kommune</source>
        <translation>Notified municipality</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="162"/>
        <source>Varslet k&amp;ommune:</source>
        <translation>Notified &amp;municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="164"/>
        <source>Konklud&amp;er</source>
        <translation>Concl&amp;ude</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="164"/>
        <source>Konkluder</source>
        <translation>Conclude</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="182"/>
        <source>Ikke forlenget.</source>
        <translation>Not extended.</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="189"/>
        <source>Kan ikke konkluderes ennå. Dette mangler:</source>
        <translation>Cannot be concluded yet. Missing:</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="211"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="212"/>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="213"/>
        <source>Eller: grunn til at det ikke gjøres</source>
        <translation>Or: reason it is not done</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="216"/>
        <source>Utført: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="219"/>
        <source>Grunn: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="226"/>
        <source>&amp;Lagre planen</source>
        <translation>&amp;Save the plan</translation>
    </message>
    <message>
        <location filename="../../ui/investigation_panel.py" line="226"/>
        <source>Lagre planen</source>
        <translation>Save the plan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Mottak</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Undersøkelse</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Omsorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Ettervern</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Henlagt</source>
        <translation>Closed (dismissed)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Avsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Forelder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Foresatt</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Fosterforelder</source>
        <translation>Foster parent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Søsken</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Annen</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Fortrolig adresse</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Strengt fortrolig adresse</source>
        <translation>Strictly confidential address</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Oppmøte</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="35"/>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Privatperson</source>
        <translation>Private person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Offentlig instans</source>
        <translation>Public body</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="39"/>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Barnet selv</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Foreldrene</source>
        <translation>The parents</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="41"/>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Akutt</source>
        <translation>Acute</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Hjelpetiltak</source>
        <translation>Support measure</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="102"/>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Begjæring til nemnda</source>
        <translation>Application to the board (nemnda)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Henlagt, vilkår ikke oppfylt</source>
        <translation>Closed, conditions not met</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="108"/>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Henlagt etter partens ønske</source>
        <translation>Closed at the party&apos;s wish</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="111"/>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Henvist til annen instans</source>
        <translation>Referred to another service</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Flyttet til utlandet</source>
        <translation>Moved abroad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Flyttet, ukjent adresse</source>
        <translation>Moved, address unknown</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Flyttet til annen kommune</source>
        <translation>Moved to another municipality</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Omsorgstiltak</source>
        <translation>Care measure</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="73"/>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Hjemmebesøk</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="68"/>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Samtale med barnet</source>
        <translation>Conversation with the child</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Digital melding</source>
        <translation>Digital report</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="36"/>
        <source>Offentlig instans (meldeplikt)</source>
        <translation>Public body (duty to report)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="40"/>
        <source>Foreldre</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="48"/>
        <source>Henlegg meldingen</source>
        <translation>Close the report</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="49"/>
        <source>Åpne undersøkelse</source>
        <translation>Open an investigation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="50"/>
        <source>Akuttvedtak</source>
        <translation>Emergency decision</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="57"/>
        <source>Akutt omsorgsovertakelse</source>
        <translation>Emergency care order</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="58"/>
        <source>Akutt plassering i institusjon (atferd)</source>
        <translation>Emergency placement in an institution (behaviour)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="61"/>
        <source>Akutt hjelpetiltak</source>
        <translation>Emergency support measure</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="69"/>
        <source>Samtale med barnet alene</source>
        <translation>Conversation with the child alone</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="72"/>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Samtale med foreldre</source>
        <translation>Conversation with the parents</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="74"/>
        <source>Innhenting av opplysninger (kilde, samtykke)</source>
        <translation>Information gathering (source, consent)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="83"/>
        <source>Samtale</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="84"/>
        <source>Gjennom representant</source>
        <translation>Through a representative</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="87"/>
        <source>Observasjon</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="88"/>
        <source>Andre uttrykk</source>
        <translation>Other forms of expression</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="89"/>
        <source>Har ikke fått anledning</source>
        <translation>Has not had the opportunity</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="92"/>
        <source>Ønsket ikke å medvirke</source>
        <translation>Did not wish to take part</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="101"/>
        <source>Vedtak om hjelpetiltak</source>
        <translation>Decision on support measures</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="105"/>
        <source>Henlagt – vilkår ikke oppfylt</source>
        <translation>Closed – conditions not met</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="114"/>
        <source>Henlagt – barnet har flyttet til utlandet</source>
        <translation>Closed – the child has moved abroad</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="117"/>
        <source>Henlagt – barnet har flyttet, ukjent adresse</source>
        <translation>Closed – the child has moved, address unknown</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="120"/>
        <source>Henlagt – barnet har flyttet til annen kommune</source>
        <translation>Closed – the child has moved to another municipality</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Telefonsamtale</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Innhenting av opplysninger</source>
        <translation>Information gathering</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Oppstartsmøte</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Tilleggsnotat</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Sak opprettet</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Saksliste lest</source>
        <translation>Case list read</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Sak lest</source>
        <translation>Case read</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Sak endret</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Person registrert</source>
        <translation>Person registered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Person endret</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Melding registrert</source>
        <translation>Report registered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Melding vurdert</source>
        <translation>Report reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Brev til melder registrert</source>
        <translation>Letter to reporter recorded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Melders identitet lest</source>
        <translation>Reporter identity read</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Undersøkelse åpnet</source>
        <translation>Investigation opened</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Undersøkelse endret</source>
        <translation>Investigation changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Undersøkelse konkludert</source>
        <translation>Investigation concluded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Tiltak registrert</source>
        <translation>Measure registered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Tiltak endret</source>
        <translation>Measure changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Notater listet</source>
        <translation>Notes listed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Notat lest</source>
        <translation>Note read</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Utkast lagret</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Notat signert</source>
        <translation>Note signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Utkast slettet</source>
        <translation>Draft deleted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Tilleggsnotat skrevet</source>
        <translation>Addendum written</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Melding endret</source>
        <translation>Report changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Undersøkelsesplan endret</source>
        <translation>Investigation plan changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Barnets medvirkning registrert</source>
        <translation>Child&apos;s participation recorded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Undersøkelse forlenget</source>
        <translation>Investigation extended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Akuttvedtak registrert</source>
        <translation>Emergency decision recorded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Akuttvedtak endret</source>
        <translation>Emergency decision changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Omsorgsovertakelse registrert</source>
        <translation>Care order recorded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Omsorgsovertakelse endret</source>
        <translation>Care order changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Plassering registrert</source>
        <translation>Placement recorded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Plassering endret</source>
        <translation>Placement changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Adressesperre registrert</source>
        <translation>Address protection recorded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Adressesperre endret</source>
        <translation>Address protection changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Tilgang til saken trukket tilbake</source>
        <translation>Access to the case withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Maskinen koblet til serveren</source>
        <translation>Computer connected to the server</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Synkronisert fra serveren</source>
        <translation>Synchronised from the server</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Ikke levert: sendt på nytt</source>
        <translation>Not delivered: sent again</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Ikke levert: avsluttet</source>
        <translation>Not delivered: closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Nødtilgang brukt</source>
        <translation>Break-glass access used</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Tolk under 18 år godtatt (nødstilfelle)</source>
        <translation>Interpreter under 18 accepted (emergency)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Skrevet ut</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Kommende</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Snart</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Fristbrudd</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Overholdt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Utført for sent</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Bortfalt</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="222"/>
        <source>%n år</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderOverview</name>
    <message>
        <location filename="../../ui/leader_overview.py" line="73"/>
        <source>(ikke tildelt)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="81"/>
        <source>Saksnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="84"/>
        <location filename="../../ui/leader_overview.py" line="127"/>
        <source>Saksbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="88"/>
        <source>Neste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="93"/>
        <source>Fristbrudd</source>
        <translation>Missed deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="109"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="110"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="112"/>
        <location filename="../../ui/leader_overview.py" line="131"/>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="168"/>
        <location filename="../../ui/leader_overview.py" line="182"/>
        <source>Lederoversikt</source>
        <translation>Leader&apos;s overview</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="183"/>
        <source>&amp;Saker</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="184"/>
        <location filename="../../ui/leader_overview.py" line="287"/>
        <source>&amp;Fristbrudd</source>
        <translation>&amp;Missed deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="185"/>
        <source>S&amp;tatistikk</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="186"/>
        <source>Nødtil&amp;gang</source>
        <translation>Break-&amp;glass</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="196"/>
        <source>Enhetens saker</source>
        <translation>The unit&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="202"/>
        <source>Saksbehandler å tildele saken</source>
        <translation>Caseworker to assign the case to</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="204"/>
        <source>Saks&amp;behandler:</source>
        <translation>Case&amp;worker:</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="206"/>
        <source>&amp;Tildel</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="207"/>
        <source>Tildel den valgte saken</source>
        <translation>Assign the selected case</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="209"/>
        <source>Å&amp;pne sak</source>
        <translation>O&amp;pen case</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="210"/>
        <source>Åpne den valgte saken</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="212"/>
        <source>&amp;Nødtilgang …</source>
        <translation>&amp;Break-glass access …</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="213"/>
        <source>Nødtilgang til en sak i en annen enhet</source>
        <translation>Break-glass access to a case in another unit</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="227"/>
        <source>Fristbrudd per regel</source>
        <translation>Missed deadlines per rule</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="228"/>
        <source>Fristbrudd per saksbehandler</source>
        <translation>Missed deadlines per caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="232"/>
        <source>Per regel</source>
        <translation>Per rule</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="233"/>
        <source>Per saksbehandler</source>
        <translation>Per caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="242"/>
        <source>Oppdater</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="245"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="285"/>
        <source>&amp;Fristbrudd (%1)</source>
        <translation>&amp;Missed deadlines (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/leader_overview.py" line="337"/>
        <source>Velg en sak i listen først.</source>
        <translation>Select a case in the list first.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="56"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="57"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="58"/>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="59"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="89"/>
        <source>Forhåndsvisning av brevet</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="92"/>
        <source>&amp;Lagre PDF …</source>
        <translation>&amp;Save PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="94"/>
        <source>Lagre brevet som PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Feltjournal</source>
        <translation>Feltjournal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Arbeider</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Arbeidsflate</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Gå til</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Ny &amp;melding …</source>
        <translation>New &amp;report …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Nytt &amp;notat …</source>
        <translation>New &amp;note …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Endre &amp;passordfrase …</source>
        <translation>Change &amp;passphrase …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Sjekk &amp;hvelvet</source>
        <translation>Check the &amp;vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Kontroller at det krypterte hvelvet er helt og ikke endret utenfra</source>
        <translation>Check that the encrypted vault is whole and was not changed from outside</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Søk …</source>
        <translation>&amp;Search …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Filtrer saker</source>
        <translation>&amp;Filter cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Sakslist&amp;en</source>
        <translation>Case &amp;list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Saken</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>F&amp;rister</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Oppdater</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>&amp;Koble til kommunens server …</source>
        <translation>&amp;Connect to the municipality&apos;s server …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Registrer maskinen hos kommunens server med brukernavn og passord</source>
        <translation>Register this computer with the municipality&apos;s server using your username and password</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>S&amp;ynkroniser nå</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Ikke levert …</source>
        <translation>&amp;Not delivered …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Åpne en sak først, så kan du skrive et notat i den.</source>
        <translation>Open a case first, then you can write a note in it.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Frister (%1)</source>
        <translation>Deadlines (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="268"/>
        <source>%n frister er overskredet</source>
        <translation>
            <numerusform>%n deadline is overdue</numerusform>
            <numerusform>%n deadlines are overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="270"/>
        <source>%n fristbrudd</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Ingen journal på denne maskinen ennå</source>
        <translation>No journal on this machine yet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Synkronisering kreves</source>
        <translation>Sync required</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Låst opp som %1</source>
        <translation>Unlocked as %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>DEMO: bare oppdiktede data</source>
        <translation>DEMO: fictitious data only</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Feil passordfrase. Sjekk at Caps Lock er av, og prøv igjen.</source>
        <translation>Wrong passphrase. Check that Caps Lock is off, and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Passordfrasen er for svak. Bruk minst 12 tegn eller fire ord, bland bokstaver med tall, mellomrom eller tegn, og unngå vanlige passord.</source>
        <translation>The passphrase is too weak. Use at least 12 characters or four words, mix letters with digits, spaces or symbols, and avoid common passwords.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Hvelvet er laget av en nyere versjon av Feltjournal. Oppdater Feltjournal før du åpner det. Ingenting i hvelvet er endret.</source>
        <translation>The vault was made by a newer version of Feltjournal. Update Feltjournal before opening it. Nothing in the vault was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Hvelvet er skadet eller endret utenfor Feltjournal og kan ikke åpnes. Ikke slett noe: kontakt brukerstøtte i kommunen, som kan gjenopprette fra serveren.</source>
        <translation>The vault is damaged or was changed outside Feltjournal and cannot be opened. Do not delete anything: contact the municipality&apos;s support, who can restore it from the server.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Hvelvet er låst. Lås opp med passordfrasen din for å fortsette.</source>
        <translation>The vault is locked. Unlock it with your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Det finnes allerede et hvelv i denne mappen. Lås det opp i stedet, eller velg en annen mappe med --data-dir.</source>
        <translation>There is already a vault in this folder. Unlock it instead, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Fant ikke hvelvet i datamappen. Sjekk at mappen er riktig (--data-dir) og at disken er koblet til.</source>
        <translation>The vault was not found in the data folder. Check that the folder is right (--data-dir) and that the disk is connected.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Disken er full, så endringen ble ikke lagret. Frigjør plass og prøv igjen; det som alt var lagret, er trygt.</source>
        <translation>The disk is full, so the change was not saved. Free some space and try again; what was already saved is safe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Datamappen er skrivebeskyttet, så ingenting kan lagres. Velg en mappe du kan skrive til (--data-dir), eller kontakt brukerstøtte.</source>
        <translation>The data folder is read-only, so nothing can be saved. Choose a folder you can write to (--data-dir), or contact support.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Fødselsnummeret er ikke gyldig. Sjekk sifrene (11 siffer, D-nummer eller DUF-nummer).</source>
        <translation>The identity number is not valid. Check the digits (11 digits, D number or DUF number).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Tolken er under 18 år. Bruk en kvalifisert voksen tolk, eller skriv en begrunnelse for nødsituasjonen.</source>
        <translation>The interpreter is under 18. Use a qualified adult interpreter, or write a reason for the emergency.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Barnet i saken kan ikke være tolk. Velg en kvalifisert tolk.</source>
        <translation>The child of the case cannot interpret. Choose a qualified interpreter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Notatet er signert og kan ikke endres. Skriv et tilleggsnotat for å rette eller utfylle det.</source>
        <translation>The note is signed and cannot be changed. Write an addendum to correct or complete it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>Et påkrevd felt er tomt. Fyll ut feltet som er markert, og prøv igjen.</source>
        <translation>A required field is empty. Fill in the marked field and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Hjemmelen gjelder ikke på vedtaksdatoen. Bruk barnevernsloven 1992 før 1.1.2023 og loven av 2021 fra og med 1.1.2023.</source>
        <translation>The legal basis does not apply on the decision date. Use the 1992 Child Welfare Act before 1 Jan 2023 and the 2021 act from 1 Jan 2023.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>En anonym melder kan ikke ha navn eller kontaktopplysninger. Fjern dem, eller velg en annen meldertype.</source>
        <translation>An anonymous reporter cannot have a name or contact details. Remove them, or choose another reporter type.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>Offentlige instanser har meldeplikt og kan ikke være anonyme. Fyll ut hvem som meldte.</source>
        <translation>Public bodies have a duty to report and cannot be anonymous. Fill in who reported.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Henleggelse krever en skriftlig begrunnelse. Skriv begrunnelsen og prøv igjen.</source>
        <translation>Closing needs a written reason. Write the reason and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>Undersøkelsen kan ikke konkluderes ennå: fullfør eller begrunn punktene i undersøkelsesplanen og dokumenter barnets medvirkning.</source>
        <translation>The investigation cannot be concluded yet: complete or give reasons for the items of the investigation plan and document the child&apos;s participation.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>Forlengelsen må besluttes med begrunnelse før tremånedersfristen er ute, og kan ikke gå ut over seks måneder.</source>
        <translation>The extension must be decided, with a reason, before the three-month limit runs out, and cannot go beyond six months.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>Fant ikke det du ba om. Det kan være flyttet eller slettet; oppdater listen.</source>
        <translation>What you asked for was not found. It may have been moved or removed; refresh the list.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>Du har ikke tilgang til dette. Be lederen din om tilgang hvis du trenger det i arbeidet.</source>
        <translation>You do not have access to this. Ask your leader for access if you need it for your work.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>Meldinger og signerte notater slettes aldri. Skriv heller et tilleggsnotat.</source>
        <translation>Reports and signed notes are never deleted. Write an addendum instead.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>Noe uventet gikk galt. Det som var lagret, er trygt. Prøv igjen; kommer feilen tilbake, start Feltjournal på nytt og kontakt brukerstøtte.</source>
        <translation>Something unexpected went wrong. What was saved is safe. Try again; if the error comes back, restart Feltjournal and contact support.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="142"/>
        <source>Vent %n sekunder før neste forsøk.</source>
        <translation>
            <numerusform>Wait %n second before the next attempt.</numerusform>
            <numerusform>Wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ui/models.py" line="225"/>
        <source>Saksnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="226"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="228"/>
        <location filename="../../ui/models.py" line="257"/>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="232"/>
        <location filename="../../ui/models.py" line="258"/>
        <source>Fødselsnr.</source>
        <translation>Identity no.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="233"/>
        <location filename="../../ui/models.py" line="366"/>
        <location filename="../../ui/models.py" line="397"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="235"/>
        <source>Neste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="240"/>
        <source>Til gjennomgang</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="255"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="256"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="259"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="260"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="261"/>
        <source>Adressesperre</source>
        <translation>Address protection</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="278"/>
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="282"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="283"/>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="284"/>
        <source>Akutt</source>
        <translation>Acute</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="285"/>
        <source>Vurdering</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="299"/>
        <source>Ikke vurdert</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="308"/>
        <source>Åpnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="310"/>
        <source>Forlenget</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="311"/>
        <source>Konklusjon</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="313"/>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="328"/>
        <location filename="../../ui/models.py" line="362"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="329"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="331"/>
        <source>Vedtatt</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="336"/>
        <source>Tiltaksplan</source>
        <translation>Measures plan</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="341"/>
        <source>Avsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="360"/>
        <location filename="../../ui/models.py" line="413"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="365"/>
        <source>Forfatter</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="367"/>
        <source>Innsyn</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="368"/>
        <source>Utdrag</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="378"/>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="380"/>
        <source>Utkast – to versjoner</source>
        <translation>Draft – two versions</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="381"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="385"/>
        <source>Unntatt innsyn</source>
        <translation>Exempt from access</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="392"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="393"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="395"/>
        <source>Forfaller</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="414"/>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="415"/>
        <source>Enhet</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="416"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="428"/>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="430"/>
        <source>Treff</source>
        <translation>Hit</translation>
    </message>
</context>
<context>
    <name>NotDelivered</name>
    <message>
        <location filename="../../desktop/not_delivered.py" line="94"/>
        <source>Endringen sendes på nytt ved neste synkronisering.</source>
        <translation>The change will be sent again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/not_delivered.py" line="105"/>
        <source>Teksten er lagt til notatet som et tillegg.</source>
        <translation>The text was added to the note as an addendum.</translation>
    </message>
    <message>
        <location filename="../../desktop/not_delivered.py" line="115"/>
        <source>Eksporter «Ikke levert»</source>
        <translation>Export “Not delivered”</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/note_editor.py" line="124"/>
        <source>Notattype</source>
        <translation>Note type</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="127"/>
        <source>Notat&amp;type:</source>
        <translation>Note &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="128"/>
        <source>Dato og klokkeslett</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="132"/>
        <source>&amp;Dato og tid:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="133"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="135"/>
        <source>S&amp;ted:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="136"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="137"/>
        <source>Én per linje: navn, rolle</source>
        <translation>One per line: name, role</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="141"/>
        <source>Delta&amp;kere:</source>
        <translation>Partici&amp;pants:</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="143"/>
        <source>Barnets medvirkning</source>
        <translation>Child participation</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="145"/>
        <source>— ikke registrert —</source>
        <translation>— not registered —</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="148"/>
        <source>Barnets &amp;medvirkning:</source>
        <translation>Child&apos;s &amp;participation:</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="156"/>
        <source>Hele notatet unntatt &amp;innsyn</source>
        <translation>Whole note exempt from &amp;access</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="158"/>
        <source>Hele notatet unntatt innsyn</source>
        <translation>Whole note exempt from access</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="161"/>
        <source>Grunnlag for unntak</source>
        <translation>Basis for exemption</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="163"/>
        <source>Grunnlag (hjemmel) for unntaket</source>
        <translation>Legal basis for the exemption</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="175"/>
        <location filename="../../ui/note_editor.py" line="179"/>
        <source>Tilleggsnotater</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="177"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="177"/>
        <source>Skrevet av</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="177"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="192"/>
        <source>&amp;Signer (Ctrl+Enter)</source>
        <translation>&amp;Sign (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="192"/>
        <source>Signer notatet</source>
        <translation>Sign the note</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="196"/>
        <source>&amp;Tilleggsnotat (Ctrl+T)</source>
        <translation>&amp;Addendum (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="198"/>
        <source>Skriv tilleggsnotat</source>
        <translation>Write addendum</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="203"/>
        <source>&amp;Lukk (Ctrl+W)</source>
        <translation>&amp;Close (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="203"/>
        <source>Lukk notatet</source>
        <translation>Close the note</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="233"/>
        <source>Ingen tolk.</source>
        <translation>No interpreter.</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../../ui/note_templates.py" line="26"/>
        <source>Hva barnet sa og barnets synspunkter</source>
        <translation>What the child said and the child&apos;s views</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="28"/>
        <location filename="../../ui/note_templates.py" line="100"/>
        <source>Observasjoner</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="29"/>
        <location filename="../../ui/note_templates.py" line="101"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="32"/>
        <source>Oppfølging / videre arbeid</source>
        <translation>Follow-up / further work</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="39"/>
        <source>Samtale med foreldrene</source>
        <translation>Conversation with the parents</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="48"/>
        <source>Hva foreldrene sa</source>
        <translation>What the parents said</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="56"/>
        <source>Samtalens innhold</source>
        <translation>Content of the conversation</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="61"/>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="71"/>
        <source>Innhentede opplysninger (kilde og samtykke)</source>
        <translation>Information gathered (source and consent)</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="82"/>
        <source>Referat fra oppstartsmøtet</source>
        <translation>Minutes of the start meeting</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="89"/>
        <location filename="../../ui/note_templates.py" line="103"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="98"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="99"/>
        <source>Hva barnet sa</source>
        <translation>What the child said</translation>
    </message>
    <message>
        <location filename="../../ui/note_templates.py" line="102"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../desktop/notes.py" line="158"/>
        <source>Utkast lagret %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notes.py" line="178"/>
        <source>Utkastet er lagret. Du finner det i saken.</source>
        <translation>The draft is saved. You will find it in the case.</translation>
    </message>
    <message>
        <location filename="../../desktop/notes.py" line="362"/>
        <source>Versjonene er slått sammen og lagret som utkast.</source>
        <translation>The versions were merged and saved as a draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/note_rules.py" line="67"/>
        <source>Ingen tolk.</source>
        <translation>No interpreter.</translation>
    </message>
    <message>
        <location filename="../../desktop/note_rules.py" line="68"/>
        <source>Tolk: %1</source>
        <translation>Interpreter: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/note_rules.py" line="72"/>
        <source>nødunntak: %1</source>
        <translation>emergency exception: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/note_rules.py" line="134"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/note_rules.py" line="137"/>
        <source>Signert %1 av %2</source>
        <translation>Signed %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/note_rules.py" line="153"/>
        <source>%1 – sak %2</source>
        <translation>%1 – case %2</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/notifier.py" line="29"/>
        <source>vurdering av melding</source>
        <translation>review of a report</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="30"/>
        <source>mottaksbekreftelse til melder</source>
        <translation>confirmation of receipt to the reporter</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="31"/>
        <source>tilbakemelding til melder om undersøkelse</source>
        <translation>notice to the reporter about an investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="34"/>
        <source>tilbakemelding til melder etter undersøkelse</source>
        <translation>feedback to the reporter after the investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="37"/>
        <source>undersøkelse</source>
        <translation>investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="38"/>
        <source>undersøkelsesplan</source>
        <translation>investigation plan</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="39"/>
        <source>barnets medvirkning</source>
        <translation>the child&apos;s participation</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="40"/>
        <source>ny vurdering etter henleggelse</source>
        <translation>new assessment after closure</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="41"/>
        <source>tiltaksplan</source>
        <translation>measure plan</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="42"/>
        <source>evaluering av tiltaksplan</source>
        <translation>evaluation of the measure plan</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="43"/>
        <source>akuttvedtak til nemnda</source>
        <translation>emergency decision to the county board</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="44"/>
        <source>begjæring etter akuttvedtak</source>
        <translation>petition after an emergency decision</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="45"/>
        <source>nemndas avgjørelse av klage</source>
        <translation>the board&apos;s ruling on a complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="46"/>
        <source>klagefrist</source>
        <translation>time limit for complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="47"/>
        <source>iverksetting av omsorgsovertakelse</source>
        <translation>carrying out the care order</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="50"/>
        <source>oppfølgingsbesøk i fosterhjem</source>
        <translation>follow-up visit in a foster home</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="51"/>
        <source>tilsynsbesøk i fosterhjem</source>
        <translation>supervision visit in a foster home</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="52"/>
        <source>fornyelse av adressesperre</source>
        <translation>renewal of the protected address</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="53"/>
        <source>vurdering av ettervern</source>
        <translation>assessment of aftercare</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="54"/>
        <source>avslutning av ettervern</source>
        <translation>end of aftercare</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="62"/>
        <source>frist</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="69"/>
        <source>Fristbrudd</source>
        <translation>Deadline missed</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="71"/>
        <source>Frist i dag</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="73"/>
        <source>Frist i morgen</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="74"/>
        <source>Frist %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="79"/>
        <source>%1: %2 i sak %3</source>
        <translation>%1: %2 in case %3</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="89"/>
        <source>Nødtilgang brukt i sak %1</source>
        <translation>Break-glass access used in case %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="95"/>
        <source>Varsel om nødtilgang</source>
        <translation>Break-glass alert</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="99"/>
        <source>… og %1 til (se Lederoversikt)</source>
        <translation>… and %1 more (see Leader overview)</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="108"/>
        <source>Varsel om frist</source>
        <translation>Deadline alert</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="110"/>
        <location filename="../../desktop/notifier.py" line="210"/>
        <source>Påminnelse om frist</source>
        <translation>Deadline reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="116"/>
        <source>… og %1 til (se Frister, Ctrl+D)</source>
        <translation>… and %1 more (see Deadlines, Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="212"/>
        <source>En påminnelse venter. Lås opp Feltjournal for å se den.</source>
        <translation>One reminder is waiting. Unlock Feltjournal to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="216"/>
        <source>%1 påminnelser venter. Lås opp Feltjournal for å se dem.</source>
        <translation>%1 reminders are waiting. Unlock Feltjournal to see them.</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="228"/>
        <source>Frister passert: %1</source>
        <translation>Deadlines passed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="148"/>
        <location filename="../../desktop/notifier.py" line="226"/>
        <source>Feltjournal</source>
        <translation>Feltjournal</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../desktop/office_documents.py" line="65"/>
        <source>Skriv en begrunnelse for nødtilgangen.</source>
        <translation>Write a reason for the break-glass access.</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="67"/>
        <source>Fant ikke saken eller saksbehandleren på serveren. Sjekk det du skrev.</source>
        <translation>The case or the caseworker was not found on the server. Check what you typed.</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="71"/>
        <source>Serveren avviste forespørselen: du har ikke tilgang til dette.</source>
        <translation>The server refused the request: you do not have access to this.</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="75"/>
        <source>Får ikke kontakt med serveren. Prøv igjen når maskinen er på nett.</source>
        <translation>Cannot reach the server. Try again when this computer is online.</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="78"/>
        <source>Serveren kunne ikke gjøre dette nå. Prøv igjen senere.</source>
        <translation>The server could not do this now. Try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="185"/>
        <source>Maskinen er ikke koblet til kommunens server.</source>
        <translation>This computer is not connected to the municipality&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="221"/>
        <source>Lederoversikten, statistikken og nødtilgang er for ledere.</source>
        <translation>The leader&apos;s overview, statistics and break-glass access are for leaders.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="234"/>
        <source>Enhetens saker. Tildelinger og nødtilgang går til kommunens server.</source>
        <translation>The unit&apos;s cases. Assignments and break-glass access go to the municipality&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="238"/>
        <source>Uten kontakt med serveren: sakene på denne maskinen. Tildeling må vente.</source>
        <translation>No contact with the server: the cases on this computer. Assignments must wait.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="241"/>
        <source>Lokal journal: alle saker i hvelvet. Du har alle roller til maskinen kobles til kommunens server.</source>
        <translation>Local journal: every case in the vault. You hold every role until this computer is connected to the municipality&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="326"/>
        <source>Tall fra kommunens server</source>
        <translation>Figures from the municipality&apos;s server</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="334"/>
        <source>Tall fra denne maskinen (kommunens server svarte ikke)</source>
        <translation>Figures from this computer (the municipality&apos;s server did not answer)</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="338"/>
        <source>Tall fra denne maskinen</source>
        <translation>Figures from this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="370"/>
        <source>Eksporter statistikk</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="396"/>
        <source>Skriv eller velg hvem som skal ha saken.</source>
        <translation>Type or choose who is to have the case.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="402"/>
        <source>Tildeling krever kontakt med serveren.</source>
        <translation>Assigning needs contact with the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="422"/>
        <source>Saken er tildelt %1.</source>
        <translation>The case is assigned to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="446"/>
        <source>Nødtilgang gjelder saker i andre enheter og krever at maskinen er koblet til kommunens server.</source>
        <translation>Break-glass access is for cases in other units and needs this computer to be connected to the municipality&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="464"/>
        <source>Skriv saksnummeret.</source>
        <translation>Type the case number.</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="469"/>
        <source>Nødtilgang krever en skriftlig begrunnelse (minst %1 tegn).</source>
        <translation>Break-glass access needs a written reason (at least %1 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/office.py" line="488"/>
        <source>Du har tilgang til saken til %1. Tilgangen er logget og rapportert.</source>
        <translation>You have access to the case until %1. The access is logged and reported.</translation>
    </message>
    <message>
        <location filename="../../desktop/leader_watch.py" line="88"/>
        <source>Maskinen er ikke koblet til kommunens server, så bruk av nødtilgang kan ikke vises.</source>
        <translation>This computer is not connected to the municipality&apos;s server, so break-glass access cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/leader_watch.py" line="121"/>
        <source>Bare ledere ser bruk av nødtilgang.</source>
        <translation>Only leaders see break-glass access.</translation>
    </message>
    <message>
        <location filename="../../desktop/leader_watch.py" line="134"/>
        <source>Uten kontakt med kommunens server: bruk av nødtilgang kan ikke vises nå.</source>
        <translation>No contact with the municipality&apos;s server: break-glass access cannot be shown now.</translation>
    </message>
</context>
<context>
    <name>OfficeDocuments</name>
    <message>
        <location filename="../../desktop/office_documents.py" line="33"/>
        <source>Tilbakemelding etter undersøkelse</source>
        <translation>Feedback after the investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="35"/>
        <source>Tilbakemelding: undersøkelse eller ikke</source>
        <translation>Feedback: investigation or not</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="39"/>
        <source>Mottaksbekreftelse</source>
        <translation>Confirmation of receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="40"/>
        <source>Melding %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="48"/>
        <source>Lagret %1. Eksporten er ført i tilgangsloggen.</source>
        <translation>Saved %1. The export is recorded in the access log.</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="170"/>
        <source>Lagre brev til melder</source>
        <translation>Save letter to reporter</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="181"/>
        <source>Brevet er registrert som sendt.</source>
        <translation>The letter is recorded as sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="237"/>
        <source>Lagre vedtaksbrev</source>
        <translation>Save decision letter</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="245"/>
        <source>Klagefristen i brevet er %1.</source>
        <translation>The complaint deadline in the letter is %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/office_documents.py" line="287"/>
        <source>Lagre partsinnsyn</source>
        <translation>Save party access copy</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <location filename="../../ui/office_menu.py" line="37"/>
        <source>L&amp;edelse</source>
        <translation>L&amp;eadership</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="38"/>
        <source>&amp;Dokumenter</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="40"/>
        <source>&amp;Lederoversikt</source>
        <translation>&amp;Leader&apos;s overview</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="43"/>
        <source>&amp;Statistikk</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="46"/>
        <source>&amp;Nødtilgang …</source>
        <translation>&amp;Break-glass access …</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="50"/>
        <source>&amp;Brev til melder …</source>
        <translation>&amp;Letter to reporter …</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="56"/>
        <source>&amp;Vedtaksbrev …</source>
        <translation>&amp;Decision letter …</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="62"/>
        <source>&amp;Partsinnsyn (PDF) …</source>
        <translation>&amp;Party access copy (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="85"/>
        <source>Åpne en sak først.</source>
        <translation>Open a case first.</translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../ui/quarantine_view.py" line="26"/>
        <source>Du har ikke lenger tilgang til saken</source>
        <translation>You no longer have access to the case</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="27"/>
        <source>Saken ble tatt fra denne enheten før endringen ble sendt</source>
        <translation>The case was withdrawn from this device before the change was sent</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="30"/>
        <source>Notatet var allerede signert – teksten kan bli et tillegg</source>
        <translation>The note was already signed – the text can become an addendum</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="33"/>
        <source>Nødtilgangen er utløpt</source>
        <translation>The emergency access has expired</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="34"/>
        <source>Administratorer kan ikke skrive i saker</source>
        <translation>Administrators cannot write in cases</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="37"/>
        <source>Dette kan ikke slettes</source>
        <translation>This cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="38"/>
        <source>Serveren kjenner ikke posten</source>
        <translation>The server does not know the record</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="39"/>
        <source>Posten finnes allerede på serveren</source>
        <translation>The record already exists on the server</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="40"/>
        <source>Endringen kolliderer med en annen</source>
        <translation>The change conflicts with another</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="41"/>
        <source>Endringen er ugyldig</source>
        <translation>The change is invalid</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="45"/>
        <source>Avvist av serveren</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="74"/>
        <location filename="../../ui/quarantine_view.py" line="81"/>
        <location filename="../../ui/quarantine_view.py" line="97"/>
        <source>Ikke levert</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="75"/>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="75"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="75"/>
        <source>Årsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="75"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="82"/>
        <source>Alt er levert.</source>
        <translation>Everything is delivered.</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="85"/>
        <source>Send på nytt</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="86"/>
        <source>Lag tillegg</source>
        <translation>Make addendum</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine_view.py" line="87"/>
        <source>Eksporter til leder</source>
        <translation>Export for the leader</translation>
    </message>
</context>
<context>
    <name>ReporterLetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="127"/>
        <source>Brev til melder</source>
        <translation>Letter to reporter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="131"/>
        <source>Brev saken skylder meldere</source>
        <translation>Letters the case owes its reporters</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="139"/>
        <source>&amp;Lagre PDF og registrer som sendt …</source>
        <translation>&amp;Save PDF and record as sent …</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="141"/>
        <source>Saken skylder ingen melder brev nå.</source>
        <translation>The case owes no reporter a letter now.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/history_review.py" line="261"/>
        <source>Når to enheter har endret det samme feltet, gjelder den nyeste endringen. Verdien som tapte, er tatt vare på her. Velg hvilken verdi som skal gjelde.</source>
        <translation>When two devices changed the same field, the newest change applies. The value that lost is kept here. Choose which value should apply.</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="266"/>
        <source>Ingen endringer venter på gjennomgang.</source>
        <translation>No changes await review.</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="270"/>
        <source>Valgt endring</source>
        <translation>Selected change</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="273"/>
        <source>&amp;Behold gjeldende verdi</source>
        <translation>&amp;Keep current value</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="274"/>
        <source>Behold gjeldende verdi</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="275"/>
        <source>B&amp;ruk denne verdien</source>
        <translation>&amp;Use this value</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="276"/>
        <source>Bruk denne verdien</source>
        <translation>Use this value</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="294"/>
        <source>Endringer til gjennomgang</source>
        <translation>Changes to review</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="345"/>
        <source>Gjeldende verdi</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="346"/>
        <source>Verdi som tapte</source>
        <translation>Value that lost</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="350"/>
        <source>Verdien kom fra en annen enhet, men en nyere endring av feltet gjelder.</source>
        <translation>The value came from another device, but a newer change of the field applies.</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="352"/>
        <source>Verdien ble erstattet av en nyere endring fra en annen enhet.</source>
        <translation>The value was replaced by a newer change from another device.</translation>
    </message>
    <message>
        <location filename="../../ui/history_review.py" line="362"/>
        <source>Denne verdien kan ikke tas i bruk igjen her (for eksempel fordi notatet er signert). Den er tatt vare på i sakens historikk.</source>
        <translation>This value cannot be used again here (for example because the note is signed). It is kept in the case history.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="105"/>
        <source>Søk i saker og notater</source>
        <translation>Search cases and notes</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="108"/>
        <source>Søk i notater, saksnummer og navn</source>
        <translation>Search notes, case numbers and names</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="109"/>
        <source>Søketekst</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="130"/>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="148"/>
        <source>Søker …</source>
        <translation>Searching …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="166"/>
        <source>%n treff</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="169"/>
        <source>Ingen treff.</source>
        <translation>No hits.</translation>
    </message>
</context>
<context>
    <name>SectionEdit</name>
    <message>
        <location filename="../../ui/note_sections.py" line="44"/>
        <source>Unntatt innsyn</source>
        <translation>Exempt from access</translation>
    </message>
    <message>
        <location filename="../../ui/note_sections.py" line="46"/>
        <source>Grunnlag, f.eks. fvl. § 19 første ledd bokstav d</source>
        <translation>Basis, e.g. Public Administration Act § 19 (1) (d)</translation>
    </message>
    <message>
        <location filename="../../ui/note_sections.py" line="60"/>
        <source>Unntatt innsyn: %1</source>
        <translation>Exempt from access: %1</translation>
    </message>
    <message>
        <location filename="../../ui/note_sections.py" line="61"/>
        <source>Grunnlag for unntak: %1</source>
        <translation>Basis for exemption: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../ui/statistics_view.py" line="109"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="110"/>
        <location filename="../../ui/statistics_view.py" line="257"/>
        <source>Meldinger</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="113"/>
        <source>Meldinger henlagt</source>
        <translation>Reports closed</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="117"/>
        <source>Meldinger over frist</source>
        <translation>Reports past deadline</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="120"/>
        <location filename="../../ui/statistics_view.py" line="258"/>
        <source>Undersøkelser åpnet</source>
        <translation>Investigations opened</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="124"/>
        <location filename="../../ui/statistics_view.py" line="259"/>
        <source>Undersøkelser konkludert</source>
        <translation>Investigations concluded</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="128"/>
        <location filename="../../ui/statistics_view.py" line="260"/>
        <source>Undersøkelser over frist</source>
        <translation>Investigations past deadline</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="132"/>
        <source>Undersøkelser henlagt</source>
        <translation>Investigations closed</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="136"/>
        <source>Barn med hjelpetiltak</source>
        <translation>Children with support measures</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="138"/>
        <source>Med tiltaksplan</source>
        <translation>With measures plan</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="139"/>
        <source>Akuttvedtak</source>
        <translation>Emergency decisions</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="142"/>
        <source>Oppfølgingsbesøk per barn i fosterhjem</source>
        <translation>Follow-up visits per child in foster care</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="172"/>
        <source>År for statistikken</source>
        <translation>Year of the statistics</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="175"/>
        <source>Kilde for tallene</source>
        <translation>Source of the figures</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="176"/>
        <source>&amp;Eksporter CSV …</source>
        <translation>&amp;Export CSV …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="177"/>
        <source>Eksporter statistikken som CSV</source>
        <translation>Export the statistics as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="181"/>
        <source>Tall per periode</source>
        <translation>Figures per period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="187"/>
        <source>Diagram: meldinger og undersøkelser per kvartal</source>
        <translation>Chart: reports and investigations per quarter</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="192"/>
        <source>Meldinger og undersøkelser per kvartal</source>
        <translation>Reports and investigations per quarter</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_view.py" line="205"/>
        <source>Å&amp;r:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/sync_controller.py" line="56"/>
        <source>Enheten har vært frakoblet for lenge – synkroniser før du fortsetter</source>
        <translation>This device has been offline too long – sync before you continue</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_controller.py" line="216"/>
        <source>Fant ikke CA-sertifikatet, eller filen er ikke PEM.</source>
        <translation>The CA certificate was not found, or the file is not PEM.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_controller.py" line="227"/>
        <source>Maskinen er koblet til kommunens server.</source>
        <translation>This computer is connected to the municipality&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_controller.py" line="231"/>
        <source>Kommunen kan ikke gjenopprette hvelvet ennå: kontakt IT.</source>
        <translation>The municipality cannot recover the vault yet: contact IT.</translation>
    </message>
</context>
<context>
    <name>SyncGateView</name>
    <message>
        <location filename="../../ui/session_dialogs.py" line="275"/>
        <source>&amp;Synkroniser nå</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="276"/>
        <source>Synkroniser nå</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="279"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="280"/>
        <source>Lås</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="283"/>
        <source>Synkronisering kreves</source>
        <translation>Sync required</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../desktop/sync_service.py" line="38"/>
        <source>Frakoblet – prøver igjen senere</source>
        <translation>Offline – will try again later</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="39"/>
        <source>Serveren svarer ikke – prøver igjen senere</source>
        <translation>The server does not answer – will try again later</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="42"/>
        <source>Ufullstendig svar fra serveren – prøver igjen senere</source>
        <translation>Incomplete answer from the server – will try again later</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="45"/>
        <source>Serverens sertifikat er ikke godkjent av kommunen</source>
        <translation>The server&apos;s certificate is not approved by the municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="48"/>
        <source>Kommunen har trukket tilbake denne enheten, og hvelvet med journalen er slettet fra maskinen. Det som var synkronisert, finnes fortsatt på kommunens server. Kontakt leder eller IT før du oppretter et nytt hvelv.</source>
        <translation>The municipality has revoked this device, and the vault with the journal has been deleted from this computer. What was synced is still on the municipality&apos;s server. Contact your leader or IT before you create a new vault.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="54"/>
        <source>Enheten er ikke lenger godkjent av serveren</source>
        <translation>The server no longer accepts this device</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="57"/>
        <source>Feil brukernavn eller passord</source>
        <translation>Wrong username or password</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="60"/>
        <source>For mange forsøk – vent litt</source>
        <translation>Too many attempts – wait a little</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="61"/>
        <source>Appen må oppdateres for å snakke med serveren</source>
        <translation>The app must be updated to talk to the server</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="64"/>
        <source>Enheten er ikke registrert mot en server</source>
        <translation>This device is not registered with a server</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="67"/>
        <source>Adressen må begynne med https://</source>
        <translation>The address must start with https://</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_service.py" line="73"/>
        <source>Synkroniseringen feilet</source>
        <translation>The sync failed</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync_status.py" line="35"/>
        <location filename="../../ui/sync_status.py" line="58"/>
        <source>Ikke registrert mot server</source>
        <translation>Not registered with a server</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="39"/>
        <source>Ikke levert</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="45"/>
        <location filename="../../ui/sync_status.py" line="46"/>
        <source>Synkroniser nå</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="60"/>
        <source>Ikke synkronisert ennå</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="62"/>
        <source>Tilkoblet</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="62"/>
        <source>Frakoblet</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="65"/>
        <source>Endringer som venter: {n}</source>
        <translation>Changes waiting: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="66"/>
        <source>Alt er sendt</source>
        <translation>Everything is sent</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="67"/>
        <source>Ikke levert: {n}</source>
        <translation>Not delivered: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="70"/>
        <source>Sist synkronisert: {when}</source>
        <translation>Last synced: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="87"/>
        <source>Sender</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="87"/>
        <source>Henter</source>
        <translation>Fetching</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/session_dialogs.py" line="195"/>
        <source>Passordfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="196"/>
        <source>&amp;Lås opp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="198"/>
        <source>Lås opp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="206"/>
        <source>Feltjournal er låst</source>
        <translation>Feltjournal is locked</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="207"/>
        <source>Skriv passordfrasen for å låse opp journalen.</source>
        <translation>Type the passphrase to unlock the journal.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialogs.py" line="209"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>VaultTools</name>
    <message>
        <location filename="../../desktop/vault_tools.py" line="67"/>
        <source>Passordfrasen er endret. Bruk den nye neste gang du låser opp.</source>
        <translation>The passphrase is changed. Use the new one the next time you unlock.</translation>
    </message>
    <message>
        <location filename="../../desktop/vault_tools.py" line="85"/>
        <source>Sjekker hvelvet … Dette kan ta litt tid.</source>
        <translation>Checking the vault … This may take a while.</translation>
    </message>
    <message>
        <location filename="../../desktop/vault_tools.py" line="97"/>
        <source>Hvelvet er i orden: ingen sider er skadet eller endret.</source>
        <translation>The vault is in order: no page is damaged or changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/vault_tools.py" line="104"/>
        <source>Hvelvet har feil (%1). Synkroniser om du kan, skriv ikke mer i det, og kontakt IT: de kan hente journalen tilbake fra kommunens server.</source>
        <translation>The vault has errors (%1). Synchronise if you can, write nothing more in it, and contact IT: they can restore the journal from the municipality&apos;s server.</translation>
    </message>
</context>
</TS>
