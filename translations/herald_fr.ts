<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
</TS>
