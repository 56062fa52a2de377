<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the chosen campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to those not sent yet; the uncertain ones are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume and resend &amp;uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume and resend uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send again to the uncertain recipients: some of them may get the message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the uncertain recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the campaigns as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay paused; resume them later from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every campaign with its status and progress. Space pauses or resumes the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the selected campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending new messages (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on sending (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody not sent yet will get the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by state and error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recipient with state, code, message, activity id, time and correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive Card (expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chosen template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. Welcome, {givenName}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the activity &amp;feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity-feed alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@&amp;mention the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional, shown beside the title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why they get it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the app was installed, and by whom. E.g. &quot;Contoso IT added Updates to the {teamName} team.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;offers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app does for them. Lists work: start lines with &quot;- &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do &amp;next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first thing to do, e.g. &quot;Pin the app so you can find it again.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Button:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label, e.g. Open announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. &quot;Your expense report was approved.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it happened &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it happened to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. Expense report EX-1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link for what it happened to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;did it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. Ana López (Finance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can d&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 2 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 2 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button &amp;3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 3 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 3 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to o&amp;pt out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. &quot;To stop these, turn off Expense updates in your settings.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive &amp;Card (JSON, version 1.5 or lower):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive Card JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {givenName}, {name}, {teamName}, {channelName}. Markdown: **bold**, _italic_, [link](https://…), lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams&apos; checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the activity JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams, channels and people the bot can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import install events (.jsonl) or people (.csv) into the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh teams, channels and rosters from Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or sign-in name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the people list as you type: part of a name, email or sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone in the directory instead of one team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team to list its members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the chosen team or matching the search; select several to add them to the audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected people to the audience of the next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everyone from the audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal chat id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import or sync; what was already stored is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Herald&lt;/h2&gt;&lt;p&gt;Send welcome messages and event notifications to people and channels in Microsoft Teams, through your organisation&apos;s Teams bot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in or switch bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who will get the message, who is left out and how long it will take, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the audience list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the people in the audience list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And everyone in these &amp;teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a team to send the message to each of its members once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People the bot cannot reach, with the reason; no request is made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that matched nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for the first recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to your Teams bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots Herald knows. Choose one to edit it or sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new bot profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen profile and its secret from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Contoso News bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Microsoft cloud your tenant lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (tenant) ID from the Azure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID of the bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in your system&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://smba.trafficmanager.net/teams/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the sandbox tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Herald&apos;s simulated Teams tenant and sign in to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a token and one team to check these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::cli</name>
    <message>
        <source>No campaigns yet. Start one with: herald-cli send …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	%3	%4 of %5 delivered, %6 unreachable, %7 failed, %8 uncertain	%9 by %10	%11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 &quot;%2&quot; — %3, created %4 by %5 with profile &quot;%6&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 delivered after a cut connection may have received it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 messages/s on average over %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Stopped because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--global-rps needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2; there is nothing left to send (%3 delivered, %4 unreachable, %5 failed, %6 uncertain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients are uncertain and will not be sent again (add --resend-uncertain to send to them; some may then get it twice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more (herald-cli report %2 --csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is cancelled: %2 delivered, %3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: %2 of %3 done (%4 delivered, %5 unreachable, %6 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be welcome or notification (a card needs --draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-in-flight needs a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not in the directory (import or sync first, or check the spelling): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients: %2 to send (%3 first contacts, %4 channel posts), %5 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  left out: %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::cli::CampaignCommandDriver</name>
    <message>
        <source>Sending without pacing is only allowed to the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald-cli: could not install signal handlers; Ctrl+C will not pause cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing campaign %1: waiting for the answers already on their way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending campaign %1 as &quot;%2&quot; (%3 recipients). Ctrl+C pauses it; &quot;herald-cli resume %1&quot; goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 %2: %3 delivered, %4 unreachable, %5 failed, %6 uncertain, %7 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients are uncertain (their request left but no answer came). &quot;herald-cli resume %2 --resend-uncertain&quot; sends to them again; some may then get it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Go on with: herald-cli resume %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::Builder</name>
    <message>
        <source>Teams shows images only from https addresses; check the image link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the button for %1 a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a link starting with https://, http:// or mailto:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams&apos; guidance is at most %1 buttons on a notification; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link for &quot;%1&quot; must start with https://, http:// or mailto:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient has no name or id to @mention; the message goes without the mention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder Herald knows, so it is sent as typed; use {givenName}, {name}, {teamName} or {channelName}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::BuiltinTemplates</name>
    <message>
        <source>Welcome, {givenName}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re getting this message because Contoso IT added the *Updates* app to the **{teamName}** team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates brings you the news that matters for your work:
- company announcements
- changes to IT services
- reminders before deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a look at this week&apos;s announcements, and pin the app so you can find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your expense report was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {givenName}, your expense report was approved and will be paid with your next salary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense report EX-1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana López (Finance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the amounts. If something is wrong, tell Finance within five working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get these because you sent an expense report. To stop them, turn off *Expense updates* in [your settings](https://expenses.example.com/settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closed on Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {givenName}, the Dublin office is closed this Friday for maintenance. Please work from home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dublin office, all floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get facilities notices because you work in Dublin. Reply *stop* to opt out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about the works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome message (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive Card (built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::CardValidator</name>
    <message>
        <source>Paste or write an Adaptive Card (JSON) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not valid JSON: %1 on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card must be one JSON object, starting with {.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::Checklist</name>
    <message>
        <source>A title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the message a title: Teams shows it in the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why they receive this: where the app was installed, and by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the app offers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do next; a button helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it happened to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what it happened to; a link helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what they can do about it, or add a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how to opt out of these notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card Teams accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the card so Teams accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::Draft</name>
    <message>
        <source>This file is not a Herald draft (its format is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was written by a newer Herald (format %1); update Herald to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown draft kind &quot;%1&quot;: use welcome, notification or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown importance &quot;%1&quot;: use normal, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s &quot;card&quot; must be an Adaptive Card object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::DraftFile</name>
    <message>
        <source>Herald could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a draft or template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::MessageSize</name>
    <message>
        <source>The message is %1 KB; Teams refuses messages over 100 KB. Shorten the text or remove elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 KB, close to Teams&apos; 100 KB limit; keep it under 80 KB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::Placeholders</name>
    <message>
        <source>there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::TemplateStore</name>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template names have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in template; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates cannot be renamed; save a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not remove the old file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::compose::Walker</name>
    <message>
        <source>%1: &quot;type&quot; must be &quot;AdaptiveCard&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the card a &quot;version&quot; such as &quot;1.5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Teams shows Adaptive Cards up to version 1.5, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Teams does not render HTML in cards; use markdown (**bold**, _italic_, [links](https://…)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: links must be http, https or mailto addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Teams shows images only from https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every element needs a &quot;type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Teams does not know the element type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a ColumnSet holds only Columns, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Teams shows at most %2 actions together; this has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Herald sends only Action.OpenUrl, Action.Submit, Action.ShowCard and Action.ToggleVisibility, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::connector::ConnectionCheck</name>
    <message>
        <source>Enter the bot&apos;s client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Microsoft&apos;s sign-in service accepted the app ID and secret for tenant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but Teams refused to show the team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: signed in and reached the team &quot;%1&quot; through Teams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::delivery</name>
    <message>
        <source>Campaign %1 is being sent by another Herald (process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not create the lock file for campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was on its way when Herald stopped; whether it arrived is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 for %2 messages (%3 requests at %4 per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::delivery::CampaignManager</name>
    <message>
        <source>The audience is empty: choose people, teams or channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the audience can receive the message: all %1 are unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::delivery::CampaignRunner</name>
    <message>
        <source>Campaign %1 is %2; there is nothing left to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::delivery::FailureRules</name>
    <message>
        <source>Herald stopped waiting for Teams&apos; answer; whether the message arrived is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams could not be reached %1 times in a row; the campaign is paused. Check the network, then resume. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::directory</name>
    <message>
        <source>There is no team &quot;%1&quot; in the directory. List them with &quot;herald-cli teams&quot;, or import or sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed team (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat with the bot yet; Herald will try to start one when you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They removed the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot was removed from their chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They blocked the bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not installed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot is not in their conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams refused messages to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::directory::CsvReader</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote in field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote in the middle of field %1; quote the whole field and double the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::directory::DirectoryImporter</name>
    <message>
        <source>Herald could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header (line %1) cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no &quot;id&quot; column. Its first line must name the columns, for example id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::directory::DirectorySync</name>
    <message>
        <source>The sync was cancelled; it will resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) could not be synced. The first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::directory::InstallEvent</name>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has no &quot;type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an install event: the activity type is &quot;%1&quot;, not conversationUpdate or installationUpdate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group chats are not part of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown conversationType &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown installationUpdate action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event names no user (an id starting with &quot;29:&quot;) in from, membersAdded or membersRemoved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::directory::Reader</name>
    <message>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a Teams id starting with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serviceUrl is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has too many entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::directory::RosterModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::directory::TeamTreeModel</name>
    <message>
        <source>%1 — the bot was removed from this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::store</name>
    <message>
        <source>Herald could not load its SQLite driver (QSQLITE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not read its database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald&apos;s database %1 was made by a newer version of Herald (schema %2; this one knows %3). Update Herald to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so Herald could not save its data. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald&apos;s database %1 is damaged or is not a Herald database. Herald left it untouched; move it away (or restore a backup) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald&apos;s database is busy in another window or program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald may not write to its database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not open its database %1. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not read or write its database %1: the disk reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald&apos;s database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald&apos;s SQLite driver did not give access to the database it opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::AppController</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the sandbox tenant at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &quot;%1&quot; (tenant %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not open its database, so the directory is empty and nothing can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald will use the chosen language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audience and send (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignListModel</name>
    <message>
        <source>Created by %1 with the profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignNotifier</name>
    <message>
        <source>&quot;%1&quot; finished: %2 delivered, %3 unreachable, %4 failed, %5 uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled: %2 delivered, %3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignRecipientModel</name>
    <message>
        <source>Activity id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request was cut off after it left: this person may have received the message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignsPage</name>
    <message>
        <source>Campaign status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not open its database, so there are no campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not open its database, so it cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is stored but did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald&apos;s database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: campaigns are sent through the signed-in bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was made with the profile &quot;%2&quot;; sign in with it to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not list the campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the campaign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who has not received &quot;%1&quot; yet will get it. Those already sent to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not check for interrupted campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 sent, %5 uncertain, %6 still to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) did not finish. Resume sends to those not sent yet. Uncertain recipients may or may not have received the message (Herald stopped while their request was on its way): resend to them only if a second copy is better than none.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages/s
%2 requests/s, %3 throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not read the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have received it twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not read the recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2; Export CSV… has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on sending (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;: %2% at %3 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::CardPreview</name>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 — shown in Teams]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::ComposeView</name>
    <message>
        <source>Herald could not keep your draft on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft as &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not read your last draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with no details (fallbacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB of Teams&apos; 100 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Teams asks for is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of Teams&apos; guidance missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what you have written with the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your own templates to rename; built-in ones stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your own templates to delete; built-in ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald templates and drafts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft as file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald drafts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryJobs</name>
    <message>
        <source>The sync stopped because the bot changed; it will resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: another directory job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: Herald imports install events as JSON lines (.jsonl, .json, .ndjson) and people as CSV (.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2 records read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled after %2 records; what was read is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records from %2 (%3 people, %4 teams).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1: %2 kB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved to a temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not start: another directory job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a bot to sync the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing team %1 of %2: %3 members so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams to sync yet: import the bot&apos;s install events first (File → Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled after %1 of %2 teams; it will resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 of %2 teams: %3 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n who left a team are marked as having left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) failed; the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryPage</name>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import into directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the bot&apos;s install events (.jsonl) or a CSV of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh teams, channels and rosters from Teams through the signed-in bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import or sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected people to the audience of the next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the directory from Teams (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a bot to sync the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install events and people (*.jsonl *.json *.ndjson *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install events as JSON lines (*.jsonl *.json *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported: the directory&apos;s database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people %2 match &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to the audience.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audience: %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Send welcome messages and notifications to Microsoft Teams through your organisation&apos;s bot.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and QtKeychain %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::SendDialog</name>
    <message>
        <source>Send this message through &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; through &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not list the teams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The bot is no longer installed in this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams in the directory yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n people in the audience list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Herald could not work out the audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is chosen yet: add people to the audience in the directory, or check a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will get this message.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: the bot cannot reach them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen entry(s) matched nobody.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) get a first message from the bot: their chat is created first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retries and throttling by Teams come on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this audience can be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nobody to send to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for %1, the first recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald could not store the campaign, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::SignInDialog</name>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secret is in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your bot&apos;s details from its Azure app registration, or try the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bot&apos;s client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secret from your keychain? The bot itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but the keychain kept its secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ui::ThroughputChart</name>
    <message>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages sent in the last minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages per second now; peak %2 in the last minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Send proactive Microsoft Teams messages through your organisation&apos;s bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against Herald&apos;s built-in simulated Teams tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bot profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings and data in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the main window, check it, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the loaded directory to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
