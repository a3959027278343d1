<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>hostreview::MainWindow</name>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation>
    </message>
</context>
</TS>