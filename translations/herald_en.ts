<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>herald::cli::Campaign</name>
    <message numerus="yes">
        <source>%Ln recipient(s) uncertain: not sent again (add --resend-uncertain to send to them; some may then get it twice):</source>
        <translation>
            <numerusform>%Ln recipient is uncertain: not sent again (add --resend-uncertain to send to them; they may then get it twice):</numerusform>
            <numerusform>%Ln recipients are uncertain: not sent again (add --resend-uncertain to send to them; some may then get it twice):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) uncertain (the request left but no answer came). &quot;herald-cli resume %1 --resend-uncertain&quot; sends to them again; some may then get it twice.</source>
        <translation>
            <numerusform>%Ln recipient is uncertain (the request left but no answer came). &quot;herald-cli resume %1 --resend-uncertain&quot; sends to them again; they may then get it twice.</numerusform>
            <numerusform>%Ln recipients are uncertain (their request left but no answer came). &quot;herald-cli resume %1 --resend-uncertain&quot; sends to them again; some may then get it twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::cli::Directory</name>
    <message numerus="yes">
        <source>Imported %Ln record(s)…</source>
        <translation>
            <numerusform>Imported %Ln record…</numerusform>
            <numerusform>Imported %Ln records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rejected line(s) (--json lists up to %1).</source>
        <translation>
            <numerusform>… and %Ln more rejected line (--json lists up to %1).</numerusform>
            <numerusform>… and %Ln more rejected lines (--json lists up to %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed an interrupted sync: %Ln team(s) it had finished were not fetched again.</source>
        <translation>
            <numerusform>Resumed an interrupted sync: %Ln team it had finished was not fetched again.</numerusform>
            <numerusform>Resumed an interrupted sync: %Ln teams it had finished were not fetched again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln team(s): %1 members, %2 marked as having left.</source>
        <translation>
            <numerusform>Synced %Ln team: %1 members, %2 marked as having left.</numerusform>
            <numerusform>Synced %Ln teams: %1 members, %2 marked as having left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people.</source>
        <translation>
            <numerusform>%Ln person.</numerusform>
            <numerusform>%Ln people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::connector</name>
    <message numerus="yes">
        <source>Teams sent an answer larger than %Ln MB, which Herald does not read.</source>
        <translation>
            <numerusform>Teams sent an answer larger than %Ln MB, which Herald does not read.</numerusform>
            <numerusform>Teams sent an answer larger than %Ln MB, which Herald does not read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::delivery::CampaignManager</name>
    <message numerus="yes">
        <source>Nobody in the audience can receive the message: the %Ln chosen are all unreachable.</source>
        <translation>
            <numerusform>Nobody in the audience can receive the message: the one person chosen is unreachable.</numerusform>
            <numerusform>Nobody in the audience can receive the message: the %Ln chosen are all unreachable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::delivery::FailureRules</name>
    <message numerus="yes">
        <source>Teams did not answer after %Ln attempt(s); whether the message arrived is not known. (%1)</source>
        <translation>
            <numerusform>Teams did not answer after %Ln attempt; whether the message arrived is not known. (%1)</numerusform>
            <numerusform>Teams did not answer after %Ln attempts; whether the message arrived is not known. (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::directory::DirectorySync</name>
    <message numerus="yes">
        <source>%Ln team(s) could not be synced. The first: %1</source>
        <translation>
            <numerusform>%Ln team could not be synced: %1</numerusform>
            <numerusform>%Ln teams could not be synced. The first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignRecoveryBanner</name>
    <message numerus="yes">
        <source>%Ln campaign(s) did not finish. Resume sends to those not sent yet. Uncertain recipients may or may not have received the message (Herald stopped while their request was on its way): resend to them only if a second copy is better than none.</source>
        <translation>
            <numerusform>%Ln campaign did not finish. Resume sends to those not sent yet. Uncertain recipients may or may not have received the message (Herald stopped while their request was on its way): resend to them only if a second copy is better than none.</numerusform>
            <numerusform>%Ln campaigns did not finish. Resume sends to those not sent yet. Uncertain recipients may or may not have received the message (Herald stopped while their request was on its way): resend to them only if a second copy is better than none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignReportView</name>
    <message numerus="yes">
        <source>%Ln recipient(s).</source>
        <translation>
            <numerusform>%Ln recipient.</numerusform>
            <numerusform>%Ln recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignsPage</name>
    <message numerus="yes">
        <source>Storing the campaign for %1 recipient(s) before the first message…</source>
        <translation>
            <numerusform>Storing the campaign for %1 recipient before the first message…</numerusform>
            <numerusform>Storing the campaign for %1 recipients before the first message…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of &quot;%1&quot; may or may not have received it: the request left but no answer came. Sending again reaches those who did not get it, and those who did get it twice.</source>
        <translation>
            <numerusform>%Ln recipient of &quot;%1&quot; may or may not have received it: the request left but no answer came. Sending again reaches them if they did not get it; if they did, they get it twice.</numerusform>
            <numerusform>%Ln recipients of &quot;%1&quot; may or may not have received it: the request left but no answer came. Sending again reaches those who did not get it, and those who did get it twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::ComposeView</name>
    <message numerus="yes">
        <source>%Ln point(s) of Teams&apos; guidance missing.</source>
        <translation>
            <numerusform>%Ln point of Teams&apos; guidance missing.</numerusform>
            <numerusform>%Ln points of Teams&apos; guidance missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryJobs</name>
    <message numerus="yes">
        <source>%Ln who left a team are marked as having left.</source>
        <translation>
            <numerusform>%Ln person who left a team is marked as having left.</numerusform>
            <numerusform>%Ln people who left a team are marked as having left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s) failed; the first: %1</source>
        <translation>
            <numerusform>%Ln team failed: %1</numerusform>
            <numerusform>%Ln teams failed; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) from %1 (people: %2, teams: %3).</source>
        <translation>
            <numerusform>Imported %Ln record from %1 (people: %2, teams: %3).</numerusform>
            <numerusform>Imported %Ln records from %1 (people: %2, teams: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected — %1.</source>
        <comment>%1: the first rejected lines with their reasons, ; separated</comment>
        <translation>
            <numerusform>%Ln line rejected — %1.</numerusform>
            <numerusform>%Ln lines rejected — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It resumed an interrupted sync: %Ln team(s) already synced then were not fetched again.</source>
        <translation>
            <numerusform>It resumed an interrupted sync: %Ln team already synced then was not fetched again.</numerusform>
            <numerusform>It resumed an interrupted sync: %Ln teams already synced then were not fetched again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryPage</name>
    <message numerus="yes">
        <source>%Ln person(s) %1</source>
        <translation>
            <numerusform>%Ln person %1</numerusform>
            <numerusform>%Ln people %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) %1 matching &quot;%2&quot;</source>
        <translation>
            <numerusform>%Ln person %1 matching &quot;%2&quot;</numerusform>
            <numerusform>%Ln people %1 matching &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln people to the audience.</source>
        <translation>
            <numerusform>Added %Ln person to the audience.</numerusform>
            <numerusform>Added %Ln people to the audience.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in it.</source>
        <translation>
            <numerusform>%Ln was already in it.</numerusform>
            <numerusform>%Ln were already in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audience: %Ln people</source>
        <translation>
            <numerusform>Audience: %Ln person</numerusform>
            <numerusform>Audience: %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::SendDialog</name>
    <message numerus="yes">
        <source>The %Ln people in the audience list</source>
        <translation>
            <numerusform>The %Ln person in the audience list</numerusform>
            <numerusform>The %Ln people in the audience list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) will get this message.</source>
        <translation>
            <numerusform>%Ln recipient will get this message.</numerusform>
            <numerusform>%Ln recipients will get this message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: the bot cannot reach them.</source>
        <translation>
            <numerusform>%Ln left out: the bot cannot reach them.</numerusform>
            <numerusform>%Ln left out: the bot cannot reach them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen entry(s) matched nobody.</source>
        <translation>
            <numerusform>%Ln chosen entry matched nobody.</numerusform>
            <numerusform>%Ln chosen entries matched nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) get a first message from the bot: their chat is created first.</source>
        <translation>
            <numerusform>%Ln person gets a first message from the bot: their chat is created first.</numerusform>
            <numerusform>%Ln people get a first message from the bot: their chat is created first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %Ln recipient(s)</source>
        <translation>
            <numerusform>&amp;Send to %Ln recipient</numerusform>
            <numerusform>&amp;Send to %Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a 1:1 message to each of %Ln member(s)</source>
        <translation>
            <numerusform>a 1:1 message to its %Ln member</numerusform>
            <numerusform>a 1:1 message to each of %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team %1: a personal message to each of its %Ln member(s)</source>
        <translation>
            <numerusform>Team %1: a personal message to its %Ln member</numerusform>
            <numerusform>Team %1: a personal message to each of its %Ln members</numerusform>
        </translation>
    </message>
</context>
</TS>
