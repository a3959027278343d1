<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hostreview::AnalysisFormat</name>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation><numerusform>%n signal</numerusform><numerusform>%n signals</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::AnswerSheet</name>
    <message numerus="yes">
        <source>%n answer(s) to record</source>
        <translation><numerusform>%n answer to record</numerusform><numerusform>%n answers to record</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an answer</source>
        <translation><numerusform>%n row without an answer</numerusform><numerusform>%n rows without an answer</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::AnswerSheetDialog</name>
    <message numerus="yes">
        <source>%n row(s) refused: nothing can be recorded.</source>
        <translation><numerusform>%n row refused: nothing can be recorded.</numerusform><numerusform>%n rows refused: nothing can be recorded.</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::AssessmentView</name>
    <message numerus="yes">
        <source>%n criterion(s): %1.</source>
        <translation><numerusform>%n criterion: %1.</numerusform><numerusform>%n criteria: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::Cli</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation><numerusform>%n requirement</numerusform><numerusform>%n requirements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation><numerusform>%n revision</numerusform><numerusform>%n revisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation><numerusform>%n vendor</numerusform><numerusform>%n vendors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s)</source>
        <translation><numerusform>%n bid</numerusform><numerusform>%n bids</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Assessment of %1 (%n criterion(s))</source>
        <translation><numerusform>Assessment of %1 (%n criterion)</numerusform><numerusform>Assessment of %1 (%n criteria)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n criterion(s) from template %1: %2</source>
        <translation><numerusform>Added %n criterion from template %1: %2</numerusform><numerusform>Added %n criteria from template %1: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation><numerusform>%n problem found.</numerusform><numerusform>%n problems found.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>warning: recorded %n day(s) after its effective date (%1); the history shows it so.</source>
        <translation><numerusform>warning: recorded %n day after its effective date (%1); the history shows it so.</numerusform><numerusform>warning: recorded %n days after its effective date (%1); the history shows it so.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation><numerusform>... and %n more</numerusform><numerusform>... and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::ComplianceMatrix</name>
    <message numerus="yes">
        <source>Compliance as of %1: %n requirement(s) in force</source>
        <translation><numerusform>Compliance as of %1: %n requirement in force</numerusform><numerusform>Compliance as of %1: %n requirements in force</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::DossierStory</name>
    <message numerus="yes">
        <source>bid %1 submitted by %2 (%3, %n answer(s))</source>
        <translation><numerusform>bid %1 submitted by %2 (%3, %n answer)</numerusform><numerusform>bid %1 submitted by %2 (%3, %n answers)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Response window: %n day(s), from %1 to %2</source>
        <translation><numerusform>Response window: %n day, from %1 to %2</numerusform><numerusform>Response window: %n days, from %1 to %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation><numerusform>%n requirement</numerusform><numerusform>%n requirements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation><numerusform>%n revision</numerusform><numerusform>%n revisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation><numerusform>%n vendor</numerusform><numerusform>%n vendors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s)</source>
        <translation><numerusform>%n bid</numerusform><numerusform>%n bids</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation><numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment criterion(s)</source>
        <translation><numerusform>%n assessment criterion</numerusform><numerusform>%n assessment criteria</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in the decision</source>
        <translation><numerusform>%n claim in the decision</numerusform><numerusform>%n claims in the decision</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the deadline in force (%1)</source>
        <translation><numerusform>%n day before the deadline in force (%1)</numerusform><numerusform>%n days before the deadline in force (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the deadline (%1)</source>
        <translation><numerusform>%n day after the deadline (%1)</numerusform><numerusform>%n days after the deadline (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Requirement changes (%n)</source>
        <translation><numerusform>Requirement changes (%n)</numerusform><numerusform>Requirement changes (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>deadline then in force: %1 (%n day(s) later)</source>
        <translation><numerusform>deadline then in force: %1 (%n day later)</numerusform><numerusform>deadline then in force: %1 (%n days later)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>effective %n day(s) after the deadline then in force (%1)</source>
        <translation><numerusform>effective %n day after the deadline then in force (%1)</numerusform><numerusform>effective %n days after the deadline then in force (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after its effective date</source>
        <translation><numerusform>%n day after its effective date</numerusform><numerusform>%n days after its effective date</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1: %n dossier(s)</source>
        <translation><numerusform>Opened %1: %n dossier</numerusform><numerusform>Opened %1: %n dossiers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n requirement(s)</source>
        <translation><numerusform>%1 — %n requirement</numerusform><numerusform>%1 — %n requirements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>(and %n more)</numerusform><numerusform>(and %n more)</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::OverviewView</name>
    <message numerus="yes">
        <source>%n signal(s) fired</source>
        <translation><numerusform>%n signal fired</numerusform><numerusform>%n signals fired</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more signal(s) not shown here.</source>
        <translation><numerusform>%n more signal not shown here.</numerusform><numerusform>%n more signals not shown here.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s): %1</source>
        <translation><numerusform>%n criterion: %1</numerusform><numerusform>%n criteria: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation><numerusform>%n claim</numerusform><numerusform>%n claims</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contradicted by the evidence</source>
        <translation><numerusform>%n contradicted by the evidence</numerusform><numerusform>%n contradicted by the evidence</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::ReportWriter</name>
    <message numerus="yes">
        <source>Bias index: %1 / 100, %n signal(s).</source>
        <translation><numerusform>Bias index: %1 / 100, %n signal.</numerusform><numerusform>Bias index: %1 / 100, %n signals.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Duration: %n month(s)</source>
        <translation><numerusform>Duration: %n month</numerusform><numerusform>Duration: %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n confidential source(s) left out of this public edition.</source>
        <translation><numerusform>%n confidential source left out of this public edition.</numerusform><numerusform>%n confidential sources left out of this public edition.</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::RequirementList</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation><numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n revised</source>
        <translation><numerusform>%n revised</numerusform><numerusform>%n revised</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation><numerusform>%n withdrawn</numerusform><numerusform>%n withdrawn</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <translation><numerusform>%n restored</numerusform><numerusform>%n restored</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::RequirementListDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2, "%3" between fields</source>
        <translation><numerusform>%1: %n row, %2, "%3" between fields</numerusform><numerusform>%1: %n rows, %2, "%3" between fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Recorded today, these changes will show as entered %n day(s) after they took effect.</source>
        <translation><numerusform>Recorded today, these changes will show as entered %n day after they took effect.</numerusform><numerusform>Recorded today, these changes will show as entered %n days after they took effect.</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::RequirementsView</name>
    <message numerus="yes">
        <source>%1 of %n requirement(s)</source>
        <translation><numerusform>%1 of %n requirement</numerusform><numerusform>%1 of %n requirements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rev %1 (%2) → rev %3 (%4): %n word(s) inserted</source>
        <translation><numerusform>Rev %1 (%2) → rev %3 (%4): %n word inserted</numerusform><numerusform>Rev %1 (%2) → rev %3 (%4): %n words inserted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n deleted</source>
        <translation><numerusform>, %n deleted</numerusform><numerusform>, %n deleted</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::ReviewFile</name>
    <message numerus="yes">
        <source>source %1 is cited %n time(s): it cannot be removed</source>
        <translation><numerusform>source %1 is cited %n time: it cannot be removed</numerusform><numerusform>source %1 is cited %n times: it cannot be removed</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::RevisionHistoryModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::SignalEngine</name>
    <message numerus="yes">
        <source>The response window was %n day(s) (%1 to %2), under the %3-day minimum for the procedure "%4".</source>
        <translation><numerusform>The response window was %n day (%1 to %2), under the %3-day minimum for the procedure "%4".</numerusform><numerusform>The response window was %n days (%1 to %2), under the %3-day minimum for the procedure "%4".</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>rev %1 on %2, %n day(s) before the deadline then in force (%3)</source>
        <translation><numerusform>rev %1 on %2, %n day before the deadline then in force (%3)</numerusform><numerusform>rev %1 on %2, %n days before the deadline then in force (%3)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>rev %1 on %2 (%3) left %n day(s) until %4</source>
        <translation><numerusform>rev %1 on %2 (%3) left %n day until %4</numerusform><numerusform>rev %1 on %2 (%3) left %n days until %4</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n time(s) during the response window (%2).</source>
        <translation><numerusform>%1 changed %n time during the response window (%2).</numerusform><numerusform>%1 changed %n times during the response window (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 was added on %2, %n day(s) after the consultation opened (%3).</source>
        <translation><numerusform>%1 was added on %2, %n day after the consultation opened (%3).</numerusform><numerusform>%1 was added on %2, %n days after the consultation opened (%3).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>At the final deadline (%1), %2 is the only bidder compliant with mandatory requirement %3 (rev %4), out of %n bid(s).</source>
        <translation><numerusform>At the final deadline (%1), %2 is the only bidder compliant with mandatory requirement %3 (rev %4), out of %n bid.</numerusform><numerusform>At the final deadline (%1), %2 is the only bidder compliant with mandatory requirement %3 (rev %4), out of %n bids.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only %n bid(s) not withdrawn, fewer than %1.</source>
        <translation><numerusform>Only %n bid not withdrawn, fewer than %1.</numerusform><numerusform>Only %n bids not withdrawn, fewer than %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The decision (%1) came %n day(s) before the final deadline (%2).</source>
        <translation><numerusform>The decision (%1) came %n day before the final deadline (%2).</numerusform><numerusform>The decision (%1) came %n days before the final deadline (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The decision (%1) came %n day(s) after the final deadline (%2), under the %3 days set for evaluating the bids.</source>
        <translation><numerusform>The decision (%1) came %n day after the final deadline (%2), under the %3 days set for evaluating the bids.</numerusform><numerusform>The decision (%1) came %n days after the final deadline (%2), under the %3 days set for evaluating the bids.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The decision of %1 was published on %2, %n day(s) later (more than %3).</source>
        <translation><numerusform>The decision of %1 was published on %2, %n day later (more than %3).</numerusform><numerusform>The decision of %1 was published on %2, %n days later (more than %3).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Claim %1 says there was no alternative offer, but the file holds %n other bid(s) not withdrawn: %2.</source>
        <translation><numerusform>Claim %1 says there was no alternative offer, but the file holds %n other bid not withdrawn: %2.</numerusform><numerusform>Claim %1 says there was no alternative offer, but the file holds %n other bids not withdrawn: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The outcome is "%1" although the assessment rates %n criterion(s) unacceptable: %2.</source>
        <translation><numerusform>The outcome is "%1" although the assessment rates %n criterion unacceptable: %2.</numerusform><numerusform>The outcome is "%1" although the assessment rates %n criteria unacceptable: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>rev %1 on %2 (%3) came %n day(s) after the deadline then in force (%4)</source>
        <translation><numerusform>rev %1 on %2 (%3) came %n day after the deadline then in force (%4)</numerusform><numerusform>rev %1 on %2 (%3) came %n days after the deadline then in force (%4)</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::SignalsView</name>
    <message numerus="yes">
        <source>Bias index: %1 / 100 — %n signal(s)</source>
        <translation><numerusform>Bias index: %1 / 100 — %n signal</numerusform><numerusform>Bias index: %1 / 100 — %n signals</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::SourcesView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::VendorPerspective</name>
    <message numerus="yes">
        <source>Deadline in force: %1 (%n day(s) left)</source>
        <translation><numerusform>Deadline in force: %1 (%n day left)</numerusform><numerusform>Deadline in force: %1 (%n days left)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed since you answered (%n):</source>
        <translation><numerusform>Changed since you answered (%n):</numerusform><numerusform>Changed since you answered (%n):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>To answer before the deadline (%n):</source>
        <translation><numerusform>To answer before the deadline (%n):</numerusform><numerusform>To answer before the deadline (%n):</numerusform></translation>
    </message>
</context>
<context>
    <name>hostreview::VendorsView</name>
    <message numerus="yes">
        <source>deadline %1, %n day(s) left</source>
        <translation><numerusform>deadline %1, %n day left</numerusform><numerusform>deadline %1, %n days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deadline in force: %1, %n day(s) left.</source>
        <translation><numerusform>Deadline in force: %1, %n day left.</numerusform><numerusform>Deadline in force: %1, %n days left.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed since you answered (%n)</source>
        <translation><numerusform>Changed since you answered (%n)</numerusform><numerusform>Changed since you answered (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>To answer before the deadline (%n)</source>
        <translation><numerusform>To answer before the deadline (%n)</numerusform><numerusform>To answer before the deadline (%n)</numerusform></translation>
    </message>
</context>
</TS>